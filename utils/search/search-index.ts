import { Index } from 'flexsearch';
import { answerText, type Knowledge } from '../knowledge/knowledge';
import { MAX_QUERY_CHARS, MAX_SEARCH_RESULTS } from '../limits';
import { HARD_BREAK, normalize } from '../terms/normalize';
import { namesOf, type TermIndex } from '../terms/term-index';
import { editDistance } from './edit-distance';
import { createArranger, type HitKind, type HitSection, type TextRanked } from './arrange';
import { Postings, PostingsBuilder, type PostingsSnapshot, type Slots } from './postings';
import { DocWords, DocWordsBuilder, FieldWords, Lexicon } from './doc-words';
import { searchTokens } from './tokenize';
import { keepsSpelling, understandQuery } from './understand-query';
import { Vocabulary } from './vocabulary';

export type { HitKind, HitSection } from './arrange';

export interface SearchHit {
  kind: HitKind;
  id: string;
  title: string;
  snippet: string;
  /** A query word is (or starts) one of its names or its question, not only a word of its body text. */
  nameMatch: boolean;
  section: HitSection;
}

export interface SearchResult {
  hits: SearchHit[];
  /** The query words after typo correction, for highlighting matches in titles and snippets. */
  words: string[];
  /** Set when a query word was unknown and replaced by its nearest known word. */
  correctedQuery?: string;
}

export interface SearchIndex {
  readonly size: number;
  search(query: string, limit?: number): SearchResult;
}

/**
 * How much a query word is worth where it is found: in a name (or a question) rather than body text, and as a
 * whole word rather than the start of one. Only the word being typed (the last) is worth much as a prefix.
 */
const WORTH = {
  nameWord: 4,
  namePrefixTyping: 3,
  namePrefix: 0.5,
  bodyWord: 1,
  bodyPrefixTyping: 0.5,
  bodyPrefix: 0.1,
} as const;
/** A query that is exactly a term's name or alias (as typed, after typo correction, or without its stop words). */
const EXACT_NAME_BONUS = 100;
/** A word in more than this share of the documents is too common to find candidates by. */
const COMMON_WORD_SHARE = 0.1;
const MARKUP_TAG = /<\/?[a-z][^<>]*>/gi;
/** Candidates FlexSearch proposes for re-ranking, per result shown. */
const CANDIDATES_PER_RESULT = 6;

export interface SearchSource {
  kind: HitKind;
  id: string;
  title: string;
  names: string;
  body: string;
  snippet: string;
  /** A Q&A's linked terms; a term's related entries. */
  links?: readonly string[];
  /** A term's linked Q&A. */
  questions?: readonly string[];
  /** A term's glossary category. */
  category?: string;
}

export function sourcesOf(knowledge: Knowledge): SearchSource[] {
  return [
    ...knowledge.glossary.map((e) => ({
      kind: 'term' as const,
      id: e.id,
      title: e.name,
      // Each name's key too ("PD-L1" → pdl1), so that a name typed without its hyphen is a known word.
      names: [
        ...namesOf(e),
        ...namesOf(e)
          .map(normalize)
          .filter((k) => !k.includes(HARD_BREAK)),
      ].join(' ; '),
      body: [e.summary, e.explanation, e.inCancer ?? ''].join(' '),
      snippet: e.summary,
      links: e.related,
      questions: e.qa,
      category: e.category,
    })),
    ...knowledge.qa.map((q) => {
      const text = answerText(q);
      return {
        kind: 'qa' as const,
        id: q.id,
        title: q.question,
        names: q.question,
        body: text,
        snippet: text,
        links: q.terms,
      };
    }),
  ];
}

interface Prepared extends Omit<SearchSource, 'names' | 'body'> {
  /** Its number: where its words are in the index's `DocWords`. */
  n: number;
  /** A Q&A's answer as text (empty for a term), for the facets and words it speaks of. */
  answer: string;
}

/**
 * How well document `n` answers the query words: each word counts once, where it is worth most. `nameMatch`: some
 * word was found in its names or question.
 */
function coverage(
  docWords: DocWords,
  n: number,
  words: readonly string[],
): { score: number; nameMatch: boolean } {
  let score = 0;
  let nameMatch = false;
  words.forEach((word, i) => {
    const typing = i === words.length - 1;
    if (docWords.hasName(n, word)) score += WORTH.nameWord;
    else if (docWords.nameStarts(n, word)) score += typing ? WORTH.namePrefixTyping : WORTH.namePrefix;
    else {
      if (docWords.hasBody(n, word)) score += WORTH.bodyWord;
      else if (docWords.bodyStarts(n, word)) score += typing ? WORTH.bodyPrefixTyping : WORTH.bodyPrefix;
      return;
    }
    nameMatch = true;
  });
  return { score, nameMatch };
}

