/**
 * What is expensive to rebuild for large packs, kept in IndexedDB (contract 3, decision 0011): the term index and
 * the search index as their snapshots, keyed by a fingerprint of the enabled packs, so that a restarted service
 * worker or a newly opened page loads them instead of rebuilding. Each part is stored when it was built: the term
 * index at the first lookup, the search index when a search or a suggestion first needed it. A snapshot of other
 * packs, another version or a damaged one is not used: the index is built instead.
 */
import { packsFingerprint } from '../packs/fingerprint';
import type { PackSummary } from '../packs/pack';
import type { CachedIndexes } from '../packs/pack-store';
import { serializeSearchIndex } from '../search/search-index';
import { restoreTermIndex, serializeTermIndex } from '../terms/term-index';
import type { IndexPart, Indexes, Restored } from './indexes';
import { bundledKnowledge } from './knowledge';
import { restoreKnowledge, serializeKnowledge } from './knowledge-snapshot';

export interface IndexCacheStore {
  cachedIndexes(fingerprint: string): Promise<CachedIndexes | undefined>;
  saveIndexPart(
    fingerprint: string,
    part: IndexPart | 'knowledge',
    value: unknown,
    now: number,
  ): Promise<void>;
}

/**
 * The term index restored now (a lookup needs it first); the search snapshot is handed on as it is, restored
 * only when a search needs it (utils/knowledge/indexes.ts).
 */
export async function restoreIndexes(
  store: Pick<IndexCacheStore, 'cachedIndexes'>,
  enabled: readonly PackSummary[],
): Promise<Restored> {
  const cached = await store.cachedIndexes(packsFingerprint(enabled));
  const terms = cached ? restoreTermIndex(cached.terms) : null;
  if (!terms) return {};
  const knowledge = restoreKnowledge(cached?.knowledge, bundledKnowledge().qa);
  return {
    terms,
    ...(knowledge ? { knowledge } : {}),
    ...(cached?.search ? { searchSnapshot: cached.search } : {}),
  };
}

/** Stores the snapshot of the part just built, beside the other part of the same packs. */
export async function persistIndexes(
  store: Pick<IndexCacheStore, 'saveIndexPart'>,
  enabled: readonly PackSummary[],
  indexes: Indexes,
  now: number,
  part: IndexPart = 'terms',
): Promise<void> {
  const fingerprint = packsFingerprint(enabled);
  const value = part === 'terms' ? serializeTermIndex(indexes.terms) : serializeSearchIndex(indexes.search);
  if (value) await store.saveIndexPart(fingerprint, part, value, now);
  // With the term index, the merged entries it names: a restart needs both before its first lookup.
  if (part === 'terms')
    await store.saveIndexPart(fingerprint, 'knowledge', serializeKnowledge(indexes.knowledge), now);
}
