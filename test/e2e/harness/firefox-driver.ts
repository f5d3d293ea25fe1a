/**
 * The scenarios' view of Firefox with the extension, on top of `launchFirefox` (puppeteer-core over WebDriver BiDi).
 *
 * BiDi sees web pages only: not the background page, not content scripts. What the scenarios need from those runs
 * in Firefox's parent process instead, through BiDi's evaluation in the browser window, which
 * `--remote-allow-system-access` opens to the harness:
 * - that the content script has started in a document: its context in `ParentAPIManager.proxyContexts`;
 * - stopping the background: what about:debugging's "Terminate background script" does;
 * - the extension's network requests: an observer of every HTTP channel, in every process.
 * These lean on Firefox internals (ExtensionParent, the remote agent's NavigableManager) that hold in ESR 153;
 * a later Firefox that moves them fails these calls loudly rather than passing quietly.
 * See docs/browser-quirks.md#bidi-sees-web-pages-only and #content-script-starts-after-load.
 */
import type { Frame, Page } from 'puppeteer-core';
import {
  documentOf,
  inputOf,
  pageDriverOf,
  waitUntil,
  type BrowserDriver,
  type DocumentDriver,
  type PageDriver,
  type Point,
} from './driver';
import { EXTENSION_ID, EXTENSION_ORIGIN, launchFirefox, type FirefoxExtensionBrowser } from './firefox';

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

// Just enough of the parent process's privileged globals to type the functions that run there.
interface Principal {
  addonId: string;
}
interface HttpChannel {
  channelId: number;
  URI: { spec: string };
  loadInfo: { triggeringPrincipal: Principal | null; loadingPrincipal: Principal | null };
}
interface QueryInterface {
  QueryInterface<T>(iid: unknown): T;
}
interface StackFrame {
  filename: string;
  caller: StackFrame | null;
  asyncCaller: StackFrame | null;
}
interface MessageManager {
  addMessageListener(name: string, listener: (message: { data: unknown }) => void): void;
  sendAsyncMessage(name: string, data: unknown): void;
  loadProcessScript(url: string, allowDelayedLoad: boolean): void;
}
interface BrowsingContext {
  currentWindowGlobal: { innerWindowId: number } | null;
}
interface ProxyContext {
  envType: string;
  unloaded: boolean;
  extension?: { id: string };
  uri?: { spec: string };
  browsingContext?: BrowsingContext;
  actor?: { manager?: { innerWindowId: number; isCurrentGlobal: boolean } };
}
interface SystemGlobals {
  ChromeUtils: { importESModule(url: string): Record<string, unknown> };
  WebExtensionPolicy: { getByID(id: string): { extension: { backgroundState: string } } | null };
  Services: {
    obs: { addObserver(observer: { observe(subject: unknown): void }, topic: string): void };
    ppmm: MessageManager;
    cpmm: MessageManager;
  };
  Ci: { nsIHttpChannel: unknown };
  Components: { stack: StackFrame };
}
interface ExtensionParentModule {
  ExtensionParent: {
    ParentAPIManager: { proxyContexts: Map<string, ProxyContext> };
    DebugUtils: { terminateBackgroundScript(id: string): Promise<void> };
  };
}
interface NavigableManagerModule {
  NavigableManager: { getIdForBrowsingContext(context: BrowsingContext): string };
}

/** The viewport chromium.ts gives Chromium's pages: puppeteer's default of 800 × 600 would place bubbles otherwise. */
const VIEWPORT = { width: 1280, height: 800 };
const REQUEST_MESSAGE = 'immunolens-e2e:request';

/**
 * Runs as a process script in the content and extension processes: reports each HTTP channel opened while the
 * JavaScript on the stack runs through one of the extension's scripts. That is how a content script's request is
 * told from the page's: in MV3 it carries the page's principal
 * (docs/browser-quirks.md#firefox-content-script-requests-carry-the-page-principal).
 */
function reportChannelsFromExtensionScripts({
  message,
  scriptPrefix,
}: {
  message: string;
  scriptPrefix: string;
}) {
  const { Services, Ci, Components } = globalThis as unknown as SystemGlobals;
  Services.obs.addObserver(
    {
      observe(subject) {
        const channel = (subject as QueryInterface).QueryInterface<HttpChannel>(Ci.nsIHttpChannel);
        for (
          let frame: StackFrame | null = Components.stack;
          frame;
          frame = frame.caller ?? frame.asyncCaller
        ) {
          if (!frame.filename.startsWith(scriptPrefix)) continue;
          Services.cpmm.sendAsyncMessage(message, { id: channel.channelId, url: channel.URI.spec });
          return;
        }
      },
    },
    'http-on-opening-request',
  );
}

/**
 * Runs in the browser window, so in the parent process, which sees every HTTP channel of every process: passes
 * on to `send`, once each, the requests with the extension's principal (its background and its pages) and those
 * that the process script above reports.
 */