/**
 * A FlexSearch index whose posting lists come from `lookUp`. FlexSearch reads them from its `map` (a Map from key
 * to slots) and nothing else when it searches without context or a database; the test in
 * test/utils/search/postings.test.ts compares every eval keystroke with an index FlexSearch built itself, so a
 * FlexSearch release that reads its map differently fails there.
 */
function flexSearchOver(
  lookUp: (key: string) => Slots | undefined,
  tokenize: 'forward' | 'strict',
  encode: (text: string) => string[],
): Index {
  const index = new Index({ tokenize, encode });
  (index as unknown as { map: Pick<Map<string, Slots>, 'get'> }).map = { get: lookUp };
  return index;
}

function prepared(source: SearchSource, n: number): Prepared {
  return {
    n,
    kind: source.kind,
    id: source.id,
    title: source.title,
    snippet: source.snippet,
    ...(source.links ? { links: source.links } : {}),
    ...(source.questions ? { questions: source.questions } : {}),
    ...(source.category !== undefined ? { category: source.category } : {}),
    answer: source.kind === 'qa' ? source.body : '',
  };
}

/** What a search index is made of: the slow part to build, and what a snapshot holds. */
interface Parts {
  docs: Prepared[];
  words: DocWords;
  /** Per document: the word number of its title's first search word, or -1 (see `leads`). */
  titleLeads: Int32Array;
  /** Title first words that are no document's word, by document (seldom any). */
  otherLeads: Map<number, string>;
  names: Postings;
  body: Postings;
}

const partsOf = new WeakMap<SearchIndex, Parts>();

export function buildSearchIndex(sources: readonly SearchSource[], terms: TermIndex): SearchIndex {
  // Every word is kept once (the documents' sorted words, FlexSearch's keys and the vocabulary share it): at
  // 100,000 entries the copies a tokeniser makes of each word of each text took most of the heap.
  const interned = new Map<string, string>();
  const intern = (word: string) => {
    const known = interned.get(word);
    if (known !== undefined) return known;
    interned.set(word, word);
    return word;
  };
  // Each text is tokenised once, for the postings and the re-ranking.
  const tokensOf = new Map<string, string[]>();
  const tokenize = (text: string) => {
    let words = tokensOf.get(text);
    if (!words) tokensOf.set(text, (words = searchTokens(text).map(intern)));
    return words;
  };
  const namesBuilder = new PostingsBuilder();
  const bodyBuilder = new PostingsBuilder();
  const wordsBuilder = new DocWordsBuilder();
  const docs: Prepared[] = [];
  const leads: string[] = [];
  for (const source of sources) {
    const n = docs.length;
    docs.push(prepared(source, n));
    leads.push(searchTokens(source.title)[0] ?? '');
    wordsBuilder.add(tokenize(source.names), tokenize(source.body));
    namesBuilder.add(n, tokenize(source.names));
    bodyBuilder.add(n, tokenize(source.body));
    // Each text is read once, so its cached words can go.
    tokensOf.delete(source.names);
    tokensOf.delete(source.body);
  }
  tokensOf.clear();
  interned.clear();
  const words = wordsBuilder.finish();
  const titleLeads = Int32Array.from(leads, (w) => words.lexicon.numberOf(w));
  const otherLeads = new Map<number, string>();
  titleLeads.forEach((w, n) => {
    if (w < 0 && leads[n] !== '') otherLeads.set(n, leads[n]!);
  });
  return assemble(sources, terms, {
    docs,
    words,
    titleLeads,
    otherLeads,
    names: namesBuilder.finish().warmPrefixes(),
    body: bodyBuilder.finish(),
  });
}

