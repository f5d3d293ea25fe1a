import { Document } from 'flexsearch';
import { answerText, type Knowledge } from '../knowledge/knowledge';
import { MAX_QUERY_CHARS, MAX_SEARCH_RESULTS } from '../limits';
import { normalize } from '../terms/normalize';
import { namesOf, type TermIndex } from '../terms/term-index';
import { searchTokens } from './tokenize';
import { Vocabulary } from './vocabulary';

export type HitKind = 'term' | 'qa';

export interface SearchHit {
  kind: HitKind;
  id: string;
  title: string;
  snippet: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /** The query words after typo correction, for highlighting matches in titles and snippets. */
  words: string[];
  /** Set when a query word was unknown and replaced by its nearest known word. */
  correctedQuery?: string;
}

interface IndexedDoc {
  [key: string]: string;
  uid: string;
  names: string;
  body: string;
}

export interface SearchIndex {
  readonly size: number;
  search(query: string, limit?: number): SearchResult;
}

/** Names and questions outrank body text. */
const FIELD_WEIGHT = { names: 4, body: 1 } as const;
/** A query that is exactly a term's name or alias puts that term first. */
const EXACT_NAME_BONUS = 100;

export interface SearchSource {
  kind: HitKind;
  id: string;
  title: string;
  names: string;
  body: string;
  snippet: string;
}

export function sourcesOf(knowledge: Knowledge): SearchSource[] {
  return [
    ...knowledge.glossary.map((e) => ({
      kind: 'term' as const,
      id: e.id,
      title: e.name,
      names: namesOf(e).join(' ; '),
      body: [e.summary, e.explanation, e.inCancer ?? ''].join(' '),
      snippet: e.summary,
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
      };
    }),
  ];
}

export function buildSearchIndex(sources: readonly SearchSource[], terms: TermIndex): SearchIndex {
  const encode = (text: string) => searchTokens(text);
  const doc = new Document<IndexedDoc>({
    document: {
      id: 'uid',
      index: [
        { field: 'names', tokenize: 'forward', encode },
        { field: 'body', tokenize: 'forward', encode },
      ],
    },
  });
  const byUid = new Map<string, SearchSource>();
  const frequency = new Map<string, number>();
  for (const source of sources) {
    const uid = `${source.kind}:${source.id}`;
    byUid.set(uid, source);
    doc.add({ uid, names: source.names, body: source.body });
    for (const word of searchTokens(source.names + ' ' + source.body))
      frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const vocabulary = new Vocabulary(frequency);

  function correct(words: string[]): { words: string[]; corrected: boolean } {
    let corrected = false;
    const out = words.map((word, i) => {
      const isLast = i === words.length - 1;
      // The word being typed only needs to start a known word.
      if (vocabulary.has(word) || (isLast && vocabulary.hasPrefix(word))) return word;
      const near = vocabulary.nearest(word);
      if (near === undefined) return word;
      corrected = true;
      return near;
    });
    return { words: out, corrected };
  }

  function search(rawQuery: string, limit = MAX_SEARCH_RESULTS): SearchResult {
    const query = rawQuery.slice(0, MAX_QUERY_CHARS);
    const typed = searchTokens(query);
    if (typed.length === 0) return { hits: [], words: [] };
    const { words, corrected } = correct(typed);
    const scores = new Map<string, number>();
    const add = (uid: string, score: number) => scores.set(uid, (scores.get(uid) ?? 0) + score);

    for (const id of terms.byKey.get(normalize(query))?.ids ?? []) add(`term:${id}`, EXACT_NAME_BONUS);
    const fieldResults = doc.search(words.join(' '), { limit: limit * 4, suggest: true });
    for (const { field, result } of fieldResults) {
      const weight = FIELD_WEIGHT[field as keyof typeof FIELD_WEIGHT] ?? 1;
      result.forEach((uid, rank) => add(String(uid), weight / (1 + rank * 0.25)));
    }
    const hits = [...scores]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .flatMap(([uid]) => {
        const s = byUid.get(uid);
        return s ? [{ kind: s.kind, id: s.id, title: s.title, snippet: s.snippet }] : [];
      });
    return corrected ? { hits, words, correctedQuery: words.join(' ') } : { hits, words };
  }

  return { size: sources.length, search };
}
