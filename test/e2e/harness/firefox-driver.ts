/**
 * The scenarios' view of Firefox with the extension, on top of `launchFirefox` (puppeteer-core over WebDriver BiDi).
 *
 * BiDi sees web pages only: not the background page, not content scripts. What the scenarios need from those runs
 * in Firefox's parent process instead, through BiDi's evaluation in the browser window, which
 * `--remote-allow-system-access` opens to the harness:
 * - that the content script has started in a document: its context in `ParentAPIManager.proxyContexts`;
 * - stopping the background: what about:debugging's "Terminate background script" does;
 * - the extension's network requests: an observer of every HTTP channel, in every process;
 * - Firefox's own keys and context menu (firefox-browser-ui.ts): the extension's shortcut pressed in the browser
 *   window, and its item chosen from the page's real context menu.
 * These lean on Firefox internals (ExtensionParent, the remote agent's NavigableManager) that hold in ESR 153;
 * a later Firefox that moves them fails these calls loudly rather than passing quietly.
 * See docs/browser-quirks.md#bidi-sees-web-pages-only and #content-script-starts-after-load.
 */
import type { Frame, Page } from 'puppeteer-core';
import { waitUntil, type BrowserDriver, type DocumentDriver, type PageDriver, type Point } from './driver';
import { documentOf, inputOf, pageDriverOf, writeStoredSettings } from './library-page';
import { EXTENSION_ID, EXTENSION_ORIGIN, launchFirefox, type FirefoxExtensionBrowser } from './firefox';
import {
  activateContextMenuItem,
  browserTabs,
  contextMenuElementId,
  pressShortcutInTab,
  type BrowserTab,
} from './firefox-browser-ui';
import {
  collectExtensionRequests,
  contentScriptStarted,
  reportChannelsFromExtensionScripts,
  terminateBackground,
} from './firefox-parent-process';

/** The part of puppeteer's BiDi connection used here: raw commands, and the `script.message` event. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
  on(event: 'script.message', handler: (event: ScriptMessage) => void): void;
}
interface ScriptMessage {
  channel: string;
  data: { type: string; value?: unknown };
}
type EvaluateResult =
  | { type: 'success'; result: { type: string; value?: unknown } }
  | { type: 'exception'; exceptionDetails: { text: string } };

/** The viewport chromium.ts gives Chromium's pages: puppeteer's default of 800 × 600 would place bubbles otherwise. */
const VIEWPORT = { width: 1280, height: 800 };
const REQUEST_MESSAGE = 'immunolens-e2e:request';

/** BiDi's id of a puppeteer frame: the navigable (browsing context) it shows. Puppeteer keeps it as `_id`. */
function navigableId(frame: Frame): string {
  const id = (frame as unknown as { _id?: unknown })._id;
  if (typeof id !== 'string')
    throw new Error('puppeteer no longer keeps the BiDi context id of a frame in _id');
  return id;
}

const documentDriver = (target: Page | Frame, origin: Point): DocumentDriver =>
  documentOf((fn, arg) => target.evaluate(fn, arg), origin);

/** A tab of the Firefox driver: the scenarios' `PageDriver`, and the puppeteer page under it. */
export interface FirefoxPageDriver extends PageDriver {
  puppeteer: Page;
}

/** The context menu item that looks up the selection (entrypoints/background/context-menu.ts's MENU_ID). */
const LOOK_UP_MENU_ID = 'immunolens-lookup';