function assemble(sources: readonly SearchSource[], terms: TermIndex, parts: Parts): SearchIndex {
  const { docs, words: docWords, titleLeads, otherLeads, names, body } = parts;
  // Only the number of sources is kept: their names and body texts (most of a glossary's text) are not needed
  // once the postings hold them, and the closure below would otherwise keep every one of them alive.
  const sourceCount = sources.length;
  const termDoc = new Map<string, number>();
  docs.forEach((d, n) => {
    if (d.kind === 'term') termDoc.set(d.id, n);
  });
  // FlexSearch intersects and ranks the posting lists (names match as prefixes while typing, body text by whole
  // words); the lists come from the compact postings instead of its own map (decision 0011).
  const namesIndex = flexSearchOver((prefix) => names.prefix(prefix), 'forward', searchTokens);
  const bodyIndex = flexSearchOver((word) => body.word(word), 'strict', searchTokens);
  const vocabulary = new Vocabulary(docWords);
  const arrange = createArranger(docs, termDoc, terms, docWords);
  const leadOf = (n: number) => docWords.lexicon.words[titleLeads[n]!] ?? otherLeads.get(n) ?? '';

  /** A known word, or the nearest one; a name's number stays with the corrected letters ("interlukin 2"). */
  function correctWord(word: string, typing: boolean): string[] | null {
    if (vocabulary.has(word) || (typing && vocabulary.hasPrefix(word))) return null;
    const m = /^([a-z]{4,})(\d.*)$/.exec(word);
    const letters = m && !vocabulary.has(m[1]!) ? vocabulary.nearest(m[1]!) : undefined;
    if (m && letters) return searchTokens(`${letters} ${m[2]}`);
    const near = vocabulary.nearest(word);
    if (near === undefined) return null;
    // A question or facet word the glossary lacks ("purpose") is kept, unless it is one slip from a known word
    // ("immunotheraphy").
    if (keepsSpelling(word) && editDistance(word, near, 1) > 1) return null;
    return [near];
  }

  function correct(words: string[]): { words: string[]; corrected: boolean } {
    let corrected = false;
    const out = words.flatMap((word, i) => {
      const fixed = correctWord(word, i === words.length - 1);
      if (!fixed) return [word];
      corrected = true;
      return fixed;
    });
    return { words: out, corrected };
  }

  function exactNames(query: string, words: readonly string[]): readonly string[] {
    // The query as typed, after typo correction, or its one remaining word once stop words are gone
    // ("what does IL-12 do").
    const spelledOut = (w: string) => w === 'interleukin' || w === 'interferon';
    const keys = [normalize(query), words.filter((w) => !spelledOut(w)).join('')];
    // Acronyms typed in lower case: "crs" is CRS, whose final S is not a plural.
    if (query.length <= 8) keys.push(normalize(query.toUpperCase()));
    return [...new Set(keys.flatMap((key) => terms.byKey.get(key)?.ids ?? []))];
  }

  /** The corrected words as a query to understand: a spelled-out name's duplicate ("interleukin il12") goes. */
  function correctedText(words: readonly string[]): string {
    return words
      .filter(
        (w, i) =>
          !(
            (w === 'interleukin' || w === 'interferon') &&
            words[i + 1]?.startsWith(w === 'interleukin' ? 'il' : 'ifn')
          ),
      )
      .join(' ');
  }

  function search(rawQuery: string, limit = MAX_SEARCH_RESULTS): SearchResult {
    // Pasted markup is not what the reader asks: its tags are not words of the query.
    const query = rawQuery.slice(0, MAX_QUERY_CHARS).replace(MARKUP_TAG, ' ');
    const typed = searchTokens(query);
    if (typed.length === 0) return { hits: [], words: [] };
    const { words, corrected } = correct(typed);
    const candidates = new Set<number>();
    // Words in a large share of the documents ("factor", "cell") find little and cost much: they count in the
    // ranking, but candidates come from the rarer words when there are any.
    const common = (w: string) => (docWords.frequency(w) ?? 0) > sourceCount * COMMON_WORD_SHARE;
    const rare = words.filter((w) => !common(w));
    const retrieve = rare.length > 0 ? rare : words;
    const options = { limit: limit * CANDIDATES_PER_RESULT, suggest: true };
    // Names first, then body text: the order FlexSearch's Document gave its fields.
    for (const index of [namesIndex, bodyIndex])
      for (const n of index.search(retrieve.join(' '), options)) candidates.add(n as number);
    const exact = exactNames(query, words);
    for (const id of exact) {
      const n = termDoc.get(id);
      if (n !== undefined) candidates.add(n);
    }

    const scored: TextRanked<Prepared>[] = [...candidates].flatMap((n) => {
      const d = docs[n];
      if (!d) return [];
      const isExact = d.kind === 'term' && exact.includes(d.id);
      const { score, nameMatch } = coverage(docWords, n, words);
      return [{ d, score: (isExact ? EXACT_NAME_BONUS : 0) + score, nameMatch: nameMatch || isExact }];
    });
    // Equal scores: a title that starts with the word being typed, then the shorter title, is the closer
    // completion ("immunoth" → Immunotherapy before BCG therapy; "macroph" → Macrophage before M-CSF).
    const typingWord = words.at(-1) ?? '';
    const leads = (d: Prepared) => (leadOf(d.n).startsWith(typingWord) ? 0 : 1);
    scored.sort(
      (a, b) => b.score - a.score || leads(a.d) - leads(b.d) || a.d.title.length - b.d.title.length,
    );
    const typing = !/\s$/.test(query);
    const understood = understandQuery(terms, corrected ? correctedText(words) : query, typing, exact);
    const hits = arrange(
      understood,
      scored.filter((s) => s.score > 0),
      typing,
      limit,
    )
      .slice(0, limit)
      .map(({ d, nameMatch, section }) => ({
        kind: d.kind,
        id: d.id,
        title: d.title,
        snippet: d.snippet,
        nameMatch,
        section,
      }));
    return corrected ? { hits, words, correctedQuery: words.join(' ') } : { hits, words };
  }

  const index: SearchIndex = { size: sourceCount, search };
  partsOf.set(index, parts);
  return index;
}

