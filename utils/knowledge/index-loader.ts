/**
 * The indexes of one context (the background, the popup, the lookup page), for the packs enabled now: built once,
 * then kept until `invalidate` (the background after each of its pack writes; pages when the background says packs
 * changed). Reading the packs failing (a private window's storage, a damaged database) leaves the bundled
 * glossary working: it is logged once, never thrown at the reader.
 */
import type { PackEntry, PackSummary } from '../packs/pack';
import { bundledIndexes, indexesWithPacks, type IndexPart, type Indexes, type Restored } from './indexes';

export interface PackReader {
  enabled(): Promise<{ summary: PackSummary; entries: PackEntry[] }[]>;
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
      const enabled = await (await openReader()).enabled();
      const packs = enabled.map((p) => ({ name: p.summary.name, entries: p.entries }));
      if (packs.length === 0) return indexesWithPacks([]);
      const summaries = enabled.map((p) => p.summary);
      const restored: Restored = caching ? await caching.restore(summaries).catch(() => ({})) : {};
      const indexes: Indexes = indexesWithPacks(packs, restored, (part) =>
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
