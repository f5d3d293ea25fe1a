/// <reference types="chrome" />
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from './chromium';

/**
 * The extension's real toolbar popup, driven over DevTools: Playwright does not attach to extension popups
 * (docs/browser-quirks.md#playwright-no-extension-popup).
 */
export interface ActionPopup {
  /** Runs `fn` in the popup's page and returns its (JSON) result. `fn` must not refer to anything outside it. */
  evaluate<R, A = null>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** A key the popup's focused element receives, as from the keyboard. */
  press(key: keyof typeof KEYS): Promise<void>;
  /** Types text into the focused element. */
  type(text: string): Promise<void>;
  /** Whether the popup is still open. */
  isOpen(): Promise<boolean>;
  /** Sends a DevTools command to the popup's page. */
  send(method: string, params?: object): Promise<Record<string, unknown>>;
  /** Exceptions and console errors in the popup since it was attached. */
  errors: string[];
  /** Closes the popup (as a click elsewhere would) if it is still open. */
  close(): Promise<void>;
}

const KEYS = {
  Escape: 27,
  Enter: 13,
  ArrowDown: 40,
  ArrowUp: 38,
} as const;

interface RemoteReply {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
}

async function popupTargets(session: CDPSession, url: string): Promise<string[]> {
  const { targetInfos } = await session.send('Target.getTargets');
  return targetInfos.filter((t) => t.type === 'page' && t.url === url).map((t) => t.targetId);
}

/**
 * Clicks ImmunoLens's toolbar button in the tab showing `page`, as a reader would: DevTools'
 * `Extensions.triggerAction` (allowed over Playwright's pipe connection) opens the real popup, and the browser
 * grants activeTab for that tab, so the popup sees the tab's address. `page`'s URL must be unique among tabs.
 */
export async function openActionPopup(browser: ExtensionBrowser, page: Page): Promise<ActionPopup> {
  const owner = browser.context.browser();
  if (!owner) throw new Error('no browser behind the context');
  const session = await owner.newBrowserCDPSession();
  const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;

  const { targetInfos: tabs } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const mine = tabs.filter((t) => t.url === page.url());
  if (mine.length !== 1) throw new Error(`${mine.length} tabs show ${page.url()}`);
  const before = new Set(await popupTargets(session, popupUrl));
  await session.send('Extensions.triggerAction', { id: browser.extensionId, targetId: mine[0]!.targetId });

  let targetId = '';
  await expect
    .poll(
      async () => {
        targetId = (await popupTargets(session, popupUrl)).find((id) => !before.has(id)) ?? '';
        return targetId;
      },
      { timeout: 5_000 },
    )
    .not.toBe('');

  const { sessionId } = await session.send('Target.attachToTarget', { targetId, flatten: false });
  let lastId = 0;
  const pending = new Map<number, (reply: RemoteReply) => void>();
  const errors: string[] = [];
  session.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as RemoteReply;
    if (message.id !== undefined) {
      pending.get(message.id)?.(message);
      pending.delete(message.id);
    } else if (message.method === 'Runtime.exceptionThrown') {
      errors.push(`popup: ${JSON.stringify(message.params?.exceptionDetails)}`);
    } else if (message.method === 'Runtime.consoleAPICalled' && message.params?.type === 'error') {
      errors.push(`popup: console: ${JSON.stringify(message.params.args)}`);
    } else if (message.method === 'Log.entryAdded') {
      const entry = message.params?.entry as { level?: string; text?: string } | undefined;
      if (entry?.level === 'error') errors.push(`popup: log: ${entry.text}`);
    }
  });
  // A popup that closes (window.close on Escape) answers nothing more: fail what waits for it.
  session.on('Target.detachedFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    for (const [id, settle] of pending) settle({ id, error: { message: 'the popup closed' } });
    pending.clear();
  });
  const send = (method: string, params: object = {}) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, (reply) =>
        reply.error ? reject(new Error(reply.error.message)) : resolve(reply.result!),
      );
      session
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch((error: unknown) => {
          pending.delete(id);
          reject(error instanceof Error ? error : new Error(String(error)));
        });
    });
  await send('Runtime.enable');
  await send('Log.enable');

  const isOpen = async () => (await popupTargets(session, popupUrl)).includes(targetId);
  const popup: ActionPopup = {
    errors,
    send,
    async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
      const reply = await send('Runtime.evaluate', {
        expression: `(${fn.toString()})(${JSON.stringify(arg ?? null)})`,
        awaitPromise: true,
        returnByValue: true,
        userGesture: true,
      });
      if (reply.exceptionDetails) throw new Error(`in the popup: ${JSON.stringify(reply.exceptionDetails)}`);
      return (reply.result as { value: R }).value;
    },
    async press(key) {
      const event = { key, code: key, windowsVirtualKeyCode: KEYS[key], nativeVirtualKeyCode: KEYS[key] };
      // A key that closes the popup leaves no one to answer, or to receive its release.
      const closed = () => isOpen().then((open) => !open);
      await send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...event }).catch(async (error: unknown) => {
        if (!(await closed())) throw error;
      });
      await send('Input.dispatchKeyEvent', { type: 'keyUp', ...event }).catch(() => undefined);
    },
    async type(text) {
      await send('Input.insertText', { text });
    },
    isOpen,
    async close() {
      if (await isOpen()) await session.send('Target.closeTarget', { targetId }).catch(() => undefined);
      await expect.poll(isOpen).toBe(false);
      await session.detach().catch(() => undefined);
    },
  };
  // The popup has loaded once its search box has focus: it builds its indexes first, which took over the poll's
  // default second on this shared machine (load average 11).
  await expect
    .poll(
      () => popup.evaluate(() => document.activeElement?.getAttribute('role') ?? null).catch(() => null),
      {
        timeout: 5_000,
      },
    )
    .toBe('combobox');
  return popup;
}
