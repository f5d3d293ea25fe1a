/**
 * What is expensive to rebuild, kept in IndexedDB (contract 3, decision 0011): the term index, the merged glossary
 * (a head and chunks, utils/knowledge/knowledge-snapshot.ts) and the search index as their snapshots, keyed by the
 * bundled glossary's version and a fingerprint of the enabled packs, so that a restarted service worker or a newly
 * opened page loads them instead of rebuilding. With no pack enabled the bundled glossary's term index is cached
 * too (building it took 100 ms of a restarted worker's first answer). Each part is stored when it was built: the
 * term index (with the glossary) at the first lookup, the search index when a search or a suggestion first needed
 * it. A snapshot of other packs, another version or a damaged one is not used: the index is built instead.
 */
import { version as extensionVersion } from '../../package.json';
import { packsFingerprint } from '../packs/fingerprint';
import type { PackSummary } from '../packs/pack';
import type { IndexPart as StoredPart, PackStore } from '../packs/pack-store';
import { serializeSearchIndex } from '../search/search-index';
import { restoreTermIndex, serializeTermIndex } from '../terms/term-index';
import { createIndexLoader, type IndexLoader } from './index-loader';
import type { IndexPart, Indexes, Restored } from './indexes';
import { bundledKnowledge } from './knowledge';
import { restoreKnowledgeHead, serializeKnowledge } from './knowledge-snapshot';
import { restartMark } from './restart-marks';

export type IndexCacheStore = Pick<PackStore, 'cachedIndexPart' | 'saveIndexParts'>;

/**
 * The cache's key for these packs over this bundled glossary: an update of the extension (a new bundled glossary,
 * merged into every cached glossary) makes every cached part another key's, built again rather than misread.
 */
export function indexCacheKey(enabled: readonly PackSummary[], bundled: string): string {
  return `${bundled}~${packsFingerprint(enabled)}`;
}

/**
 * The term index restored now and the glossary's head (a lookup needs them first; the glossary's chunks are read
 * as an answer names them, and all of them after the first answer); the search snapshot is read after the first
 * answer, and restored only when a search needs it (utils/knowledge/indexes.ts).
 */
export async function restoreIndexes(
  store: IndexCacheStore,
  enabled: readonly PackSummary[],
  bundled = '',
): Promise<Restored> {
  const key = indexCacheKey(enabled, bundled);
  const withPacks = enabled.length > 0;
  restartMark('cache read started');
  const [termSnapshot, head] = await Promise.all([
    store.cachedIndexPart(key, 'terms').finally(() => restartMark('terms read')),
    withPacks ? store.cachedIndexPart(key, 'knowledge').finally(() => restartMark('head read')) : null,
  ]);
  const terms = restoreTermIndex(termSnapshot);
  restartMark('terms restored');
  if (!terms) return {};
  if (!withPacks) return { terms };
  const knowledge = restoreKnowledgeHead(head, bundledKnowledge().qa, (n) =>
    store.cachedIndexPart(key, `knowledge:${n}`),
  );
  // Later (`readRest`, after the first answer): reading it now would hold up the first lookup with a copy of the
  // largest snapshot. The glossary's other chunks are read then too (index-loader.ts).
  let readRest = () => undefined as void;
  const searchSnapshot = new Promise<unknown>((resolve) => {
    readRest = () => {
      readRest = () => undefined;
      void store.cachedIndexPart(key, 'search').then(resolve, () => resolve(undefined));
    };
  });
  return { terms, searchSnapshot, readRest: () => readRest(), ...(knowledge ? { knowledge } : {}) };
}

/** Stores the snapshot of the part just built (with the term index, the glossary it was built from). */
export async function persistIndexes(
  store: IndexCacheStore,
  enabled: readonly PackSummary[],
  indexes: Indexes,
  now: number,
  part: IndexPart = 'terms',
  bundled = '',
): Promise<void> {
  const key = indexCacheKey(enabled, bundled);
  if (part === 'search') {
    const value = serializeSearchIndex(indexes.search);
    if (value) await store.saveIndexParts(key, [{ part, value }], now);
    return;
  }
  const parts: { part: StoredPart; value: unknown }[] = [{ part, value: serializeTermIndex(indexes.terms) }];
  if (enabled.length > 0) {
    const { head, chunks } = serializeKnowledge(indexes.knowledge);
    parts.push({ part: 'knowledge', value: head });
    chunks.forEach((value, n) => parts.push({ part: `knowledge:${n}`, value }));
  }
  // One transaction: a term index is never stored without the glossary it names.
  await store.saveIndexParts(key, parts, now);
}

/**
 * The index loader of one context (the background, an extension page) over its own connection to the packs'
 * database: restored from the cache when it holds these packs' indexes; a part this context builds is stored,
 * after the answer that needed it (the snapshot is a copy, not on the answer's path).
 */
export function cachingIndexLoader(
  packStore: () => Promise<PackStore>,
  /** The bundled glossary's version: the extension's (the manifest's version is package.json's). */
  bundled: string = extensionVersion,
): IndexLoader {
  return createIndexLoader(packStore, {
    restore: async (enabled) => restoreIndexes(await packStore(), enabled, bundled),
    persist(enabled, indexes, part) {
      setTimeout(() => {
        void packStore()
          .then((store) => persistIndexes(store, enabled, indexes, Date.now(), part, bundled))
          .catch((error: unknown) => console.warn('ImmunoLens: could not cache the indexes.', error));
      }, 0);
    },
  });
}
