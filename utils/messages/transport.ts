/**
 * Sends and answers the messages of the protocol tables (to-background.ts, to-page.ts, from-extension-page.ts).
 * Every message travels as `{ immunolens: type, data }` and is answered with `{ value }` or `{ error }`.
 */
import { browser, type Browser } from 'wxt/browser';
import type { BackupFromExtensionPage } from './backup';
import type { FromExtensionPage } from './from-extension-page';
import type { PacksFromExtensionPage } from './packs';
import type { StudyFromExtensionPage, StudyFromPage } from './study';
import type { ToBackground } from './to-background';
import type { ToPage } from './to-page';
import type { ToPanel } from './to-panel';

/** A protocol table: each message type's request and reply. */
export type Table<T> = { [K in keyof T]: [unknown, unknown] };
/** For each message type, the parser that turns untrusted data into its request, or null. */
export type Parsers<T extends Table<T>> = { [K in keyof T]: (data: unknown) => T[K][0] | null };
export type Handlers<T extends Table<T>> = {
  [K in keyof T]: (request: T[K][0], sender: Browser.runtime.MessageSender) => T[K][1] | Promise<T[K][1]>;
};

interface Envelope {
  immunolens: string;
  data: unknown;
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && typeof (value as Envelope).immunolens === 'string';
}

function unwrap(reply: unknown, type: string): unknown {
  if (typeof reply !== 'object' || reply === null) throw new Error(`no answer to ${type}`);
  if ('error' in reply) throw new Error(String(reply.error));
  return (reply as { value: unknown }).value;
}

/** Every message the background answers. */
export type ToBackgroundAll = ToBackground &
  FromExtensionPage &
  StudyFromPage &
  StudyFromExtensionPage &
  BackupFromExtensionPage &
  PacksFromExtensionPage;

/** Sends a message to the background. Rejects when nothing answers or the handler failed. */
export async function sendToBackground<K extends keyof ToBackgroundAll>(
  type: K,
  data: ToBackgroundAll[K][0],
): Promise<ToBackgroundAll[K][1]> {
  const envelope: Envelope = { immunolens: type, data };
  return unwrap(await browser.runtime.sendMessage(envelope), type) as ToBackgroundAll[K][1];
}

/**
 * Tells the extension's pages (the side panel) something from a content script, expecting no reply: the
 * background gets it too and leaves it to them, and when no panel is open nothing happens.
 */
export function notifyPanel<K extends keyof ToPanel>(type: K, data: ToPanel[K][0]): void {
  browser.runtime.sendMessage({ immunolens: type, data } satisfies Envelope).catch(() => {});
}

/**
 * Sends a message to the content script of one frame (frame 0, the top, by default), or with `frameId: 'every'`
 * to every frame of the tab, where the first frame to answer gives the reply. Rejects when none answers.
 */
export async function sendToFrame<K extends keyof ToPage>(
  target: { tabId: number; frameId?: number | 'every' },
  type: K,
  data: ToPage[K][0],
): Promise<ToPage[K][1]> {
  const envelope: Envelope = { immunolens: type, data };
  const reply: unknown =
    target.frameId === 'every'
      ? await browser.tabs.sendMessage(target.tabId, envelope)
      : await browser.tabs.sendMessage(target.tabId, envelope, { frameId: target.frameId ?? 0 });
  return unwrap(reply, type) as ToPage[K][1];
}

function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

type Listener = (
  message: unknown,
  sender: Browser.runtime.MessageSender,
  sendResponse: (reply: unknown) => void,
) => boolean;
let registered: Listener | null = null;

/**
 * Answers the messages of one context, each parsed before its handler runs; a message that does not parse is
 * answered with an error. `extensionOnly` names the types accepted only from the extension's own pages.
 * `answers` may say, synchronously, that this context leaves a request unanswered: a message sent to every frame
 * of a tab is answered by the first frame that replies, so frames it is not meant for keep quiet.
 * A context registers once: a second registration throws, so no handler silently replaces another.
 */
export function onMessages<T extends Table<T>>(
  parsers: Parsers<T>,
  handlers: Handlers<T>,
  options: {
    extensionOnly?: readonly (keyof T)[];
    answers?: { [K in keyof T]?: (request: T[K][0]) => boolean };
  } = {},
): void {
  if (registered && browser.runtime.onMessage.hasListener(registered))
    throw new Error('ImmunoLens: this context registered its message handlers twice');
  const listener: Listener = (message, sender, sendResponse) => {
    if (!isEnvelope(message) || !Object.hasOwn(parsers, message.immunolens)) return false;
    const type = message.immunolens as keyof T & string;
    const request = parsers[type](message.data);
    if (request === null || (options.extensionOnly?.includes(type) && !fromExtensionPage(sender))) {
      sendResponse({ error: `ImmunoLens: refused a malformed ${type} message` });
      return false;
    }
    if (options.answers?.[type]?.(request) === false) return false;
    Promise.resolve()
      .then(() => handlers[type](request, sender))
      .then(
        (value) => sendResponse({ value }),
        (error: unknown) => sendResponse({ error: String(error) }),
      );
    // Keeps the channel open for the asynchronous reply (Chrome does not take a returned promise everywhere).
    // Keep the channel open for the async reply: docs/browser-quirks.md#chrome-onmessage-promise-reply
    return true;
  };
  registered = listener;
  browser.runtime.onMessage.addListener(listener);
}
