/// <reference types="chrome" />
import type { CDPSession, Frame, Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from './chromium';
import { waitUntil, type BrowserDriver, type DocumentDriver, type PageDriver, type Point } from './driver';
import { documentOf, inputOf, pageDriverOf, writeStoredSettings } from './library-page';

const documentDriver = (target: Page | Frame, origin: Point): DocumentDriver =>
  documentOf((fn, arg) => target.evaluate(fn, arg), origin);

/** A Chromium tab as the scenarios see it, and as Playwright does, for what only Chromium's tests ask. */
export interface ChromiumPageDriver extends PageDriver {
  playwright: Page;
}

export interface ChromiumDriver extends BrowserDriver {
  /** The browser under the driver: its Playwright context, service worker and extension id. */
  chromium: ExtensionBrowser;
  newPage(): Promise<ChromiumPageDriver>;
  openExtensionPage(path: string): Promise<ChromiumPageDriver>;
}

interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}
/** A network request whose JavaScript stack runs through an extension script: a content script's fetch. */
export function fromExtensionScript(initiator: { stack?: StackTrace }): boolean {
  for (let stack = initiator.stack; stack; stack = stack.parent)
    if (stack.callFrames.some((f) => f.url.startsWith('chrome-extension://'))) return true;
  return false;
}

interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}
const allFrames = (tree: FrameTree): FrameTree['frame'][] => [
  tree.frame,
  ...(tree.childFrames ?? []).flatMap(allFrames),
];

