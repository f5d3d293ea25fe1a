import { recognize } from '../terms/recognize';
import type { TermIndex } from '../terms/term-index';
import { facetsOfCategory, findFacets, plainWords, type FacetId } from './facets';
import { searchTokens } from './tokenize';

/** What the search knows of a glossary entry beyond its text: its relations and its category. */
export interface TermLinks {
  name: string;
  /** Search tokens of every name it goes by. */
  nameWords: readonly string[];
  category: string;
  related: readonly string[];
  /** The Q&A the glossary links it to. */
  questions: readonly string[];
}

/** Each term's links by its id. */
export interface TermLinksById {
  get(id: string): TermLinks | undefined;
}

/** How strongly a Q&A speaks of something: in its question, or in its answer and linked terms, or only nearby. */
export const IN_QUESTION = 1;
export const IN_ANSWER = 0.9;
export const NEARBY = 0.5;
const FACET_IN_ANSWER = 0.7;
const FACET_OF_LINKED_TERM = 0.5;

/** What a Q&A is about, derived once from its own question, answer and linked terms. */
export interface QaProfile {
  /** Term id → how strongly it speaks of it. */
  concepts: Map<string, number>;
  /** Ids and categories next to its concepts in the glossary (their related entries, their families). */
  near: Set<string>;
  facets: Map<FacetId, number>;
  /** Search tokens of question and answer with their counts, for BM25-like word relevance. */
  counts: Map<string, number>;
  length: number;
  /** Search tokens of the names of its linked terms ("liver" of "liver toxicity", "count" of "low neutrophil count"). */
  linkedWords: Set<string>;
}

function raise<K>(map: Map<K, number>, key: K, value: number): void {
  if ((map.get(key) ?? 0) < value) map.set(key, value);
}

export function buildQaProfile(
  terms: TermIndex,
  links: TermLinksById,
  qa: { id: string; question: string; answer: string; linked: readonly string[] },
  linkedBy: readonly string[],
): QaProfile {
  const concepts = new Map<string, number>();
  for (const span of recognize(terms, qa.question))
    for (const id of span.ids) raise(concepts, id, IN_QUESTION);
  for (const span of recognize(terms, qa.answer)) for (const id of span.ids) raise(concepts, id, IN_ANSWER);
  for (const id of [...qa.linked, ...linkedBy]) raise(concepts, id, IN_ANSWER);

  const near = new Set<string>();
  const linkedWords = new Set<string>();
  const facets = new Map<FacetId, number>();
  for (const id of concepts.keys()) {
    const term = links.get(id);
    if (!term) continue;
    near.add(term.category);
    for (const r of term.related) near.add(r);
    if (!qa.linked.includes(id)) continue;
    for (const w of term.nameWords) linkedWords.add(w);
    for (const f of facetsOfCategory(term.category)) raise(facets, f, FACET_OF_LINKED_TERM);
    for (const m of findFacets(plainWords(term.name))) raise(facets, m.facet, FACET_OF_LINKED_TERM);
  }
  for (const m of findFacets(plainWords(qa.question))) raise(facets, m.facet, IN_QUESTION);
  for (const m of findFacets(plainWords(qa.answer))) raise(facets, m.facet, FACET_IN_ANSWER);

  const counts = new Map<string, number>();
  const tokens = searchTokens(`${qa.question} ${qa.answer}`);
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return { concepts, near, facets, counts, length: tokens.length, linkedWords };
}
