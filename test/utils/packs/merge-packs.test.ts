import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexesWithPacks } from '@/utils/knowledge/indexes';
import { bundledKnowledge } from '@/utils/knowledge/knowledge';
import { explain } from '@/utils/lookup/explain';
import { describeConflict, packClashes } from '@/utils/packs/alias-conflicts';
import type { PackEntry } from '@/utils/packs/pack';
import { packFromText } from '@/utils/packs/read-pack';
import { lookup } from '@/utils/terms/term-index';
import { entry, jsonPack, known } from './pack-fixtures';

function pack(entries: Record<string, unknown>[]): PackEntry[] {
  const result = packFromText('lab.json', jsonPack(entries), 'json', known);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack.entries;
}

const example = () => {
  const result = packFromText(
    'example-pack.json',
    readFileSync('docs/examples/example-pack.json', 'utf8'),
    'json',
    known,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
};

describe('packs joined with the bundled glossary', () => {
  it('recognises a pack term in a passage and marks it with the pack’s name', () => {
    const { name, entries } = example();
    const indexes = indexesWithPacks([{ name, entries }]);
    const reply = explain(
      indexes.knowledge,
      indexes.terms,
      { text: 'Mice were given MC38 cells and gated against an FMO control.', explicit: false },
      () => [],
    );
    expect(reply.terms.map((t) => [t.term.id, t.term.pack])).toEqual([
      ['mc38', 'Tumour immunology lab methods'],
      ['fmo-control', 'Tumour immunology lab methods'],
    ]);
  });

  it('finds a pack entry by search and suggests it', () => {
    const { name, entries } = example();
    const indexes = indexesWithPacks([{ name, entries }]);
    const [first] = indexes.search.search('celltrace').hits;
    expect(first).toMatchObject({ kind: 'term', id: 'celltrace-violet' });
  });

  it('extends a bundled entry with the same id: pack texts, both sets of names', () => {
    const { name, entries } = example();
    const indexes = indexesWithPacks([{ name, entries }]);
    const merged = indexes.knowledge.termById.get('tetramer-staining')!;
    expect(merged.pack).toEqual({ name, overrides: true });
    expect(merged.explanation).toMatch(/dasatinib/);
    expect(merged.aliases).toEqual(
      expect.arrayContaining(['pMHC tetramer', 'dasatinib-enhanced tetramer staining']),
    );
    expect(lookup(indexes.terms, 'pMHC tetramer')).toEqual(['tetramer-staining']);
    expect(indexes.knowledge.glossary.filter((e) => e.id === 'tetramer-staining')).toHaveLength(1);
    // The bundled glossary itself is left as it was.
    expect(bundledKnowledge().termById.get('tetramer-staining')!.pack).toBeUndefined();
  });

  it('keeps a common-word alias out of recognition but finds it by search', () => {
    const entries = pack([entry({ aliases: ['study', 'ZRV-101'] })]);
    const indexes = indexesWithPacks([{ name: 'Smith lab', entries }]);
    expect(lookup(indexes.terms, 'study')).toEqual([]);
    expect(lookup(indexes.terms, 'ZRV-101')).toEqual(['zorvatinib']);
    expect(indexes.search.search('zorvatinib').hits[0]).toMatchObject({ id: 'zorvatinib' });
  });

  it('lets the later pack win a shared id', () => {
    const a = pack([entry({ summary: 'From A.' })]);
    const b = pack([entry({ summary: 'From B.' })]);
    const indexes = indexesWithPacks([
      { name: 'A', entries: a },
      { name: 'B', entries: b },
    ]);
    expect(indexes.knowledge.termById.get('zorvatinib')).toMatchObject({
      summary: 'From B.',
      pack: { name: 'B' },
    });
  });
});

describe('alias conflicts at import', () => {
  it('lists a name another source gives a different entry, and an override, and keeps both', () => {
    const mine = pack([entry({ aliases: ['IL-12'] }), entry({ id: 'tetramer-staining', name: 'Tetramers' })]);
    const other = pack([entry({ id: 'zrv', name: 'Zorva', aliases: ['Zorvatinib'] })]);
    const clashes = packClashes({ name: 'Mine', entries: mine }, [
      { name: 'the built-in glossary', entries: bundledKnowledge().glossary },
      { name: 'Other', entries: other },
    ]);
    expect(clashes.conflicts.map(describeConflict)).toEqual([
      '“Zorvatinib” (zorvatinib) is also “Zorvatinib” of zrv in Other: both are shown',
      '“IL-12” (zorvatinib) is also “Interleukin-12” of il-12 in the built-in glossary: both are shown',
    ]);
    expect(clashes.conflictTotal).toBe(2);
    expect(clashes.overrides).toEqual([{ entry: 'tetramer-staining', source: 'the built-in glossary' }]);
    const indexes = indexesWithPacks([{ name: 'Mine', entries: mine }]);
    expect(lookup(indexes.terms, 'IL-12')).toEqual(['il-12', 'zorvatinib']);
  });
});
