/**
 * The indexes of one context (the background, the popup, the lookup page), for the packs enabled now: built once,
 * then kept until `invalidate` (the background after each of its pack writes; pages when the background says packs
 * changed). Reading the packs failing (a private window's storage, a damaged database) leaves the bundled
 * glossary working: it is logged once, never thrown at the reader.
 */
import type { PackEntry, PackSummary } from '../packs/pack';
import {
  bundledIndexes,
  indexesOf,
  indexesWithPacks,
  type IndexPart,
  type Indexes,
  type Restored,
} from './indexes';
import { restartMark } from './restart-marks';

export interface PackReader {
  enabled(): Promise<{ summary: PackSummary; entries: PackEntry[] }[]>;
  /** The enabled packs' listings without their entries: enough when the cache holds the rest. */
  enabledSummaries?(): Promise<PackSummary[]>;
}

export interface IndexLoader {
  indexes(): Promise<Indexes>;
  /** The last indexes loaded, or the bundled ones before the first load finishes. */
  latest(): Indexes;
  invalidate(): void;
}

export interface IndexCaching {
  /** Prebuilt indexes for these packs, when a cached copy is there. */
  restore(enabled: readonly PackSummary[]): Promise<Restored>;
  /** Called after an index was built (not restored) for packs, to keep a copy: the term index, then the search one. */
  persist(enabled: readonly PackSummary[], indexes: Indexes, part: IndexPart): void;
}

export function createIndexLoader(
  openReader: () => Promise<PackReader>,
  caching?: IndexCaching,
): IndexLoader {
  let loading: Promise<Indexes> | null = null;
  let latest: Indexes | null = null;
  let generation = 0;
  const load = async (): Promise<Indexes> => {
    try {
      restartMark('load started');
      const reader = await openReader();
      restartMark('store open');
      let restored: Restored = {};
      if (caching && reader.enabledSummaries) {
        // A restart with the cache filled reads no pack entries: the merged glossary and the term index come
        // from the cache (at 100,000 entries, reading and merging the entries took seconds).
        const summaries = await reader.enabledSummaries();
        restartMark('packs listed');
        if (summaries.length === 0) return indexesWithPacks([]);
        restored = await caching.restore(summaries).catch(() => ({}));
        if (restored.knowledge && restored.terms) {
          const indexes: Indexes = indexesOf(restored.knowledge, restored, (part) =>
            caching.persist(summaries, indexes, part),
          );
          return indexes;
        }
      }
      const enabled = await reader.enabled();
      const packs = enabled.map((p) => ({ name: p.summary.name, entries: p.entries }));
      if (packs.length === 0) return indexesWithPacks([]);
      const summaries = enabled.map((p) => p.summary);
      if (caching && !reader.enabledSummaries) restored = await caching.restore(summaries).catch(() => ({}));
      // Without the cached glossary, the term index is built again so that both are cached together.
      const prebuilt: Restored = restored.knowledge
        ? { ...restored, knowledge: undefined }
        : restored.searchSnapshot !== undefined
          ? { searchSnapshot: restored.searchSnapshot }
          : {};
      const indexes: Indexes = indexesWithPacks(packs, prebuilt, (part) =>
        caching?.persist(summaries, indexes, part),
      );
      return indexes;
    } catch (error) {
      console.warn(
        'ImmunoLens: glossary packs could not be read; the built-in glossary answers alone.',
        error,
      );
      return bundledIndexes();
    }
  };
  return {
    indexes() {
      if (!loading) {
        const mine = ++generation;
        loading = load().then((indexes) => {
          if (mine === generation) latest = indexes;
          return indexes;
        });
      }
      return loading;
    },
    latest: () => latest ?? bundledIndexes(),
    invalidate() {
      generation++;
      loading = null;
    },
  };
}
