import { buildSearchIndex, sourcesOf, type SearchIndex } from '../search/search-index';
import { buildTermIndex, type TermIndex } from '../terms/term-index';
import { bundledKnowledge, type Knowledge } from './knowledge';

export interface Indexes {
  knowledge: Knowledge;
  terms: TermIndex;
  search: SearchIndex;
}

let built: Indexes | undefined;

/**
 * The bundled knowledge with its term and search indexes, built on first use. An MV3 service worker may be
 * stopped at any time, so this runs again after every restart: it must stay cheap.
 */
export function bundledIndexes(): Indexes {
  if (!built) {
    const knowledge = bundledKnowledge();
    const terms = buildTermIndex(knowledge.glossary);
    built = { knowledge, terms, search: buildSearchIndex(sourcesOf(knowledge), terms) };
  }
  return built;
}
