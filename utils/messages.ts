import type { Browser } from 'wxt/browser';
import { MAX_SELECTION_CHARS, CONTEXT_WINDOW_CHARS } from './limits';

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
  /** Text around the selection, at most CONTEXT_WINDOW_CHARS each side: to widen a double-click that stopped at a hyphen and to read an acronym in its context. */
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

/** Every message between content script, extension pages and background: its request and its reply. */
export interface Protocol {
  lookup: [LookupRequest, LookupReply];
  openLookup: [OpenLookupRequest, void];
  /** Background → content script: the context menu or the shortcut asks to explain the current selection. */
  explainSelection: [{ text: string }, boolean];
  /** Popup → content script: is ImmunoLens running in this tab (tabs open before install have no script)? */
  ping: [Record<string, never>, true];
}
export type MessageType = keyof Protocol;

interface Envelope {
  immunolens: MessageType;
  data: unknown;
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && typeof (value as Envelope).immunolens === 'string';
}

/**
 * Sends a typed message: to the background (and extension pages), or with `target` to one frame of a tab.
 * Rejects when nothing there answers, which the context menu uses to detect pages without a content script.
 */
export async function sendMessage<K extends MessageType>(
  type: K,
  data: Protocol[K][0],
  target?: { tabId: number; frameId?: number },
): Promise<Protocol[K][1]> {
  const envelope: Envelope = { immunolens: type, data };
  const reply: unknown = target
    ? await browser.tabs.sendMessage(target.tabId, envelope, { frameId: target.frameId ?? 0 })
    : await browser.runtime.sendMessage(envelope);
  if (typeof reply === 'object' && reply !== null && 'error' in reply) throw new Error(String(reply.error));
  return (reply as { value: Protocol[K][1] } | undefined)?.value as Protocol[K][1];
}

type Handler<K extends MessageType> = (
  data: unknown,
  sender: Browser.runtime.MessageSender,
) => Protocol[K][1] | Promise<Protocol[K][1]>;
const handlers = new Map<MessageType, Handler<MessageType>>();
let listening = false;

/**
 * Answers one message type. The handler receives the data unchecked (`unknown`): it must validate it, since a
 * content script runs in pages that can make it send anything.
 */
export function onMessage<K extends MessageType>(type: K, handler: Handler<K>): void {
  handlers.set(type, handler as Handler<MessageType>);
  if (listening) return;
  listening = true;
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!isEnvelope(message)) return false;
    if (message.immunolens === 'ping') return (sendResponse({ value: true }), false);
    const handle = handlers.get(message.immunolens);
    if (!handle) return false;
    Promise.resolve()
      .then(() => handle(message.data, sender))
      .then(
        (value) => sendResponse({ value }),
        (error: unknown) => sendResponse({ error: String(error) }),
      );
    // Keeps the channel open for the asynchronous reply (Chrome does not take a returned promise everywhere).
    return true;
  });
}

function isShortString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** Checks a lookup request from a content script before trusting it: any page can make its frame send anything. */
export function parseLookupRequest(value: unknown): LookupRequest | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isShortString(v.text, MAX_SELECTION_CHARS)) return null;
  if (v.before !== undefined && !isShortString(v.before, CONTEXT_WINDOW_CHARS)) return null;
  if (v.after !== undefined && !isShortString(v.after, CONTEXT_WINDOW_CHARS)) return null;
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
  if ((t.kind === 'term' || t.kind === 'qa') && isShortString(t.id, 100))
    return { target: { kind: t.kind, id: t.id } };
  if (t.kind === 'query' && isShortString(t.text, MAX_SELECTION_CHARS))
    return { target: { kind: 'query', text: t.text } };
  return null;
}
