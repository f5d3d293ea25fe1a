import { MAX_QUERY_CHARS } from '../limits';
import { recognize } from '../terms/recognize';
import { lookup, type TermIndex } from '../terms/term-index';
import { findFacets, plainWords, type FacetId } from './facets';
import { searchTokens } from './tokenize';

/** A known term named in the query, in any spelling (`interleukin 2`, `IL2`, `IL-2` are one concept). */
export interface Concept {
  ids: readonly string[];
  /** The query's words for it, as search tokens (for its weight and for text that mentions it). */
  tokens: string[];
}

export interface QueryUnderstanding {
  concepts: Concept[];
  facets: FacetId[];
  /** Search tokens of the words that are neither a term, a facet, a question word nor a stop word. */
  words: string[];
  /** Nothing but one term, perhaps asked about ("what is lymphopenia", "nk cells meaning"). */
  singleTerm: boolean;
}

/**
 * Words that never decide a ranking: question words, stop words, and words that ask for a definition
 * ("meaning", "define"), which say only that the reader wants the term itself.
 */
const QUIET = new Set(
  (
    'a about against all also an and any are as at be been between by called can could define definition did do ' +
    'does explain for from get got had has have how i if in into is it its known many me mean meaning means more ' +
    'most much my name named not of on or our own please s should so some t tell than that the their them then ' +
    'there these they this those to too use used very was we were what whats when where which who whom why will ' +
    'with would you your'
  ).split(' '),
);
const QUESTION_START = new Set(['what', 'whats', 'how', 'why']);
const ROLE_ENDINGS = new Set(['do', 'for']);
/** Lower-case acronyms typed in a search box ("tnf side effects") are tried in capitals, up to this length. */
const MAX_TYPED_ACRONYM = 5;

/**
 * "what does IL-12 do", "what is IL-12 for", "what do cytokines do in cancer": a question about a role without a word
 * for it. "do" is the verb there only after the subject; right after the question word it is the auxiliary.
 */
function asksWhatItDoes(lower: readonly string[]): boolean {
  if (ROLE_ENDINGS.has(lower.at(-1) ?? '')) return true;
  for (let i = 2; i < lower.length; i++) if (lower[i] === 'do' || lower[i] === 'does') return true;
  return false;
}

/** A question word, a stop word or a facet word ("purpose", "harmful") is never corrected to a nearer name. */
export function keepsSpelling(word: string): boolean {
  return QUIET.has(word) || findFacets([word]).some((m) => !m.partial);
}

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsWithOffsets(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * What a typed query asks: its known terms (by the recogniser the bubble uses, so multi-word names stay whole), its
 * facets, and its other content words. Every step is one pass over the query: linear in its length.
 * `typing`: the last word may be unfinished.
 */
export function understandQuery(
  terms: TermIndex,
  raw: string,
  typing = true,
  /** Entries the whole query names, found by the caller's exact-name check ("CD8+ T cells"). */
  exact: readonly string[] = [],
): QueryUnderstanding {
  const text = raw.slice(0, MAX_QUERY_CHARS);
  const words = wordsWithOffsets(text);
  const used = new Array<boolean>(words.length).fill(false);
  const concepts: Concept[] = [];
  const spans = recognize(terms, text);
  let w = 0;
  for (const span of spans) {
    while (w < words.length && words[w]!.end <= span.start) w++;
    for (let k = w; k < words.length && words[k]!.start < span.end; k++) used[k] = true;
    if (!concepts.some((c) => c.ids[0] === span.ids[0]))
      concepts.push({ ids: span.ids, tokens: searchTokens(text.slice(span.start, span.end)) });
  }
  words.forEach((word, i) => {
    if (used[i] || word.text.length > MAX_TYPED_ACRONYM || word.text.length < 2) return;
    const lower = word.text.toLowerCase();
    if (QUIET.has(lower)) return;
    const ids = lookup(terms, word.text.toUpperCase());
    if (ids.length === 0 || concepts.some((c) => c.ids[0] === ids[0])) return;
    used[i] = true;
    concepts.push({ ids, tokens: searchTokens(word.text) });
  });

  // A facet word inside a term's name is part of that name ("liver toxicity", "immunotherapy"); a two-word stem may
  // borrow one word from a name ("pro-tumour").
  const plain = words.map((word) => plainWords(word.text).join(''));
  const facetWords = new Array<boolean>(words.length).fill(false);
  const facets = new Set<FacetId>();
  for (const match of findFacets(plain, typing)) {
    if (used[match.at] && (match.length === 1 || used[match.at + 1])) continue;
    // A word being typed suggests a facet only beside a term: "immunoth" is a name being typed.
    if (match.partial && concepts.length === 0) continue;
    facets.add(match.facet);
    for (let k = match.at; k < match.at + match.length; k++) facetWords[k] = true;
  }
  const lower = words.map((word) => word.text.toLowerCase());
  if (facets.size === 0 && QUESTION_START.has(lower[0] ?? '') && asksWhatItDoes(lower)) facets.add('role');

  const residual: string[] = [];
  words.forEach((word, i) => {
    if (used[i] || facetWords[i] || QUIET.has(lower[i]!)) return;
    // A lone letter ("b" of a pasted tag, "s" of "what's") says nothing.
    residual.push(...searchTokens(word.text).filter((t) => t.length > 1));
  });
  if (exact.length > 0 && facets.size === 0)
    return {
      concepts: [{ ids: exact, tokens: searchTokens(text) }],
      facets: [],
      words: [],
      singleTerm: true,
    };
  const singleTerm = concepts.length === 1 && facets.size === 0 && residual.length === 0;
  return { concepts, facets: [...facets], words: residual, singleTerm };
}