export interface FirefoxDriver extends BrowserDriver {
  /** The browser under the driver: puppeteer's Browser, the add-on's id and origin, Firefox's output. */
  firefox: FirefoxExtensionBrowser;
  /**
   * A tab in a new private window, opened from the browser window as File → New Private Window does (BiDi cannot
   * open one). The first call allows the extension in private windows as about:addons does, which restarts it.
   */
  newPrivatePage(): Promise<FirefoxPageDriver>;
  newPage(): Promise<FirefoxPageDriver>;
  /**
   * Presses the extension's `shortcut` (`Alt+Shift+L`) on `page`'s tab through Firefox's own key handling, as a
   * reader's keyboard does; BiDi's keys would stop at the page.
   */
  pressShortcut(page: PageDriver, shortcut: string): Promise<void>;
  /**
   * Right-clicks `at` (top viewport CSS pixels) in `page`, which opens Firefox's real context menu there, and
   * chooses the extension's item `menuId` ("Look up …" by default) from it. Resolves to the item's label. `page`
   * may be a puppeteer tab of `firefox` (an extension page such as the PDF reader, which has no page driver).
   */
  chooseFromContextMenu(page: PageDriver | Page, at: Point, menuId?: string): Promise<string>;
  /** Every tab of every browser window, with its URL and whether its window is private. */
  tabs(): Promise<BrowserTab[]>;
  /** The tab `navigable` (from `tabs()`), opened by the extension or the browser, once its document has loaded. */
  pageOfTab(navigable: string): Promise<FirefoxPageDriver>;
  /** Calls `fn(arg)` in the browser window with the parent process's privileges; resolves to its JSON value. */
  inBrowserWindow<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Runs `loading` (a page adding thousands of frames) with the BiDi session unsubscribed from the load and
   * network events (FRAME_LOAD_EVENTS), then subscribes to them again. Meanwhile no tab's load is reported and no
   * request is intercepted (the refusing proxy still stops and records any that leaves 127.0.0.1).
   * docs/browser-quirks.md#bidi-watchers-cost-every-frame
   */
  whileFramesLoad<T>(loading: () => Promise<T>): Promise<T>;
  /**
   * A tab for a page of thousands of frames: as `newPage`, but with no viewport override (the window's own size).
   * Once a tab has one (puppeteer sets one on every tab it opens), it stays in the session, even set to null, and
   * makes the remote agent give each new document there an observer of every document created in its process,
   * which is N² again. docs/browser-quirks.md#bidi-watchers-cost-every-frame
   */
  newFramesPage(): Promise<FirefoxPageDriver>;
}

/**
 * Events for which Firefox's remote agent gives each document a watcher of its own (a load listener on the tab's
 * window root, an observer of every request in the process), which then sees every other document's loads and
 * requests: a page's N frames cost N². docs/browser-quirks.md#bidi-watchers-cost-every-frame
 */
const FRAME_LOAD_EVENTS = [
  'browsingContext.load',
  'browsingContext.domContentLoaded',
  'network.beforeRequestSent',
  'network.responseStarted',
  'network.responseCompleted',
];

