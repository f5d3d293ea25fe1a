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
import type { ChunkedKnowledge } from './knowledge-snapshot';
import { restartMark } from './restart-marks';

export interface PackReader {
  enabled(): Promise<{ summary: PackSummary; entries: PackEntry[] }[]>;
  /** The enabled packs' listings without their entries: enough when the cache holds the rest. */
  enabledSummaries?(): Promise<PackSummary[]>;
}

export interface IndexLoader {
  /** The indexes with every entry of the glossary readable. */
  indexes(): Promise<Indexes>;
  /**
   * An answer made from the indexes as soon as their term index is there. After a restart the glossary may still
   * be being read from the cache in chunks: an answer that asked for an entry not read yet is made again once its
   * chunk is read (answers are a few milliseconds; a chunk read is too). `answer` must not list the whole glossary
   * (a search does: use `indexes()`).
   */
  answer<T>(answer: (indexes: Indexes) => T): Promise<T>;
  /** The last indexes loaded, or the bundled ones before the first load finishes. */
  latest(): Indexes;
  invalidate(): void;
}

export interface IndexCaching {
  /** Prebuilt indexes for these packs (none: the bundled glossary's), when a cached copy is there. */
  restore(enabled: readonly PackSummary[]): Promise<Restored>;
  /** Called after an index was built (not restored) for packs, to keep a copy: the term index, then the search one. */
  persist(enabled: readonly PackSummary[], indexes: Indexes, part: IndexPart): void;
}

function chunkedOf(indexes: Indexes): ChunkedKnowledge | null {
  const k = indexes.knowledge as Partial<ChunkedKnowledge>;
  return typeof k.readAll === 'function' ? (k as ChunkedKnowledge) : null;
}

export function createIndexLoader(
  openReader: () => Promise<PackReader>,
  caching?: IndexCaching,
): IndexLoader {
  let loading: Promise<Indexes> | null = null;
  let whole: Promise<Indexes> | null = null;
  /** The reads each restored set of indexes leaves for after its first answer. */
  const rests = new WeakMap<Indexes, () => void>();
  let latest: Indexes | null = null;
  let generation = 0;
  const load = async (useCache: boolean): Promise<Indexes> => {
    try {
      restartMark('load started');
      const reader = await openReader();
      restartMark('store open');
      let restored: Restored = {};
      if (caching && useCache && reader.enabledSummaries) {
        // A restart with the cache filled reads no pack entries: the merged glossary and the term index come
        // from the cache (at 100,000 entries, reading and merging the entries took seconds).
        const summaries = await reader.enabledSummaries();
        restartMark('packs listed');
        restored = await caching.restore(summaries).catch(() => ({}));
        if (summaries.length === 0) {
          const indexes: Indexes = bundledIndexes(restored, (part) =>
            caching.persist(summaries, indexes, part),
          );
          return indexes;
        }
        if (restored.knowledge && restored.terms) {
          const indexes: Indexes = indexesOf(restored.knowledge, restored, (part) =>
            caching.persist(summaries, indexes, part),
          );
          if (restored.readRest) rests.set(indexes, restored.readRest);
          return indexes;
        }
      }
      const enabled = await reader.enabled();
      const packs = enabled.map((p) => ({ name: p.summary.name, entries: p.entries }));
      if (packs.length === 0) return indexesWithPacks([]);
      const summaries = enabled.map((p) => p.summary);
      if (caching && useCache && !reader.enabledSummaries)
        restored = await caching.restore(summaries).catch(() => ({}));
      restored.readRest?.();
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
  const answering = (): Promise<Indexes> => {
    if (!loading) {
      const mine = ++generation;
      loading = load(true).then((indexes) => {
        if (mine === generation && !chunkedOf(indexes)) latest = indexes;
        return indexes;
      });
    }
    return loading;
  };
  /** Everything read: started by the first call, which a first answer makes after it has answered. */
  const indexes = (): Promise<Indexes> => {
    if (!whole) {
      const first = answering();
      const mine = generation;
      whole = first.then(async (soon) => {
        let indexes = soon;
        rests.get(soon)?.();
        const chunked = chunkedOf(soon);
        // A chunk missing or damaged: the cache is not used, and the indexes are built from the packs.
        if (chunked && !(await chunked.readAll()) && mine === generation) {
          loading = load(false);
          indexes = await loading;
        }
        if (mine === generation) latest = indexes;
        return indexes;
      });
    }
    return whole;
  };
  return {
    indexes,
    async answer(make) {
      const soon = await answering();
      const chunked = chunkedOf(soon);
      if (!chunked || chunked.complete) return make(soon);
      for (let tries = 0; tries < 3; tries++) {
        chunked.takeMissing();
        const made = make(soon);
        const missing = chunked.takeMissing();
        if (missing.length === 0) {
          // The rest of the glossary and the search snapshot, now that the first answer is made.
          void indexes();
          return made;
        }
        if (!(await chunked.readFor(missing))) break;
      }
      return make(await indexes());
    },
    latest: () => latest ?? bundledIndexes(),
    invalidate() {
      generation++;
      loading = null;
      whole = null;
    },
  };
}