function collectExtensionRequests(
  send: (url: string) => void,
  { message, extensionId, processScript }: { message: string; extensionId: string; processScript: string },
): void {
  const { Services, Ci } = globalThis as unknown as SystemGlobals;
  const seen = new Set<number>();
  const record = (id: number, url: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    send(url);
  };
  Services.obs.addObserver(
    {
      observe(subject) {
        const channel = (subject as QueryInterface).QueryInterface<HttpChannel>(Ci.nsIHttpChannel);
        const { triggeringPrincipal, loadingPrincipal } = channel.loadInfo;
        if (triggeringPrincipal?.addonId === extensionId || loadingPrincipal?.addonId === extensionId)
          record(channel.channelId, channel.URI.spec);
      },
    },
    'http-on-modify-request',
  );
  Services.ppmm.addMessageListener(message, ({ data }) => {
    const { id, url } = data as { id: number; url: string };
    record(id, url);
  });
  Services.ppmm.loadProcessScript(`data:,${encodeURIComponent(processScript)}`, true);
}

/**
 * Runs in the browser window: whether the extension's content script has started in the current document of
 * the frame that BiDi calls `navigable`, at `url`. Its `runtime.onMessage` listener, added at start after the
 * page listeners, opens its context in the parent process.
 */
function contentScriptStarted({
  extensionId,
  navigable,
  url,
}: {
  extensionId: string;
  navigable: string;
  url: string;
}): boolean {
  const { ChromeUtils } = globalThis as unknown as SystemGlobals;
  const { ExtensionParent } = ChromeUtils.importESModule(
    'resource://gre/modules/ExtensionParent.sys.mjs',
  ) as unknown as ExtensionParentModule;
  const { NavigableManager } = ChromeUtils.importESModule(
    'chrome://remote/content/shared/NavigableManager.sys.mjs',
  ) as unknown as NavigableManagerModule;
  for (const context of ExtensionParent.ParentAPIManager.proxyContexts.values()) {
    const frame = context.browsingContext;
    const window = context.actor?.manager;
    if (
      context.envType === 'content_parent' &&
      context.extension?.id === extensionId &&
      !context.unloaded &&
      context.uri?.spec === url &&
      frame &&
      NavigableManager.getIdForBrowsingContext(frame) === navigable &&
      window?.isCurrentGlobal &&
      window.innerWindowId === frame.currentWindowGlobal?.innerWindowId
    )
      return true;
  }
  return false;
}

/**
 * Runs in the browser window: asks a running background to stop as about:debugging's "Terminate background
 * script" does (which ignores attached DevTools), and reports its state: `running`, `suspending`, `stopped`...
 */
async function terminateBackground(extensionId: string): Promise<string> {
  const { ChromeUtils, WebExtensionPolicy } = globalThis as unknown as SystemGlobals;
  const { ExtensionParent } = ChromeUtils.importESModule(
    'resource://gre/modules/ExtensionParent.sys.mjs',
  ) as unknown as ExtensionParentModule;
  const extension = WebExtensionPolicy.getByID(extensionId)?.extension;
  if (!extension) throw new Error(`${extensionId} is not installed`);
  if (extension.backgroundState === 'running')
    await ExtensionParent.DebugUtils.terminateBackgroundScript(extensionId);
  return extension.backgroundState;
}

/** BiDi's id of a puppeteer frame: the navigable (browsing context) it shows. Puppeteer keeps it as `_id`. */
function navigableId(frame: Frame): string {
  const id = (frame as unknown as { _id?: unknown })._id;
  if (typeof id !== 'string')
    throw new Error('puppeteer no longer keeps the BiDi context id of a frame in _id');
  return id;
}

const documentDriver = (target: Page | Frame, origin: Point): DocumentDriver =>
  documentOf((fn, arg) => target.evaluate(fn, arg), origin);

export interface FirefoxDriver extends BrowserDriver {
  /** The browser under the driver: puppeteer's Browser, the add-on's id and origin, Firefox's output. */
  firefox: FirefoxExtensionBrowser;
}

/** The scenarios' view of headless Firefox ESR with the extension, on top of `launchFirefox`. */
export async function launchFirefoxDriver(): Promise<FirefoxDriver> {
  const firefox = await launchFirefox();
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
    function pageDriver(page: Page): PageDriver {
      const pageErrors: string[] = [];
      page.on('pageerror', (error) =>
        pageErrors.push(error instanceof Error ? error.message : String(error)),
      );
      return pageDriverOf<Frame>({
        document: documentDriver(page, { x: 0, y: 0 }),
        input: inputOf(page, (x, y) => page.mouse.click(x, y, { count: 2 })),
        load: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 15_000 })),
        frameOf: async (selector) => (await (await page.$(selector))?.contentFrame()) ?? null,
        frameDocument: documentDriver,
        contentScriptRuns: (frame, what) => contentScriptRuns(frame ?? page.mainFrame(), what),
        pageErrors,
        close: () => page.close(),
      });
    }

    async function newPage(): Promise<PageDriver> {
      const page = await firefox.newPage();
      await page.setViewport(VIEWPORT);
      return pageDriver(page);
    }

    return {
      firefox,
      newPage,
      async openExtensionPage(path) {
        const page = await firefox.openExtensionPage(path);
        await page.setViewport(VIEWPORT);
        return pageDriver(page);
      },
      async setSettings(settings) {
        await settingsPage.evaluate(
          (value) =>
            value === null
              ? browser.storage.local.remove('settings')
              : browser.storage.local.set({ settings: value }),
          settings,
        );
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