/** The scenarios' view of headless Chromium with the extension, on top of `launchChromium`. */
export async function launchChromiumDriver(
  options: Parameters<typeof launchChromium>[0] = {},
): Promise<ChromiumDriver> {
  const chromium = await launchChromium(options);
  const { context } = chromium;
  const extensionRequests: string[] = [];
  const extensionOrigin = `chrome-extension://${chromium.extensionId}`;
  const isExtensionUrl = (url: string) => url.startsWith(`${extensionOrigin}/`);

  // The background's and the extension pages' requests (their own chrome-extension:// files are not network).
  context.on('request', (request) => {
    if (request.url().startsWith('chrome-extension:')) return;
    const worker = request.serviceWorker();
    const frameUrl = worker ? worker.url() : request.frame().url();
    if (isExtensionUrl(frameUrl)) extensionRequests.push(request.url());
  });

  async function newPage(): Promise<ChromiumPageDriver> {
    const page = await context.newPage();
    // tsx (the bench, the screenshots) compiles with keepNames, which wraps named functions inside the page
    // functions in a `__name` helper that exists only in Node; vitest does not. Give the pages a stand-in there.
    if (!process.env.VITEST) await page.addInitScript('globalThis.__name ??= (f) => f;');
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Content scripts fetch as the page does; only the initiator's stack tells their requests apart.
    const cdp: CDPSession = await context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (event) => {
      // The content script's own lazily loaded modules (chrome-extension://, under a dynamic id) are not network.
      if (fromExtensionScript(event.initiator) && !event.request.url.startsWith('chrome-extension:'))
        extensionRequests.push(event.request.url);
    });
    await cdp.send('Network.enable');
    // Content scripts run at document_idle, which may come just after `load`: wait for their isolated world
    // (docs/browser-quirks.md#content-script-starts-after-load).
    const watchWorlds = (session: CDPSession, worlds: Map<number, string>) => {
      session.on('Runtime.executionContextCreated', ({ context: c }) => {
        if (c.origin === extensionOrigin && c.auxData?.type === 'isolated' && c.auxData.frameId)
          worlds.set(c.id, c.auxData.frameId);
      });
      session.on('Runtime.executionContextDestroyed', (e) => worlds.delete(e.executionContextId));
      session.on('Runtime.executionContextsCleared', () => worlds.clear());
    };
    const scriptWorlds = new Map<number, string>();
    watchWorlds(cdp, scriptWorlds);
    await cdp.send('Runtime.enable');
    // A frame of another site runs in a process of its own (site isolation), whose contexts the page's session
    // does not report: such a frame, and only such a frame, has a session of its own (null for the others).
    const frameSessions = new Map<
      Frame,
      Promise<{ session: CDPSession; worlds: Map<number, string> } | null>
    >();
    const ownSession = (frame: Frame) => {
      let own = frameSessions.get(frame);
      if (!own) {
        own = context.newCDPSession(frame).then(
          async (session) => {
            const worlds = new Map<number, string>();
            watchWorlds(session, worlds);
            await session.send('Runtime.enable');
            return { session, worlds };
          },
          () => null,
        );
        frameSessions.set(frame, own);
      }
      return own;
    };
    const contentScriptRuns = (frame: Frame | null, what: string) =>
      waitUntil(
        async () => {
          const own = frame && (await ownSession(frame));
          if (own) {
            const { frameTree } = await own.session.send('Page.getFrameTree');
            return [...own.worlds.values()].includes(frameTree.frame.id);
          }
          const { frameTree } = await cdp.send('Page.getFrameTree');
          const frames =
            frame === null ? [frameTree.frame] : allFrames(frameTree).filter((f) => f.url === frame.url());
          return frames.some((f) => [...scriptWorlds.values()].includes(f.id));
        },
        () => `the content script did not start in ${what}`,
      );
    return {
      ...pageDriverOf<Frame>({
        document: documentDriver(page, { x: 0, y: 0 }),
        input: inputOf(page, (x, y) => page.mouse.dblclick(x, y)),
        load: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 15_000 })),
        frameOf: async (selector) => (await page.locator(selector).elementHandle())?.contentFrame() ?? null,
        frameDocument: documentDriver,
        contentScriptRuns,
        pageErrors,
        close: () => page.close(),
      }),
      playwright: page,
    };
  }

  async function openExtensionPage(path: string): Promise<ChromiumPageDriver> {
    const page = await newPage();
    await page.playwright.goto(`${extensionOrigin}/${path}`, { waitUntil: 'load', timeout: 15_000 });
    return page;
  }

  /**
   * A DevTools session on a spare tab that follows the extension worker's running status, to stop it on demand
   * and to start it again for `setSettings`. Its status report is the proof: Playwright keeps listing a stopped
   * worker, and evaluating in one waits forever (docs/browser-quirks.md#playwright-stopped-worker-still-listed).
   */
  async function watchBackground() {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    let status = 'unknown';
    const listeners = new Set<() => void>();
    cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
      const mine = event.versions.filter((v) => isExtensionUrl(v.scriptURL)).map((v) => v.runningStatus);
      if (mine.length === 0) return;
      status = mine.includes('running')
        ? 'running'
        : mine.every((s) => s === 'stopped')
          ? 'stopped'
          : 'changing';
      listeners.forEach((listener) => listener());
    });
    await cdp.send('ServiceWorker.enable');
    const until = (wanted: 'running' | 'stopped') =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (status !== wanted) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`the extension's service worker is ${status}, not ${wanted}`));
        }, 10_000);
        listeners.add(check);
        check();
      });
    return { cdp, until, isRunning: () => status === 'running' };
  }
  let background: ReturnType<typeof watchBackground> | undefined;

  return {
    chromium,
    newPage,
    openExtensionPage,
    async setSettings(settings) {
      const watched = await background;
      if (watched && !watched.isRunning()) {
        await watched.cdp.send('ServiceWorker.startWorker', { scopeURL: `${extensionOrigin}/` });
        await watched.until('running');
      }
      const worker = await chromium.serviceWorker();
      await worker.evaluate(writeStoredSettings, settings);
    },
    async stopBackground() {
      // Chromium stops an idle extension worker after 30 s; DevTools' "stop" does it now.
      const watched = await (background ??= watchBackground());
      await watched.cdp.send('ServiceWorker.stopAllWorkers');
      await watched.until('stopped');
    },
    extensionRequests: () => [...extensionRequests],
    blockedRequests: () => [...chromium.blockedRequests],
    errors: () => [...chromium.errors],
    close: (options) => chromium.close(options),
  };
}
