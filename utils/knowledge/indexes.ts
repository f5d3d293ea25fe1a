import type { EnabledPack } from '../packs/merge-packs';
import { buildSearchIndex, restoreSearchIndex, sourcesOf, type SearchIndex } from '../search/search-index';
import { buildTermIndex, type NamedEntry, type TermIndex } from '../terms/term-index';
import { bundledKnowledge, knowledgeWithPacks, type Knowledge } from './knowledge';

export interface Indexes {
  readonly knowledge: Knowledge;
  readonly terms: TermIndex;
  readonly search: SearchIndex;
  /**
   * Settles when a cached search snapshot has been read (at once when there is none): a search after that restores
   * instead of building. Something about to search for the first time waits for it.
   */
  searchReady?(): Promise<void>;
}

/** Prebuilt indexes to use instead of building (restored from the IndexedDB cache). */
export interface Restored {
  terms?: TermIndex;
  search?: SearchIndex;
  /**
   * A cached search snapshot, or its coming read: restored when a search first needs it, if it has arrived by then
   * (the build is the fallback).
   */
  searchSnapshot?: unknown;
  /** The merged glossary the term index was built from, without reading the packs' entries. */
  knowledge?: Knowledge;
  /** Starts the reads left for after the first answer (the search snapshot); called once that answer is made. */
  readRest?(): void;
}

export type IndexPart = 'terms' | 'search';

/** An entry as the term index sees it: without the names kept for search only. */
function recognisedNames(entry: NamedEntry, skip: readonly string[] | undefined): NamedEntry {
  if (!skip) return entry;
  const keep = (n: string) => !skip.includes(n);
  return {
    id: entry.id,
    // An empty name has no key: the term index passes it by.
    name: keep(entry.name) ? entry.name : '',
    short: entry.short && keep(entry.short) ? entry.short : undefined,
    aliases: entry.aliases.filter(keep),
    rules: entry.rules,
  };
}

/**
 * Knowledge with its term and search indexes, each built on first use. An MV3 service worker may be stopped at any
 * time, so this runs again after every restart: a selection needs only the term index (a few milliseconds for the
 * bundled glossary); the full-text index (much slower to build) waits until a search or a suggestion needs it.
 */
export function indexesOf(
  knowledge: Knowledge,
  restored: Restored = {},
  /** Told when an index was built rather than restored (to keep a copy of it). */
  onBuilt?: (part: IndexPart) => void,
): Indexes {
  let terms = restored.terms;
  let search = restored.search;
  let searchSnapshot: unknown;
  let arrived: Promise<void> = Promise.resolve();
  if (restored.searchSnapshot instanceof Promise)
    arrived = restored.searchSnapshot.then(
      (value: unknown) => {
        if (!search) searchSnapshot = value;
      },
      () => undefined,
    );
  else searchSnapshot = restored.searchSnapshot;
  return {
    knowledge,
    searchReady: () => arrived,
    get terms() {
      if (!terms) {
        terms = buildTermIndex(
          knowledge.searchOnly.size === 0
            ? knowledge.glossary
            : knowledge.glossary.map((e) => recognisedNames(e, knowledge.searchOnly.get(e.id))),
        );
        onBuilt?.('terms');
      }
      return terms;
    },
    get search() {
      if (!search && searchSnapshot !== undefined && searchSnapshot !== null) {
        search = restoreSearchIndex(searchSnapshot, sourcesOf(knowledge), this.terms) ?? undefined;
        searchSnapshot = undefined;
      }
      if (!search) {
        search = buildSearchIndex(sourcesOf(knowledge), this.terms);
        onBuilt?.('search');
      }
      return search;
    },
  };
}

let bundled: Indexes | undefined;

/**
 * The bundled knowledge alone, one set per context: with no pack enabled, where none can be read, and in tests.
 * The first call may give it a cached term index, and be told when the term index was built (to cache it); a
 * page that made it at once (its first paint searches the bundled glossary) keeps its own, never a second copy.
 */
export function bundledIndexes(restored: Restored = {}, onBuilt?: (part: IndexPart) => void): Indexes {
  bundled ??= indexesOf(bundledKnowledge(), restored.terms ? { terms: restored.terms } : {}, (part) => {
    // The bundled search index is not cached: it builds in a fraction of a second.
    if (part === 'terms') onBuilt?.(part);
  });
  return bundled;
}

/** The bundled glossary and the enabled packs, in one normaliser, recogniser and search. */
export function indexesWithPacks(
  packs: readonly EnabledPack[],
  restored: Restored = {},
  onBuilt?: (part: IndexPart) => void,
): Indexes {
  return packs.length === 0 ? bundledIndexes() : indexesOf(knowledgeWithPacks(packs), restored, onBuilt);
}