/** The scenarios' view of headless Firefox ESR with the extension, on top of `launchFirefox`. */
export async function launchFirefoxDriver(
  options: { build?: string; prefs?: Record<string, unknown> } = {},
): Promise<FirefoxDriver> {
  const firefox = await launchFirefox(options);
  try {
    const connection = (firefox.browser as unknown as { connection: BidiConnection }).connection;
    const { result: tree } = (await connection.send('browsingContext.getTree', {
      'moz:scope': 'chrome',
    })) as { result: { contexts: { context: string; url: string }[] } };
    const browserWindow = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!browserWindow) throw new Error("BiDi does not show Firefox's browser window");

    /** Calls `fn(arg)` in the browser window, with the parent process's privileges; resolves to its JSON value. */
    const inBrowserWindow = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
      const { result } = (await connection.send('script.evaluate', {
        expression: `(async () => JSON.stringify(await (${fn.toString()})(${JSON.stringify(arg)})))()`,
        target: { context: browserWindow.context },
        awaitPromise: true,
      })) as { result: EvaluateResult };
      if (result.type === 'exception')
        throw new Error(`in Firefox's parent process: ${result.exceptionDetails.text}`);
      const json = result.result.value;
      return (typeof json === 'string' ? JSON.parse(json) : undefined) as R;
    };

    const extensionRequests: string[] = [];
    const channel = 'immunolens-e2e-requests';
    connection.on('script.message', (event) => {
      if (event.channel === channel && typeof event.data.value === 'string')
        extensionRequests.push(event.data.value);
    });
    const processScript = `(${reportChannelsFromExtensionScripts.toString()})(${JSON.stringify({
      message: REQUEST_MESSAGE,
      scriptPrefix: `${EXTENSION_ORIGIN}/`,
    })})`;
    const { result: watching } = (await connection.send('script.callFunction', {
      functionDeclaration: collectExtensionRequests.toString(),
      arguments: [
        { type: 'channel', value: { channel } },
        {
          type: 'object',
          value: [
            ['message', { type: 'string', value: REQUEST_MESSAGE }],
            ['extensionId', { type: 'string', value: EXTENSION_ID }],
            ['processScript', { type: 'string', value: processScript }],
          ],
        },
      ],
      target: { context: browserWindow.context },
      awaitPromise: true,
    })) as { result: EvaluateResult };
    if (watching.type === 'exception')
      throw new Error(`could not watch the extension's requests: ${watching.exceptionDetails.text}`);

    // The extension page that writes settings, opened before any test page so that it never takes their place
    // as the selected tab.
    const settingsPage = await firefox.openExtensionPage('options.html');

    const contentScriptRuns = (frame: Frame, what: string) => {
      const where = { extensionId: EXTENSION_ID, navigable: navigableId(frame), url: frame.url() };
      return waitUntil(
        () => inBrowserWindow(contentScriptStarted, where),
        () => `the content script did not start in ${what}`,
      );
    };

    /** `page` as the scenarios' tab; `goto` waits for the content script, as only web pages have one. */
    function pageDriver(page: Page): FirefoxPageDriver {
      const pageErrors: string[] = [];
      page.on('pageerror', (error) =>
        pageErrors.push(error instanceof Error ? error.message : String(error)),
      );
      const driver = pageDriverOf<Frame>({
        document: documentDriver(page, { x: 0, y: 0 }),
        input: inputOf(page, (x, y) => page.mouse.click(x, y, { count: 2 })),
        load: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 15_000 })),
        frameOf: async (selector) => (await (await page.$(selector))?.contentFrame()) ?? null,
        frameDocument: documentDriver,
        contentScriptRuns: (frame, what) => contentScriptRuns(frame ?? page.mainFrame(), what),
        pageErrors,
        close: () => page.close(),
      });
      return { ...driver, puppeteer: page };
    }

    const puppeteerOf = (page: PageDriver | Page): Page => {
      if ('mainFrame' in page && typeof page.mainFrame === 'function') return page;
      const tab = (page as Partial<FirefoxPageDriver>).puppeteer;
      if (!tab) throw new Error('not a tab of the Firefox driver');
      return tab;
    };

    async function pageOfTab(navigable: string): Promise<FirefoxPageDriver> {
      let tab: Page | undefined;
      await waitUntil(
        async () =>
          (tab = (await firefox.browser.pages()).find((p) => navigableId(p.mainFrame()) === navigable)) !==
          undefined,
        () => `puppeteer does not show the tab ${navigable}`,
      );
      await firefox.prepare(tab!);
      // Extension pages send BiDi no load event (docs/browser-quirks.md#bidi-extension-page-load-events).
      await waitUntil(
        async () => (await tab!.evaluate(() => document.readyState).catch(() => 'gone')) === 'complete',
        () => `the tab ${navigable} did not load`,
      );
      return pageDriver(tab!);
    }

    async function newPage(): Promise<FirefoxPageDriver> {
      const page = await firefox.newPage();
      await page.setViewport(VIEWPORT);
      return pageDriver(page);
    }
    async function newFramesPage(): Promise<FirefoxPageDriver> {
      // Opened by BiDi itself: puppeteer's newPage gives every tab its default viewport (800 × 600).
      const { result } = (await connection.send('browsingContext.create', { type: 'tab' })) as {
        result: { context: string };
      };
      return pageOfTab(result.context);
    }

    let allowedInPrivate = false;
    async function newPrivatePage(): Promise<FirefoxPageDriver> {
      const opened = new Promise<Page>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no private window opened')), 15_000);
        const onTarget = (target: { page(): Promise<Page | null> }) =>
          void target.page().then((page) => {
            if (!page) return;
            clearTimeout(timer);
            firefox.browser.off('targetcreated', onTarget);
            resolve(page);
          });
        firefox.browser.on('targetcreated', onTarget);
      });
      if (!allowedInPrivate) {
        // What about:addons' "Run in Private Windows" does: the permission, then the add-on restarted with it.
        await inBrowserWindow(async (id) => {
          const { ChromeUtils } = globalThis as unknown as {
            ChromeUtils: { importESModule(url: string): unknown };
          };
          const { ExtensionPermissions } = ChromeUtils.importESModule(
            'resource://gre/modules/ExtensionPermissions.sys.mjs',
          ) as { ExtensionPermissions: { add(id: string, p: object): Promise<void> } };
          const { AddonManager } = ChromeUtils.importESModule(
            'resource://gre/modules/AddonManager.sys.mjs',
          ) as { AddonManager: { getAddonByID(id: string): Promise<{ reload(): Promise<void> }> } };
          await ExtensionPermissions.add(id, {
            permissions: ['internal:privateBrowsingAllowed'],
            origins: [],
          });
          await (await AddonManager.getAddonByID(id)).reload();
          return true;
        }, EXTENSION_ID);
        allowedInPrivate = true;
      }
      await inBrowserWindow(() => {
        (globalThis as unknown as { OpenBrowserWindow(o: { private: boolean }): unknown }).OpenBrowserWindow({
          private: true,
        });
        return true;
      }, null);
      const page = await opened;
      await firefox.prepare(page);
      await page.setViewport(VIEWPORT);
      return pageDriver(page);
    }

    async function whileFramesLoad<T>(loading: () => Promise<T>): Promise<T> {
      // Puppeteer subscribed once, globally, to whole modules; unsubscribing by event names takes these out of
      // that subscription and leaves the rest (contextCreated, script, log) as it was.
      await connection.send('session.unsubscribe', { events: FRAME_LOAD_EVENTS });
      try {
        return await loading();
      } finally {
        await connection.send('session.subscribe', { events: FRAME_LOAD_EVENTS });
      }
    }

    return {
      firefox,
      inBrowserWindow,
      whileFramesLoad,
      newFramesPage,
      newPage,
      newPrivatePage,
      async pressShortcut(page, shortcut) {
        const navigable = navigableId(puppeteerOf(page).mainFrame());
        await inBrowserWindow(pressShortcutInTab, { navigable, shortcut });
      },
      async chooseFromContextMenu(page, at, menuId = LOOK_UP_MENU_ID) {
        const tab = puppeteerOf(page);
        await tab.mouse.click(at.x, at.y, { button: 'right' });
        return inBrowserWindow(activateContextMenuItem, {
          navigable: navigableId(tab.mainFrame()),
          itemId: contextMenuElementId(EXTENSION_ID, menuId),
          timeoutMs: 5_000,
        });
      },
      tabs: () => inBrowserWindow(browserTabs, null),
      pageOfTab,
      async openExtensionPage(path) {
        const page = await firefox.openExtensionPage(path);
        await page.setViewport(VIEWPORT);
        return pageDriver(page);
      },
      async setSettings(settings) {
        await settingsPage.evaluate(writeStoredSettings, settings);
      },
      async stopBackground() {
        let state = '';
        await waitUntil(
          async () => (state = await inBrowserWindow(terminateBackground, EXTENSION_ID)) === 'stopped',
          () => `the extension's background is ${state}, not stopped`,
          { everyMs: 50 },
        );
      },
      extensionRequests: () => [...extensionRequests],
      // The pages' requests that interception aborted, and whatever else reached the refusing proxy but
      // Firefox's own services: nothing may leave 127.0.0.1, whoever asks.
      blockedRequests: () => [...firefox.blockedRequests, ...firefox.outsideRequests()],
      errors: () => [...firefox.errors],
      close: (options) => firefox.close(options),
    };
  } catch (error) {
    await firefox.close();
    throw error;
  }
}
