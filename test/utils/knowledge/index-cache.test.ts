// fake-indexeddb: the cache lives in the packs' IndexedDB.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexCacheKey, persistIndexes, restoreIndexes } from '@/utils/knowledge/index-cache';
import { createIndexLoader } from '@/utils/knowledge/index-loader';
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
    expect(await store.cachedIndexPart(indexCacheKey(enabled, ''), 'terms')).toMatchObject({
      kind: 'immunolens-term-index',
    });
    expect(await store.cachedIndexPart(indexCacheKey(enabled, ''), 'knowledge')).toMatchObject({
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
    const fingerprint = indexCacheKey(enabled, '');
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
    await store.saveIndexPart(indexCacheKey(enabled, ''), 'search', { kind: 'immunolens-search-index' }, 3);
    const again: Promise<void>[] = [];
    const rebuilt = await createIndexLoader(async () => store, caching(store, again)).indexes();
    await rebuilt.searchReady?.();
    expect(rebuilt.search.search('mc38')).toEqual(answer);
    expect(again).toHaveLength(1);
  });

  it('does not use a snapshot of other packs, or a damaged one', async () => {
    const store = await storeWithExample();
    const enabled = (await store.enabled()).map((p) => p.summary);
    await store.saveIndexPart(indexCacheKey(enabled, ''), 'terms', { kind: 'x' }, 1);
    expect(await restoreIndexes(store, enabled)).toEqual({});
    expect(await restoreIndexes(store, [{ ...enabled[0]!, version: '9' }])).toEqual({});
  });

  it('does not use the parts cached over another bundled glossary (an update of the extension)', async () => {
    const store = await storeWithExample();
    const persisted: Promise<void>[] = [];
    const first = await createIndexLoader(async () => store, caching(store, persisted)).indexes();
    expect(lookup(first.terms, 'MC38')).toEqual(['mc38']);
    await Promise.all(persisted);
    const enabled = (await store.enabled()).map((p) => p.summary);
    expect((await restoreIndexes(store, enabled, '')).terms).toBeDefined();
    expect(await restoreIndexes(store, enabled, '2.0.0')).toEqual({});
  });

  it('after a restart, answers a lookup after reading only the chunk of the entry it names', async () => {
    const store = await storeWithExample();
    const persisted: Promise<void>[] = [];
    const first = await createIndexLoader(async () => store, caching(store, persisted)).indexes();
    expect(lookup(first.terms, 'MC38')).toEqual(['mc38']);
    await Promise.all(persisted);
    const enabled = (await store.enabled()).map((p) => p.summary);
    const key = indexCacheKey(enabled, '');
    const reads: string[] = [];
    const watched = {
      cachedIndexPart: (fingerprint: string, part: Parameters<PackStore['cachedIndexPart']>[1]) => {
        reads.push(part);
        return store.cachedIndexPart(fingerprint, part);
      },
      saveIndexParts: store.saveIndexParts,
    };
    const again: Promise<void>[] = [];
    const loader = createIndexLoader(async () => store, {
      restore: (e) => restoreIndexes(watched, e),
      persist: () => again.push(Promise.resolve()),
    });
    // The first answer asks for an entry before its chunk is read: it is made again once the chunk is.
    let made = 0;
    let readBefore: string[] = [];
    const card = await loader.answer((indexes) => {
      made++;
      readBefore = [...reads];
      return indexes.knowledge.termById.get(lookup(indexes.terms, 'MC38')[0]!);
    });
    expect(card).toEqual(first.knowledge.termById.get('mc38'));
    expect(made).toBe(2);
    // The term index, the glossary's head and one chunk: nothing else before the answer.
    expect(readBefore).toEqual(['terms', 'knowledge', 'knowledge:0']);
    // Then the rest, after the answer; the whole glossary once every chunk is read.
    const whole = await loader.indexes();
    expect(whole.knowledge.glossary).toEqual(first.knowledge.glossary);
    expect(reads).toContain('search');
    expect(again).toHaveLength(0);
    expect(await store.cachedIndexPart(key, 'knowledge')).toMatchObject({
      count: first.knowledge.glossary.length,
    });
  });

  it('builds from the packs when a cached chunk of the glossary is damaged', async () => {
    const store = await storeWithExample();
    const persisted: Promise<void>[] = [];
    const first = await createIndexLoader(async () => store, caching(store, persisted)).indexes();
    expect(lookup(first.terms, 'MC38')).toEqual(['mc38']);
    await Promise.all(persisted);
    const enabled = (await store.enabled()).map((p) => p.summary);
    await store.saveIndexPart(indexCacheKey(enabled, ''), 'knowledge:0', { kind: 'x' }, 3);
    const again: Promise<void>[] = [];
    const loader = createIndexLoader(async () => store, caching(store, again));
    const card = await loader.answer((indexes) => indexes.knowledge.termById.get('mc38'));
    expect(card).toEqual(first.knowledge.termById.get('mc38'));
    expect((await loader.indexes()).knowledge.glossary).toEqual(first.knowledge.glossary);
  });

  it('caches the bundled glossary’s term index when no pack is enabled', async () => {
    const store = await openPackStore(`index-cache-${++n}`);
    opened.push(store);
    const persisted: Promise<void>[] = [];
    const first = await createIndexLoader(async () => store, caching(store, persisted)).indexes();
    expect(lookup(first.terms, 'IL-12')).toEqual(['il-12']);
    await Promise.all(persisted);
    expect(persisted).toHaveLength(1);
    expect(await store.cachedIndexPart(indexCacheKey([], ''), 'terms')).toMatchObject({
      kind: 'immunolens-term-index',
    });
    // No glossary stored: the bundled one is in the code.
    expect(await store.cachedIndexPart(indexCacheKey([], ''), 'knowledge')).toBeUndefined();
    // A new worker: its own bundled indexes, made with the cached term index (nothing built, nothing stored).
    vi.resetModules();
    const loaderModule = await import('@/utils/knowledge/index-loader');
    const cacheModule = await import('@/utils/knowledge/index-cache');
    const again: Promise<void>[] = [];
    const restored = await loaderModule
      .createIndexLoader(async () => store, {
        restore: (e) => cacheModule.restoreIndexes(store, e),
        persist: () => again.push(Promise.resolve()),
      })
      .indexes();
    expect(lookup(restored.terms, 'IL-12')).toEqual(['il-12']);
    expect(restored.knowledge.termById.get('il-12')).toEqual(first.knowledge.termById.get('il-12'));
    expect(again).toHaveLength(0);
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
