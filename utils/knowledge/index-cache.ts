/**
 * What is expensive to rebuild for large packs, kept in IndexedDB (contract 3): the term index as perf's snapshot,
 * keyed by a fingerprint of the enabled packs, so that a restarted service worker loads it instead of rebuilding.
 * A snapshot of other packs, another version or a damaged one is not used: the index is built instead.
 * (The search index joins the cache when perf's serializeSearchIndex / restoreSearchIndex are merged.)
 */
import { packsFingerprint } from '../packs/fingerprint';
import type { PackSummary } from '../packs/pack';
import type { CachedIndexes } from '../packs/pack-store';
import { restoreTermIndex, serializeTermIndex } from '../terms/term-index';
import type { Indexes, Restored } from './indexes';

export interface IndexCacheStore {
  cachedIndexes(fingerprint: string): Promise<CachedIndexes | undefined>;
  saveIndexes(cache: CachedIndexes): Promise<void>;
}

export async function restoreIndexes(
  store: IndexCacheStore,
  enabled: readonly PackSummary[],
): Promise<Restored> {
  const cached = await store.cachedIndexes(packsFingerprint(enabled));
  const terms = cached ? restoreTermIndex(cached.terms) : null;
  return terms ? { terms } : {};
}

/** Builds the term index now (the first lookup needs it anyway) and stores its snapshot for the next start. */
export async function persistIndexes(
  store: IndexCacheStore,
  enabled: readonly PackSummary[],
  indexes: Indexes,
  now: number,
): Promise<void> {
  await store.saveIndexes({
    fingerprint: packsFingerprint(enabled),
    savedAt: now,
    terms: serializeTermIndex(indexes.terms),
    search: null,
  });
}
