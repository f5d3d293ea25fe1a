// fake-indexeddb: the cache lives in the packs' IndexedDB.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { persistIndexes, restoreIndexes } from '@/utils/knowledge/index-cache';
import { createIndexLoader } from '@/utils/knowledge/index-loader';
import { packsFingerprint } from '@/utils/packs/fingerprint';
import { preparePackImport } from '@/utils/packs/import-pack';
import { openPackStore, type PackStore } from '@/utils/packs/pack-store';
import { lookup } from '@/utils/terms/term-index';
import { known } from '../packs/pack-fixtures';

const opened: PackStore[] = [];
afterEach(() => opened.splice(0).forEach((s) => s.close()));
let n = 0;

async function storeWithExample(): Promise<PackStore> {
  const store = await openPackStore(`index-cache-${++n}`);
  opened.push(store);
  const text = readFileSync('docs/examples/example-pack.json', 'utf8');
  const outcome = preparePackImport(
    text,
    { fileName: 'example-pack.json', bytes: text.length, format: 'json' },
    known,
    [],
    1,
  );
  if (!outcome.ok) throw new Error('example refused');
  await store.put(outcome.pack);
  return store;
}

const caching = (store: PackStore, persisted: Promise<void>[]) => ({
  restore: (enabled: Parameters<typeof restoreIndexes>[1]) => restoreIndexes(store, enabled),
  persist: (
    enabled: Parameters<typeof restoreIndexes>[1],
    indexes: Parameters<typeof persistIndexes>[2],
    part: 'terms' | 'search',
  ) => void persisted.push(persistIndexes(store, enabled, indexes, 2, part)),
});

describe('the pack indexes’ cache', () => {
  it('builds and stores the term index once, and a restarted worker restores it answering the same', async () => {
    const store = await storeWithExample();
    const persisted: Promise<void>[] = [];
    const first = await createIndexLoader(async () => store, caching(store, persisted)).indexes();
    // Built on first use, then kept.
    expect(persisted).toHaveLength(0);
    expect(lookup(first.terms, 'MC38')).toEqual(['mc38']);
    expect(persisted).toHaveLength(1);
    await Promise.all(persisted);
    const enabled = (await store.enabled()).map((p) => p.summary);
    expect(await store.cachedIndexPart(packsFingerprint(enabled), 'terms')).toMatchObject({
      kind: 'immunolens-term-index',
    });
    expect(await store.cachedIndexPart(packsFingerprint(enabled), 'knowledge')).toMatchObject({
      kind: 'immunolens-knowledge',
    });

    // A new worker: the loader restores the snapshot and persists nothing.
    const again: Promise<void>[] = [];
    const restored = await createIndexLoader(async () => store, caching(store, again)).indexes();
    for (const name of ['MC38', 'FMO', 'CellTrace Violet', 'pMHC tetramer', 'IL-12'])
      expect(lookup(restored.terms, name)).toEqual(lookup(first.terms, name));
    expect(lookup(restored.terms, 'MC38')).toEqual(['mc38']);
    expect(again).toHaveLength(0);
  });

  it('after a restart, answers from the cache without reading any pack entry', async () => {
    const store = await storeWithExample();
    const persisted: Promise<void>[] = [];
    const first = await createIndexLoader(async () => store, caching(store, persisted)).indexes();
    expect(lookup(first.terms, 'MC38')).toEqual(['mc38']);
    await Promise.all(persisted);

    const noEntries = {
      enabled: () => Promise.reject(new Error('read the entries')),
      enabledSummaries: () => store.enabledSummaries(),
    };
    const again: Promise<void>[] = [];
    const restored = await createIndexLoader(async () => noEntries, caching(store, again)).indexes();
    expect(lookup(restored.terms, 'MC38')).toEqual(['mc38']);
    expect(restored.knowledge.termById.get('mc38')).toEqual(first.knowledge.termById.get('mc38'));
    expect(restored.knowledge.termById.get('il-12')).toEqual(first.knowledge.termById.get('il-12'));
    expect(restored.knowledge.termById.size).toBe(first.knowledge.termById.size);
    expect(restored.search.search('mc38').hits[0]?.id).toBe('mc38');
    expect(again).toHaveLength(1);
  });

  it('stores the search index when a search first builds it, and a restarted worker restores it', async () => {
    const store = await storeWithExample();
    const enabled = (await store.enabled()).map((p) => p.summary);
    const persisted: Promise<void>[] = [];
    const first = await createIndexLoader(async () => store, caching(store, persisted)).indexes();
    const queries = ['mc38', 'fluorescence minus one', 'tetramer', 'il-12', 'cell trace v'];
    const answers = queries.map((q) => first.search.search(q));
    // The term index (the search needs it) and then the search index.
    expect(persisted).toHaveLength(2);
    await Promise.all(persisted);
    const fingerprint = packsFingerprint(enabled);
    expect(await store.cachedIndexPart(fingerprint, 'terms')).toMatchObject({
      kind: 'immunolens-term-index',
    });
    expect(await store.cachedIndexPart(fingerprint, 'search')).toMatchObject({
      kind: 'immunolens-search-index',
    });

    const again: Promise<void>[] = [];
    const restored = await createIndexLoader(async () => store, caching(store, again)).indexes();
    // The search snapshot is read after the first answer.
    await restored.searchReady?.();
    expect(queries.map((q) => restored.search.search(q))).toEqual(answers);
    expect(again).toHaveLength(0);
  });

  it('builds the search index when its cached snapshot is damaged', async () => {
    const store = await storeWithExample();
    const enabled = (await store.enabled()).map((p) => p.summary);
    const persisted: Promise<void>[] = [];
    const first = await createIndexLoader(async () => store, caching(store, persisted)).indexes();
    const answer = first.search.search('mc38');
    await Promise.all(persisted);
    await store.saveIndexPart(packsFingerprint(enabled), 'search', { kind: 'immunolens-search-index' }, 3);
    const again: Promise<void>[] = [];
    const rebuilt = await createIndexLoader(async () => store, caching(store, again)).indexes();
    await rebuilt.searchReady?.();
    expect(rebuilt.search.search('mc38')).toEqual(answer);
    expect(again).toHaveLength(1);
  });

  it('does not use a snapshot of other packs, or a damaged one', async () => {
    const store = await storeWithExample();
    const enabled = (await store.enabled()).map((p) => p.summary);
    await store.saveIndexPart(packsFingerprint(enabled), 'terms', { kind: 'x' }, 1);
    expect(await restoreIndexes(store, enabled)).toEqual({});
    expect(await restoreIndexes(store, [{ ...enabled[0]!, version: '9' }])).toEqual({});
  });

  it('falls back to the bundled glossary when the packs cannot be read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const indexes = await createIndexLoader(async () => {
      throw new Error('no IndexedDB');
    }).indexes();
    expect(lookup(indexes.terms, 'IL-12')).toEqual(['il-12']);
    expect(warn).toHaveBeenCalledOnce();
  });
});
