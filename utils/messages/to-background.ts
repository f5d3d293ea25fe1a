/**
 * Messages a content script sends to the background, with their replies. Any page can make its frames send
 * anything, so each request is parsed before its handler sees it.
 */
import { CONTEXT_WINDOW_CHARS, MAX_ID_CHARS, MAX_PAGE_CHUNK_CHARS, MAX_SELECTION_CHARS } from '../limits';
import { fieldsOf, isOptionalText, isText } from './parse';

/** What a bubble needs to show one term; the content script holds no other knowledge. */
export interface TermCard {
  id: string;
  name: string;
  short?: string;
  category: string;
  summary: string;
  inCancer?: string;
  questions: { id: string; question: string }[];
  /** The glossary pack the entry comes from (absent for the bundled glossary). */
  pack?: string;
  /** The pack's entry replaces and extends a bundled entry of the same id. */
  overrides?: boolean;
}

export interface FoundTerm {
  /** Offsets in the text that was sent (selection with its context), end exclusive. */
  start: number;
  end: number;
  term: TermCard;
}

export interface Suggestion {
  kind: 'term' | 'qa';
  id: string;
  title: string;
}

/** A selection to explain: its text and the text around it. */
export interface ExplainRequest {
  /** The selected text, capped at MAX_SELECTION_CHARS. */
  text: string;
  /** Up to CONTEXT_WINDOW_CHARS of text before and after the selection (widening, context rules). */
  before?: string;
  after?: string;
  /** Context menu or shortcut: answer even when nothing matches. */
  explicit: boolean;
}

/** The answer to an ExplainRequest. */
export interface Explanation {
  /** The selection widened to the whole term it sits in, relative to `text` (negative start: reaches into `before`). */
  widened: { start: number; end: number };
  /** Known terms in reading order, each once. */
  terms: FoundTerm[];
  /** Only for an explicit request with no term: what full-text search found instead. */
  suggestions: Suggestion[];
}

/** What the full view page (lookup.html) opens on: an entry, a question, or a search. */
export type FullViewTarget = { kind: 'term' | 'qa'; id: string } | { kind: 'query'; text: string };

/** A known term's use in a chunk of page text: offsets in that chunk, end exclusive, and the entry it names. */
export interface PageTermUse {
  start: number;
  end: number;
  id: string;
}

/** Page → background: every message and its reply. */
export interface ToBackground {
  /** Recognise the terms of a selection. */
  explain: [ExplainRequest, Explanation];
  /** Open the full view page in a tab beside the sender's; at most one a second for each tab. */
  openFullView: [{ target: FullViewTarget }, 'opened' | 'too soon'];
  /**
   * Every known term's uses in a chunk of a page's visible text (the side panel's list), in reading order; a name
   * that often means something else counts only where the text around it supports it.
   */
  recognizePageText: [{ text: string }, { uses: PageTermUse[] }];
}

export function parseExplainRequest(value: unknown): ExplainRequest | null {
  const v = fieldsOf(value);
  if (!v || !isText(v.text, MAX_SELECTION_CHARS)) return null;
  if (!isOptionalText(v.before, CONTEXT_WINDOW_CHARS) || !isOptionalText(v.after, CONTEXT_WINDOW_CHARS))
    return null;
  if (v.explicit !== undefined && typeof v.explicit !== 'boolean') return null;
  return { text: v.text, before: v.before, after: v.after, explicit: v.explicit === true };
}

export function parseFullViewTarget(value: unknown): FullViewTarget | null {
  const t = fieldsOf(value);
  if (!t) return null;
  if ((t.kind === 'term' || t.kind === 'qa') && isText(t.id, MAX_ID_CHARS)) return { kind: t.kind, id: t.id };
  if (t.kind === 'query' && isText(t.text, MAX_SELECTION_CHARS)) return { kind: 'query', text: t.text };
  return null;
}

export function parseOpenFullView(value: unknown): ToBackground['openFullView'][0] | null {
  const target = parseFullViewTarget(fieldsOf(value)?.target);
  return target ? { target } : null;
}

export function parseRecognizePageText(value: unknown): ToBackground['recognizePageText'][0] | null {
  const v = fieldsOf(value);
  return v && isText(v.text, MAX_PAGE_CHUNK_CHARS) ? { text: v.text } : null;
}

export const TO_BACKGROUND = {
  explain: parseExplainRequest,
  openFullView: parseOpenFullView,
  recognizePageText: parseRecognizePageText,
};
