// fake-indexeddb: IndexedDB in Node, so the store's transactions run in the unit tests.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PACKS } from '@/utils/limits';
import type { StoredPack } from '@/utils/packs/pack';
import { openPackStore, type PackStore } from '@/utils/packs/pack-store';

let n = 0;
const fresh = () => `packs-test-${++n}`;
const opened: PackStore[] = [];
const open = async (name: string) => {
  const store = await openPackStore(name);
  opened.push(store);
  return store;
};
afterEach(() => opened.splice(0).forEach((s) => s.close()));

const pack = (id: string, importedAt: number, over: Partial<StoredPack> = {}): StoredPack => ({
  id,
  name: id,
  version: '1',
  licence: 'CC0',
  source: 'test',
  enabled: true,
  entryCount: 1,
  bytes: 100,
  importedAt,
  fileName: `${id}.json`,
  warnings: [],
  entries: [
    {
      id: `${id}-term`,
      name: `${id} term`,
      aliases: [],
      category: 'cell',
      summary: 's',
      explanation: 'e',
      related: [],
      qa: [],
      refs: {},
    },
  ],
  ...over,
});

describe('pack store', () => {
  it('stores, lists in import order, disables, replaces and removes packs', async () => {
    const store = await open(fresh());
    expect(await store.put(pack('b', 2))).toBe('saved');
    expect(await store.put(pack('a', 1))).toBe('saved');
    expect((await store.list()).map((p) => p.id)).toEqual(['a', 'b']);
    await store.setEnabled('a', false);
    expect((await store.enabled()).map((p) => [p.summary.id, p.entries[0]!.id])).toEqual([['b', 'b-term']]);
    expect(await store.put(pack('b', 3, { version: '2' }))).toBe('replaced');
    expect((await store.get('b'))?.version).toBe('2');
    expect(await store.remove('a')).toBe(true);
    expect(await store.remove('a')).toBe(false);
    expect((await store.list()).map((p) => p.id)).toEqual(['b']);
  });

  it('keeps the packs stored before when an import’s transaction does not complete', async () => {
    const name = fresh();
    const store = await open(name);
    await store.put(pack('kept', 1));
    // An entry that cannot be cloned fails the put inside its transaction, as a closing browser aborts one.
    const broken = pack('broken', 2, { entries: [{ bad: () => 1 } as never] });
    await expect(store.put(broken)).rejects.toThrow();
    const again = await open(name);
    expect((await again.list()).map((p) => p.id)).toEqual(['kept']);
    expect(await again.get('broken')).toBeUndefined();
  });

  it('refuses a pack beyond the most it keeps, and changes nothing', async () => {
    const store = await open(fresh());
    for (let i = 0; i < MAX_PACKS; i++) await store.put(pack(`p${i}`, i));
    expect(await store.put(pack('one-more', 999))).toBe('too many packs');
    expect(await store.list()).toHaveLength(MAX_PACKS);
  });

  it('keeps the cached index parts of one set of packs, dropped by any pack change', async () => {
    const store = await open(fresh());
    await store.saveIndexPart('f1', 'terms', { t: 1 }, 1);
    await store.saveIndexPart('f1', 'search', { s: 1 }, 2);
    expect(await store.cachedIndexPart('f1', 'terms')).toEqual({ t: 1 });
    expect(await store.cachedIndexPart('f1', 'search')).toEqual({ s: 1 });
    expect(await store.cachedIndexPart('f1', 'knowledge')).toBeUndefined();
    // Another set of packs: the parts of the first go.
    await store.saveIndexPart('f2', 'terms', { t: 2 }, 3);
    expect(await store.cachedIndexPart('f1', 'terms')).toBeUndefined();
    expect(await store.cachedIndexPart('f1', 'search')).toBeUndefined();
    expect(await store.cachedIndexPart('f2', 'terms')).toEqual({ t: 2 });
    await store.put(pack('a', 1));
    expect(await store.cachedIndexPart('f2', 'terms')).toBeUndefined();
    await store.saveIndexPart('f3', 'terms', { t: 3 }, 4);
    await store.setEnabled('a', false);
    expect(await store.cachedIndexPart('f3', 'terms')).toBeUndefined();
    await store.saveIndexPart('f4', 'terms', { t: 4 }, 5);
    await store.remove('a');
    expect(await store.cachedIndexPart('f4', 'terms')).toBeUndefined();
  });

  it('keeps the packs when a database of version 1 is opened at version 2 (only the cache is dropped)', async () => {
    const name = fresh();
    const v1 = await openPackStore(name, 1);
    await v1.put(pack('kept', 1));
    v1.close();
    const v2 = await open(name);
    expect((await v2.list()).map((p) => p.id)).toEqual(['kept']);
    expect((await v2.get('kept'))?.entries[0]?.id).toBe('kept-term');
    await v2.saveIndexPart('f', 'terms', { t: 1 }, 1);
    expect(await v2.cachedIndexPart('f', 'terms')).toEqual({ t: 1 });
  });

  it('keeps the packs (and whether each is on) when a version 2 database is opened at version 3, and drops its cache', async () => {
    const name = fresh();
    const v2 = await openPackStore(name, 2);
    await v2.put(pack('kept', 1));
    await v2.setEnabled('kept', false);
    // The old layout's whole-glossary record, which version 3 must not read as a head.
    await v2.saveIndexPart('f', 'knowledge', { kind: 'immunolens-knowledge', version: 1 }, 1);
    v2.close();
    const v3 = await open(name);
    expect(await v3.list()).toEqual([expect.objectContaining({ id: 'kept', enabled: false })]);
    expect((await v3.get('kept'))?.entries[0]?.id).toBe('kept-term');
    expect(await v3.cachedIndexPart('f', 'knowledge')).toBeUndefined();
    await v3.saveIndexParts(
      'g',
      [
        { part: 'terms', value: { t: 1 } },
        { part: 'knowledge:0', value: { c: 0 } },
      ],
      2,
    );
    expect(await v3.cachedIndexPart('g', 'knowledge:0')).toEqual({ c: 0 });
    expect(await v3.cachedIndexPart('g', 'terms')).toEqual({ t: 1 });
  });
});
