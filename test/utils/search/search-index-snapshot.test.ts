import { describe, expect, it } from 'vitest';
import { bundledKnowledge, createKnowledge } from '@/utils/knowledge/knowledge';
import {
  buildSearchIndex,
  restoreSearchIndex,
  SEARCH_INDEX_VERSION,
  serializeSearchIndex,
  sourcesOf,
} from '@/utils/search/search-index';
import { buildTermIndex } from '@/utils/terms/term-index';
import { generatePack } from '../../bench/fixtures/generate-pack';
import { QUERIES } from '../../eval/queries';
import { READER_QUERIES } from '../../eval/reader-queries';

const bundled = bundledKnowledge();
const knowledge = createKnowledge([...bundled.glossary, ...generatePack(1500, 5)], bundled.qa);
const sources = sourcesOf(knowledge);
const terms = buildTermIndex(knowledge.glossary);
const built = buildSearchIndex(sources, terms);

describe('serializeSearchIndex / restoreSearchIndex', () => {
  it('gives an index that answers every eval keystroke, and pack names, exactly as the built one', () => {
    const restored = restoreSearchIndex(structuredClone(serializeSearchIndex(built)), sources, terms)!;
    expect(restored).not.toBeNull();
    expect(restored.size).toBe(built.size);
    const queries = [...QUERIES, ...READER_QUERIES].flatMap(({ query }) =>
      Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)),
    );
    queries.push(...knowledge.glossary.slice(-200).map((e) => e.name), 'intrleukin 2', '', '<b>IL-2</b>');
    for (const q of queries) expect(restored.search(q), q).toEqual(built.search(q));
  });

  it('refuses a snapshot of other sources, another version or a damaged one', () => {
    const snapshot = serializeSearchIndex(built)!;
    expect(restoreSearchIndex(snapshot, sources.slice(1), terms)).toBeNull();
    expect(restoreSearchIndex({ ...snapshot, version: SEARCH_INDEX_VERSION + 1 }, sources, terms)).toBeNull();
    expect(
      restoreSearchIndex({ ...snapshot, nameWords: snapshot.nameWords.subarray(2) }, sources, terms),
    ).toBeNull();
    expect(
      restoreSearchIndex({ ...snapshot, bodyWords: snapshot.bodyWords.map(() => 1e9) }, sources, terms),
    ).toBeNull();
    expect(restoreSearchIndex({ ...snapshot, names: {} }, sources, terms)).toBeNull();
    for (const bad of [null, undefined, 'x', 1, {}, []])
      expect(restoreSearchIndex(bad, sources, terms)).toBeNull();
  });

  it('serializes only indexes it built', () => {
    expect(serializeSearchIndex({ size: 0, search: () => ({ hits: [], words: [] }) })).toBeNull();
  });
});
