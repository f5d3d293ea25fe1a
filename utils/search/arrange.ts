import type { TermIndex } from '../terms/term-index';
import type { DocWords } from './doc-words';
import { FACETS, facetsOfCategory, type FacetId } from './facets';
import { buildQaProfile, IN_ANSWER, type QaProfile, type TermLinks, type TermLinksById } from './qa-profile';
import { qaScore, termScore, weighQuery, type RankContext, type RankedWords } from './rank';
import type { QueryUnderstanding } from './understand-query';

export type HitKind = 'term' | 'qa';

/**
 * Where a hit stands in the list: the Q&A that answers a question, the term a query names (or the best term), the
 * questions linked to that term, other questions, other terms. The list shows each run of one section under its label.
 */
export type HitSection = 'answer' | 'term' | 'linked' | 'questions' | 'terms';

/** A document as the arrangement needs it. */
export interface ArrangedDoc extends RankedWords {
  kind: HitKind;
  title: string;
  answer: string;
  links?: readonly string[];
  questions?: readonly string[];
  category?: string;
}

/** A candidate from the text ranking: its score there, and whether a query word is in its names. */
export interface TextRanked<D extends ArrangedDoc> {
  d: D;
  score: number;
  nameMatch: boolean;
}

export interface Arranged<D extends ArrangedDoc> {
  d: D;
  nameMatch: boolean;
  section: HitSection;
}

/** After the best hit, questions scoring at least this share of its score are listed, at most this many. */
const QUESTION_SHARE_OF_BEST = 0.3;
const MAX_OTHER_QUESTIONS = 4;
/** Terms of a facet's category made candidates for a query with no term, and terms relating to a named one. */
const MAX_FACET_TERMS = 50;

