import { buildSearchIndex, sourcesOf, type SearchIndex } from '../search/search-index';
import { buildTermIndex, type TermIndex } from '../terms/term-index';
import { bundledKnowledge, type Knowledge } from './knowledge';

export interface Indexes {
  readonly knowledge: Knowledge;
  readonly terms: TermIndex;
  readonly search: SearchIndex;
}

let indexes: Indexes | undefined;

/**
 * The bundled knowledge with its term and search indexes, each built on first use. An MV3 service worker may be
 * stopped at any time, so this runs again after every restart: a selection needs only the term index (a few
 * milliseconds); the full-text index (much slower to build) waits until a search or a suggestion needs it.
 */
export function bundledIndexes(): Indexes {
  if (indexes) return indexes;
  const knowledge = bundledKnowledge();
  let terms: TermIndex | undefined;
  let search: SearchIndex | undefined;
  indexes = {
    knowledge,
    get terms() {
      terms ??= buildTermIndex(knowledge.glossary);
      return terms;
    },
    get search() {
      search ??= buildSearchIndex(sourcesOf(knowledge), this.terms);
      return search;
    },
  };
  return indexes;
}
