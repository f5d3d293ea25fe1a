import { describe, expect, it } from 'vitest';
import glossaryJson from '@/assets/knowledge/glossary.json';
import type { GlossaryEntry } from '@/utils/knowledge/types';
import { recognize } from '@/utils/terms/recognize';
import {
  buildTermIndex,
  lookupName,
  namesOf,
  restoreTermIndex,
  serializeTermIndex,
  TERM_INDEX_VERSION,
  type TermIndexSnapshot,
} from '@/utils/terms/term-index';
import { biomedicalText } from '../../bench/corpus';
import { generatePack } from '../../bench/fixtures/generate-pack';
import { NEGATIVES } from './negatives';
import { POSITIVES } from './positives';

const glossary = [...(glossaryJson as GlossaryEntry[]), ...generatePack(1000, 11)];
const built = buildTermIndex(glossary);
// What IndexedDB does to a stored value.
const restored = restoreTermIndex(structuredClone(serializeTermIndex(built)))!;

describe('serializeTermIndex / restoreTermIndex', () => {
  it('gives an index that looks up every name, and its other spellings, exactly as the built one', () => {
    expect(restored).not.toBeNull();
    expect(restored.size).toBe(built.size);
    const selections = glossary.flatMap((e) => namesOf(e).flatMap((n) => [n, n.toLowerCase(), `${n}s`]));
    selections.push('the weather was fine', '', 'DC Comics', 'interleukin 12', 'IFN-g', 'TNFa', 'tumour');
    for (const s of selections) expect(lookupName(restored, s), s).toEqual(lookupName(built, s));
  });

  it('recognises the same spans in passages, look-alikes included', () => {
    const passages = [
      biomedicalText(60_000),
      glossary
        .slice(-400)
        .map((e) => e.explanation)
        .join(' '),
      ...POSITIVES.map(([sentence]) => sentence),
      ...NEGATIVES.map(([sentence]) => sentence),
    ];
    for (const text of passages) {
      expect(recognize(restored, text, true)).toEqual(recognize(built, text, true));
    }
  });

  it('refuses anything that is not a whole snapshot of this version, so the caller builds instead', () => {
    const snapshot = serializeTermIndex(built);
    const bad: unknown[] = [
      null,
      undefined,
      'index',
      42,
      {},
      [],
      { ...snapshot, version: TERM_INDEX_VERSION + 1 },
      { ...snapshot, kind: 'other' },
      { ...snapshot, keys: snapshot.keys.slice(0, 100) },
      { ...snapshot, keyTargets: snapshot.keyTargets.subarray(1) },
      { ...snapshot, spellingTargets: Int32Array.from(snapshot.spellingTargets, () => -1) },
      { ...snapshot, flags: [1, 2, 3] },
      { ...snapshot, ids: snapshot.ids + '\u0000extra' },
    ];
    for (const value of bad) expect(restoreTermIndex(value as TermIndexSnapshot)).toBeNull();
  });

  it('round-trips an empty index', () => {
    const empty = restoreTermIndex(structuredClone(serializeTermIndex(buildTermIndex([]))))!;
    expect(empty.size).toBe(0);
    expect(lookupName(empty, 'IL-12')).toBeNull();
    expect(recognize(empty, 'signal transduction', true)).toEqual(
      recognize(buildTermIndex([]), 'signal transduction', true),
    );
  });
});
