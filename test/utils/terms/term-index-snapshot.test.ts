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
    // The restored keys are read out of the joined snapshot text, one by one, in sorted order.
    expect([...restored.byKey.keys()]).toEqual([...built.byKey.keys()].sort());
    expect([...restored.byKey.entries()].map(([k, t]) => [k, t.ids])).toEqual(
      [...built.byKey.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, t]) => [k, t.ids]),
    );
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
      { ...snapshot, trieTarget: Int32Array.from(snapshot.trieTarget, () => snapshot.flags.length) },
      { ...snapshot, flags: [1, 2, 3] },
      { ...snapshot, ids: snapshot.ids + '\u0000extra' },
    ];
    for (const value of bad) expect(restoreTermIndex(value as TermIndexSnapshot)).toBeNull();
  });

  it('keeps the trie in the snapshot: a restored index uses its arrays as they are and builds no trie', () => {
    const clone = structuredClone(serializeTermIndex(built));
    const again = restoreTermIndex(clone)!;
    expect(again.trie.first).toBe(clone.trieFirst);
    expect(again.trie.code).toBe(clone.trieCode);
    expect(again.trie.nodeTarget).toBe(clone.trieTarget);
    expect(Array.from(clone.trieFirst)).toEqual(Array.from(built.trie.first));
    expect(Array.from(clone.trieCode)).toEqual(Array.from(built.trie.code));
    // Each node leads to a target that answers as the built one's does.
    for (let n = 0; n < built.trie.nodes; n += 97)
      expect(again.trie.targetOf(n)).toEqual(built.trie.targetOf(n));
    // Stored again, a restored index gives back what it was restored from.
    expect(serializeTermIndex(again)).toBe(clone);
    expect(restoreTermIndex(structuredClone(serializeTermIndex(again)))!.size).toBe(built.size);
  });

  it('refuses a snapshot of the format before the trie went into it (version 1)', () => {
    const snapshot = serializeTermIndex(built);
    const { trieFirst: _f, trieCode: _c, trieTarget: _t, ...rest } = snapshot;
    const v1 = { ...rest, version: 1, spellings: 'il12', spellingTargets: new Int32Array([0]) };
    expect(restoreTermIndex(v1)).toBeNull();
    expect(restoreTermIndex({ ...snapshot, version: 1 })).toBeNull();
  });

  it('refuses a damaged trie with null, never an exception', () => {
    const snapshot = serializeTermIndex(built);
    const nodes = snapshot.trieCode.length;
    const withFirst = (change: (first: Int32Array) => void) => {
      const first = snapshot.trieFirst.slice();
      change(first);
      return { ...snapshot, trieFirst: first };
    };
    const random = new Uint16Array(nodes);
    for (let i = 0; i < nodes; i++) random[i] = (i * 7919) & 0xffff;
    const bad: unknown[] = [
      withFirst((f) => (f[10] = 5)),
      withFirst((f) => (f[nodes] = nodes + 1)),
      withFirst((f) => f.fill(0)),
      withFirst((f) => (f[1] = -1)),
      { ...snapshot, trieFirst: snapshot.trieFirst.subarray(1) },
      { ...snapshot, trieCode: snapshot.trieCode.subarray(0, nodes - 1) },
      { ...snapshot, trieCode: random },
      { ...snapshot, trieCode: Int32Array.from(snapshot.trieCode) },
      { ...snapshot, trieTarget: new Int32Array(nodes).fill(-7) },
      { ...snapshot, trieTarget: snapshot.trieTarget.subarray(2) },
      { ...snapshot, trieFirst: undefined },
      {
        ...snapshot,
        trieFirst: new Int32Array(0),
        trieCode: new Uint16Array(0),
        trieTarget: new Int32Array(0),
      },
    ];
    for (const value of bad) {
      let result: unknown = 'threw';
      expect(() => (result = restoreTermIndex(value))).not.toThrow();
      expect(result).toBeNull();
    }
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
