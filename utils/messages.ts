import { defineExtensionMessaging } from '@webext-core/messaging';
import { MAX_SELECTION_CHARS, WIDEN_CONTEXT_CHARS } from './limits';

/** What a bubble needs to show one term; the content script holds no other knowledge. */
export interface TermCard {
  id: string;
  name: string;
  short?: string;
  category: string;
  summary: string;
  inCancer?: string;
  questions: { id: string; question: string }[];
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

export interface LookupRequest {
  /** The selected text, capped at MAX_SELECTION_CHARS. */
  text: string;
  /** A few characters around the selection, to widen a double-click that stopped at a hyphen. */
  before?: string;
  after?: string;
  /** Context menu or shortcut: answer even when nothing matches. */
  explicit: boolean;
}

export interface LookupReply {
  /** The selection widened to the whole term it sits in, relative to `text` (negative start: reaches into `before`). */
  widened: { start: number; end: number };
  /** Known terms in reading order, each once. */
  terms: FoundTerm[];
  /** Only for an explicit request with no term: what full-text search found instead. */
  suggestions: Suggestion[];
}

export interface OpenLookupRequest {
  /** `term/ID`, `qa/ID`, or a query. */
  target: { kind: 'term' | 'qa'; id: string } | { kind: 'query'; text: string };
}

interface ProtocolMap {
  lookup(request: LookupRequest): LookupReply;
  openLookup(request: OpenLookupRequest): void;
  /** Background → content script: the context menu or the shortcut asks to explain the current selection. */
  explainSelection(request: { text: string }): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

function isShortString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** Checks a lookup request from a content script before trusting it: any page can make its frame send anything. */
export function parseLookupRequest(value: unknown): LookupRequest | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isShortString(v.text, MAX_SELECTION_CHARS)) return null;
  if (v.before !== undefined && !isShortString(v.before, WIDEN_CONTEXT_CHARS)) return null;
  if (v.after !== undefined && !isShortString(v.after, WIDEN_CONTEXT_CHARS)) return null;
  return {
    text: v.text,
    before: v.before as string | undefined,
    after: v.after as string | undefined,
    explicit: v.explicit === true,
  };
}

export function parseOpenLookupRequest(value: unknown): OpenLookupRequest | null {
  if (typeof value !== 'object' || value === null) return null;
  const target = (value as { target?: unknown }).target;
  if (typeof target !== 'object' || target === null) return null;
  const t = target as Record<string, unknown>;
  if ((t.kind === 'term' || t.kind === 'qa') && isShortString(t.id, 100)) return { target: { kind: t.kind, id: t.id } };
  if (t.kind === 'query' && isShortString(t.text, MAX_SELECTION_CHARS)) return { target: { kind: 'query', text: t.text } };
  return null;
}
