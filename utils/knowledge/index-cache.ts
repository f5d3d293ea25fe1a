/**
 * What is expensive to rebuild for large packs, kept in IndexedDB (contract 3, decision 0011): the term index and
 * the search index as their snapshots, keyed by a fingerprint of the enabled packs, so that a restarted service
 * worker or a newly opened page loads them instead of rebuilding. Each part is stored when it was built: the term
 * index at the first lookup, the search index when a search or a suggestion first needed it. A snapshot of other
 * packs, another version or a damaged one is not used: the index is built instead.
 */
import { packsFingerprint } from '../packs/fingerprint';
import type { PackSummary } from '../packs/pack';
import type { PackStore } from '../packs/pack-store';
import { serializeSearchIndex } from '../search/search-index';
import { restoreTermIndex, serializeTermIndex } from '../terms/term-index';
import type { Indexes, Restored } from './indexes';
import { bundledKnowledge } from './knowledge';
import { restoreKnowledge, serializeKnowledge } from './knowledge-snapshot';
import { restartMark } from './restart-marks';

export type IndexCacheStore = Pick<PackStore, 'cachedIndexPart' | 'saveIndexPart'>;

/**
 * The term index and the merged glossary restored now (a lookup needs them first); the search snapshot is read
 * after the first answer, and restored only when a search needs it (utils/knowledge/indexes.ts).
 */
export async function restoreIndexes(
  store: IndexCacheStore,
  enabled: readonly PackSummary[],
): Promise<Restored> {
  const fingerprint = packsFingerprint(enabled);
  restartMark('cache read started');
  const [termSnapshot, knowledgeSnapshot] = await Promise.all([
    store.cachedIndexPart(fingerprint, 'terms').finally(() => restartMark('terms read')),
    store.cachedIndexPart(fingerprint, 'knowledge').finally(() => restartMark('knowledge read')),
  ]);
  const terms = restoreTermIndex(termSnapshot);
  restartMark('terms restored');
  if (!terms) return {};
  const knowledge = restoreKnowledge(knowledgeSnapshot, bundledKnowledge().qa);
  restartMark('knowledge restored');
  // Later: reading it now would hold up the first lookup with a copy of the largest snapshot.
  const searchSnapshot = new Promise<unknown>((resolve) =>
    setTimeout(
      () => void store.cachedIndexPart(fingerprint, 'search').then(resolve, () => resolve(undefined)),
      0,
    ),
  );
  return { terms, searchSnapshot, ...(knowledge ? { knowledge } : {}) };
}

/** Stores the snapshot of the part just built (with the term index, the glossary it was built from). */
export async function persistIndexes(
  store: IndexCacheStore,
  enabled: readonly PackSummary[],
  indexes: Indexes,
  now: number,
  part: 'terms' | 'search' = 'terms',
): Promise<void> {
  const fingerprint = packsFingerprint(enabled);
  const value = part === 'terms' ? serializeTermIndex(indexes.terms) : serializeSearchIndex(indexes.search);
  if (value) await store.saveIndexPart(fingerprint, part, value, now);
  if (part === 'terms')
    await store.saveIndexPart(fingerprint, 'knowledge', serializeKnowledge(indexes.knowledge), now);
}