/**
 * A search index as plain values for IndexedDB (structured clone): every word once, each document's sorted words
 * as numbers into them, and both fields' postings, all strings and typed arrays. It is restored against the same
 * sources (the knowledge it was built from), which hold the titles, snippets and links.
 */
export interface SearchIndexSnapshot {
  readonly kind: 'immunolens-search-index';
  readonly version: number;
  /** The documents' kind:id, joined by "\u0000": a snapshot of other sources is not restored. */
  readonly uids: string;
  /** Every word the documents hold, sorted, joined by "\u0000". */
  readonly words: string;
  /** Per document: its name words, then its body words, as word numbers; where each document's start. */
  readonly nameWords: Int32Array;
  readonly nameStarts: Int32Array;
  readonly bodyWords: Int32Array;
  readonly bodyStarts: Int32Array;
  /** Per document: the word number of its title's first word, or -1. */
  readonly titleLeads: Int32Array;
  readonly names: PostingsSnapshot;
  readonly body: PostingsSnapshot;
}

export const SEARCH_INDEX_VERSION = 1;

const uidsOf = (sources: readonly { kind: string; id: string }[]) =>
  sources.map((s) => `${s.kind}:${s.id}`).join('\u0000');

export function serializeSearchIndex(index: SearchIndex): SearchIndexSnapshot | null {
  const parts = partsOf.get(index);
  if (!parts) return null;
  const { words } = parts;
  return {
    kind: 'immunolens-search-index',
    version: SEARCH_INDEX_VERSION,
    uids: uidsOf(parts.docs),
    words: words.lexicon.words.join('\u0000'),
    nameWords: words.names.words,
    nameStarts: words.names.starts,
    bodyWords: words.body.words,
    bodyStarts: words.body.starts,
    titleLeads: parts.titleLeads,
    names: parts.names.snapshot(),
    body: parts.body.snapshot(),
  };
}

/**
 * The index a snapshot was made from, answering exactly as it did, over the same `sources` and `terms`; null when
 * the snapshot is of another version, of other sources, or damaged (the caller builds instead). Its typed arrays
 * are used as they come, not copied.
 */
export function restoreSearchIndex(
  snapshot: unknown,
  sources: readonly SearchSource[],
  terms: TermIndex,
): SearchIndex | null {
  if (typeof snapshot !== 'object' || snapshot === null) return null;
  const s = snapshot as Partial<SearchIndexSnapshot>;
  if (s.kind !== 'immunolens-search-index' || s.version !== SEARCH_INDEX_VERSION) return null;
  const { nameWords, nameStarts, bodyWords, bodyStarts, titleLeads } = s;
  if (
    typeof s.uids !== 'string' ||
    typeof s.words !== 'string' ||
    !(nameWords instanceof Int32Array) ||
    !(nameStarts instanceof Int32Array) ||
    !(bodyWords instanceof Int32Array) ||
    !(bodyStarts instanceof Int32Array) ||
    !(titleLeads instanceof Int32Array)
  )
    return null;
  if (s.uids !== uidsOf(sources)) return null;
  const count = sources.length;
  const words = s.words === '' ? [] : s.words.split('\u0000');
  for (let i = 1; i < words.length; i++) if (!(words[i - 1]! < words[i]!)) return null;
  if (
    !FieldWords.valid(nameWords, nameStarts, count, words.length) ||
    !FieldWords.valid(bodyWords, bodyStarts, count, words.length) ||
    titleLeads.length !== count ||
    titleLeads.some((w) => w < -1 || w >= words.length)
  )
    return null;
  // One string per word across the documents' words, both fields' postings and the vocabulary.
  const canonical = new Map<string, string>();
  for (const w of words) canonical.set(w, w);
  const intern = (w: string) => canonical.get(w) ?? w;
  const names = Postings.restore(s.names, count, intern);
  const body = Postings.restore(s.body, count, intern);
  canonical.clear();
  if (!names || !body) return null;
  const docWords = new DocWords(
    new Lexicon(words),
    new FieldWords(nameWords, nameStarts),
    new FieldWords(bodyWords, bodyStarts),
  );
  // A title's first word is nearly always one of its names' words; the rest are tokenised again.
  const otherLeads = new Map<number, string>();
  titleLeads.forEach((w, n) => {
    const lead = w < 0 ? (searchTokens(sources[n]!.title)[0] ?? '') : '';
    if (lead !== '') otherLeads.set(n, lead);
  });
  const docs = sources.map((source, n) => prepared(source, n));
  return assemble(sources, terms, {
    docs,
    words: docWords,
    titleLeads,
    otherLeads,
    names: names.warmPrefixes(),
    body,
  });
}