function pushTo<K>(map: Map<K, string[]>, key: K, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const textSection = (d: ArrangedDoc): HitSection => (d.kind === 'qa' ? 'questions' : 'terms');

/**
 * Puts the candidates in the order a reader wants them. A query with no known term and no facet keeps the text
 * ranking (a name being typed). A query that is one term shows that term, then the questions linked to it, then
 * the rest. Any other query is ranked across kinds by the units it covers (./rank.ts): the best hit first (a Q&A
 * there is the answer), then the questions and the terms, each kind in one group, the better group first.
 */
const NONE: readonly string[] = [];

/**
 * Who lists each entry among its related ones (the other half of the glossary's relations), at most `max` of them
 * in glossary order. Kept as document numbers in two typed arrays, one run per term, rather than an array of ids
 * per term: at 100,000 entries those arrays were 12 MB.
 */
function relatedByOf(
  docs: readonly ArrangedDoc[],
  termDoc: ReadonlyMap<string, number>,
): (id: string, max: number) => string[] {
  const starts = new Int32Array(docs.length + 1);
  // Links to an id that is no term's (none in a merged glossary) are kept aside.
  const elsewhere = new Map<string, string[]>();
  const each = (visit: (target: number, n: number) => void) =>
    docs.forEach((d, n) => {
      if (d.kind !== 'term') return;
      for (const r of d.links ?? NONE) {
        const target = termDoc.get(r);
        if (target !== undefined) visit(target, n);
      }
    });
  each((target) => starts[target + 1]!++);
  for (let t = 0; t < docs.length; t++) starts[t + 1]! += starts[t]!;
  const by = new Int32Array(starts[docs.length]!);
  const fill = starts.slice(0, docs.length);
  each((target, n) => (by[fill[target]!++] = n));
  for (const d of docs)
    if (d.kind === 'term') for (const r of d.links ?? NONE) if (!termDoc.has(r)) pushTo(elsewhere, r, d.id);
  return (id, max) => {
    const target = termDoc.get(id);
    if (target === undefined) return (elsewhere.get(id) ?? NONE).slice(0, max);
    const from = starts[target]!;
    const to = Math.min(starts[target + 1]!, from + max);
    return Array.from(by.subarray(from, to), (n) => docs[n]!.id);
  };
}

/** A term document's links, made when asked for: 100,000 terms need no object each while nobody asks. */
class DocLinks implements TermLinks {
  constructor(
    private readonly d: ArrangedDoc,
    private readonly words: DocWords,
  ) {}

  get name() {
    return this.d.title;
  }

  get nameWords() {
    return this.words.nameWordsOf(this.d.n);
  }

  get category() {
    return this.d.category ?? '';
  }

  get related() {
    return this.d.links ?? NONE;
  }

  get questions() {
    return this.d.questions ?? NONE;
  }
}

/**
 * `termDoc`: each term's document number (terms only). `words`: the documents' words and their frequencies.
 */
export function createArranger<D extends ArrangedDoc>(
  docs: readonly D[],
  termDoc: ReadonlyMap<string, number>,
  terms: TermIndex,
  words: DocWords,
) {
  const termDocs = { get: (id: string) => docs[termDoc.get(id) ?? -1] };
  const links: TermLinksById = {
    get(id) {
      const d = termDocs.get(id);
      return d ? new DocLinks(d, words) : undefined;
    },
  };
  const linkedBy = new Map<string, string[]>();
  for (const d of docs) if (d.kind === 'term') for (const q of d.questions ?? []) pushTo(linkedBy, q, d.id);
  const qas = docs.filter((d) => d.kind === 'qa');
  const profiles = new Map<D, QaProfile>(
    qas.map((d) => [
      d,
      buildQaProfile(
        terms,
        links,
        { id: d.id, question: d.title, answer: d.answer, linked: d.links ?? [] },
        linkedBy.get(d.id) ?? [],
      ),
    ]),
  );
  const facetWeight = new Map<FacetId, number>();
  for (const f of FACETS) {
    const df = [...profiles.values()].filter((p) => p.facets.has(f.id)).length;
    facetWeight.set(f.id, Math.log(1 + qas.length / (df + 0.5)));
  }
  const ctx: RankContext = {
    links,
    words,
    documents: docs.length,
    facetWeight,
    averageQaLength: qas.reduce((n, d) => n + profiles.get(d)!.length, 0) / Math.max(1, qas.length),
  };
  // A term's facets are its category's: one list per category, not one per term.
  const facetsByCategory = new Map<string, readonly FacetId[]>();
  const facetsOf = (d: ArrangedDoc) => {
    const category = d.category ?? '';
    let facets = facetsByCategory.get(category);
    if (!facets) facetsByCategory.set(category, (facets = facetsOfCategory(category)));
    return facets;
  };

  const termsOfFacet = new Map<FacetId, string[]>();
  for (const d of docs) if (d.kind === 'term') for (const f of facetsOf(d)) pushTo(termsOfFacet, f, d.id);
  const relatedBy = relatedByOf(docs, termDoc);

  function singleTerm(u: QueryUnderstanding, text: TextRanked<D>[], typing: boolean): Arranged<D>[] {
    const ids = u.concepts[0]!.ids;
    const q = weighQuery(ctx, u, typing);
    const named = ids.flatMap((id) => {
      const d = termDocs.get(id);
      return d ? [{ d, nameMatch: true, section: 'term' as const }] : [];
    });
    const linked = qas
      .filter((d) => ids.some((id) => (profiles.get(d)!.concepts.get(id) ?? 0) >= IN_ANSWER))
      .map((d) => ({ d, score: qaScore(ctx, q, d, profiles.get(d)!) }))
      .sort((a, b) => b.score - a.score)
      .map(({ d }) => ({ d, nameMatch: true, section: 'linked' as const }));
    const shown = new Set<D>([...named, ...linked].map((a) => a.d));
    const rest = text
      .filter((t) => !shown.has(t.d))
      .map((t) => ({ d: t.d, nameMatch: t.nameMatch, section: textSection(t.d) }));
    return [...named, ...linked, ...rest];
  }

  function acrossKinds(
    u: QueryUnderstanding,
    text: TextRanked<D>[],
    typing: boolean,
    limit: number,
  ): Arranged<D>[] {
    const q = weighQuery(ctx, u, typing);
    const candidates = new Map<D, TextRanked<D>>(text.map((t) => [t.d, t]));
    const add = (id: string, nameMatch: boolean) => {
      const d = termDocs.get(id);
      if (d && !candidates.has(d)) candidates.set(d, { d, score: 0, nameMatch });
    };
    // The terms the query names and their neighbours either way ("keytruda side effects" → immune-related adverse
    // events) are candidates whatever words the text search retrieved by.
    for (const c of u.concepts)
      for (const id of c.ids) {
        add(id, true);
        for (const r of links.get(id)?.related ?? []) add(r, false);
        for (const r of relatedBy(id, MAX_FACET_TERMS)) add(r, false);
      }
    // Without a term, a facet's own terms ("side effects" → the side effects); a glossary of 100,000 entries
    // has thousands, and a keystroke scores only the first few.
    if (u.concepts.length === 0)
      for (const f of u.facets)
        for (const id of (termsOfFacet.get(f) ?? []).slice(0, MAX_FACET_TERMS)) add(id, false);
    for (const d of qas) if (!candidates.has(d)) candidates.set(d, { d, score: 0, nameMatch: false });
    const scored = [...candidates.values()]
      .map((t) => ({
        ...t,
        unit:
          t.d.kind === 'qa'
            ? qaScore(ctx, q, t.d, profiles.get(t.d)!)
            : termScore(ctx, q, t.d, facetsOf(t.d)),
      }))
      .filter((s) => s.unit > 0)
      .sort((a, b) => b.unit - a.unit || b.score - a.score);
    const [first, ...rest] = scored;
    if (!first) return [];
    const head: Arranged<D> = {
      d: first.d,
      nameMatch: first.nameMatch,
      section: first.d.kind === 'qa' ? 'answer' : 'term',
    };
    // Questions that share little with the query (a word of "cancer") would crowd out the terms: only those
    // near the best hit are listed, and a few of them, so that the terms stay in view.
    const questions = rest
      .filter((s) => s.d.kind === 'qa' && s.unit >= QUESTION_SHARE_OF_BEST * first.unit)
      .slice(0, MAX_OTHER_QUESTIONS)
      .map((s) => ({ d: s.d, nameMatch: s.nameMatch, section: 'questions' as const, unit: s.unit }));
    const terms = rest
      .filter((s) => s.d.kind === 'term')
      .slice(0, Math.max(0, limit - 1 - questions.length))
      .map((s) => ({ d: s.d, nameMatch: s.nameMatch, section: 'terms' as const, unit: s.unit }));
    // The group whose best hit ranks higher comes first.
    const groups =
      (questions[0]?.unit ?? 0) >= (terms[0]?.unit ?? 0) ? [questions, terms] : [terms, questions];
    return [head, ...groups.flat().map(({ d, nameMatch, section }) => ({ d, nameMatch, section }))];
  }

  return function arrange(
    u: QueryUnderstanding,
    text: TextRanked<D>[],
    typing: boolean,
    limit: number,
  ): Arranged<D>[] {
    if (u.singleTerm) return singleTerm(u, text, typing);
    if (u.concepts.length === 0 && u.facets.length === 0)
      return text.map((t) => ({ d: t.d, nameMatch: t.nameMatch, section: textSection(t.d) }));
    return acrossKinds(u, text, typing, limit);
  };
}
