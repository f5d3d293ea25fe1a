import type { FacetId } from './facets';
import { IN_ANSWER, NEARBY, type QaProfile, type TermLinksById } from './qa-profile';
import type { DocWords } from './doc-words';
import type { Concept, QueryUnderstanding } from './understand-query';

/**
 * Ranking across kinds. A query is a set of units (its concepts, facets and other words), each weighted by how
 * rare it is (IDF: "cancer" is in nearly every entry, "lymphopenia" in a few). A document scores the sum of the
 * weights of the units it covers, times how strongly it covers each, so a Q&A that covers every concept and the
 * facet of a question outranks a term that matches one of its words.
 */
export interface RankContext {
  links: TermLinksById;
  /** Every document's words, and the documents each search token is in; how many documents there are. */
  words: DocWords;
  documents: number;
  facetWeight: ReadonlyMap<FacetId, number>;
  averageQaLength: number;
}

/** What a document gives the ranking: its id and its number, whose name (or question) and body words are in `words`. */
export interface RankedWords {
  id: string;
  n: number;
}

/** A word without a known term means less than a term: half its IDF. */
const WORD_SHARE = 0.5;
/** The word being typed, matched as the start of a word. */
const PREFIX_SHARE = 0.6;
/** Concept strength for a term that is related to it, or that mentions it in its text. */
const TERM_RELATED = 0.4;
const TERM_MENTIONS = 0.3;
/** A term of a facet's category (a side effect, a therapy). */
const TERM_FACET = 0.5;
/** BM25's term-frequency saturation and length normalisation. */
const BM25_K1 = 1.2;
const BM25_B = 0.75;

const idf = (ctx: RankContext, df: number) => Math.log(1 + ctx.documents / (df + 0.5));
const spelledOut = (t: string) => t === 'interleukin' || t === 'interferon';

/** A query's units with their weights, computed once per query rather than once per candidate. */
export interface WeighedQuery {
  concepts: { concept: Concept; weight: number }[];
  facets: { facet: FacetId; weight: number }[];
  words: { word: string; weight: number; prefix: boolean }[];
}

/** A concept is as rare as its rarest word. */
export function conceptWeight(ctx: RankContext, c: Concept): number {
  let df = ctx.documents;
  for (const t of c.tokens) if (!spelledOut(t)) df = Math.min(df, ctx.words.frequency(t) ?? 0);
  return idf(ctx, df);
}

/** `typing`: the last word is still being typed, and matches as the start of a word. */
export function weighQuery(ctx: RankContext, u: QueryUnderstanding, typing: boolean): WeighedQuery {
  return {
    concepts: u.concepts.map((concept) => ({ concept, weight: conceptWeight(ctx, concept) })),
    facets: u.facets.map((facet) => ({ facet, weight: ctx.facetWeight.get(facet) ?? 0 })),
    words: u.words.map((word, i) => ({
      word,
      weight: WORD_SHARE * idf(ctx, ctx.words.frequency(word) ?? 0),
      prefix: typing && i === u.words.length - 1,
    })),
  };
}

/** Whether the glossary puts concept `id` next to what `profile` speaks of. */
function isNear(ctx: RankContext, id: string, profile: QaProfile): boolean {
  if (profile.near.has(id)) return true;
  const links = ctx.links.get(id);
  if (!links) return false;
  return profile.concepts.has(links.category) || links.related.some((r) => profile.concepts.has(r));
}

function conceptInQa(ctx: RankContext, c: Concept, profile: QaProfile): number {
  let best = 0;
  for (const id of c.ids) {
    const strength = profile.concepts.get(id) ?? (isNear(ctx, id, profile) ? NEARBY : 0);
    best = Math.max(best, strength);
  }
  return best;
}

function wordInQa(ctx: RankContext, word: string, prefix: boolean, qa: RankedWords, profile: QaProfile) {
  const { words } = ctx;
  if (words.hasName(qa.n, word)) return 1;
  const tf = profile.counts.get(word) ?? 0;
  if (tf > 0) {
    const norm = BM25_K1 * (1 - BM25_B + (BM25_B * profile.length) / ctx.averageQaLength);
    return (IN_ANSWER * ((tf * (BM25_K1 + 1)) / (tf + norm) / (BM25_K1 + 1) + 0.5)) / 1.5;
  }
  if (profile.linkedWords.has(word)) return NEARBY;
  if (prefix && (words.nameStarts(qa.n, word) || words.bodyStarts(qa.n, word))) return PREFIX_SHARE;
  return 0;
}

/**
 * A Q&A's facets count as far as it is about the query's concepts: the side effects of IL-12 do not answer
 * "tnf side effects".
 */
export function qaScore(ctx: RankContext, q: WeighedQuery, qa: RankedWords, profile: QaProfile): number {
  let score = 0;
  let conceptWeights = 0;
  for (const { concept, weight } of q.concepts) {
    score += weight * conceptInQa(ctx, concept, profile);
    conceptWeights += weight;
  }
  const aboutConcepts = conceptWeights > 0 ? score / conceptWeights : 1;
  for (const { facet, weight } of q.facets)
    score += aboutConcepts * weight * (profile.facets.get(facet) ?? 0);
  for (const { word, weight, prefix } of q.words) score += weight * wordInQa(ctx, word, prefix, qa, profile);
  return score;
}

function conceptInTerm(ctx: RankContext, c: Concept, term: RankedWords): number {
  if (c.ids.includes(term.id)) return 1;
  const links = ctx.links.get(term.id);
  const related = c.ids.some(
    (id) =>
      links?.related.includes(id) ||
      links?.category === id ||
      ctx.links.get(id)?.related.includes(term.id) ||
      ctx.links.get(id)?.category === term.id,
  );
  if (related) return TERM_RELATED;
  const mentions =
    c.tokens.length > 0 &&
    c.tokens.every((t) => ctx.words.hasBody(term.n, t) || ctx.words.hasName(term.n, t));
  return mentions ? TERM_MENTIONS : 0;
}

function wordInTerm(words: DocWords, word: string, prefix: boolean, term: RankedWords): number {
  if (words.hasName(term.n, word)) return 1;
  if (words.hasBody(term.n, word)) return 0.5;
  if (prefix && words.nameStarts(term.n, word)) return PREFIX_SHARE;
  if (prefix && words.bodyStarts(term.n, word)) return 0.3;
  return 0;
}

export function termScore(
  ctx: RankContext,
  q: WeighedQuery,
  term: RankedWords,
  facetsOfTerm: readonly FacetId[],
): number {
  let score = 0;
  for (const { concept, weight } of q.concepts) score += weight * conceptInTerm(ctx, concept, term);
  for (const { facet, weight } of q.facets) if (facetsOfTerm.includes(facet)) score += weight * TERM_FACET;
  for (const { word, weight, prefix } of q.words) score += weight * wordInTerm(ctx.words, word, prefix, term);
  return score;
}
