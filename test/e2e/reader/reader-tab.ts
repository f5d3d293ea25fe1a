/**
 * The reader page object: one tab showing reader.html, the same for Chromium (playwright-core) and Firefox
 * (puppeteer-core over WebDriver BiDi). The reader is an extension page, where no content script runs, so it is
 * opened directly rather than through the page drivers (which wait for the content script).
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium } from '../harness/chromium';
import type { Point } from '../harness/driver';
import { launchFirefoxDriver } from '../harness/firefox-driver';

export interface ReaderTab {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  mouse: {
    move(x: number, y: number, options?: { steps?: number }): Promise<void>;
    down(): Promise<void>;
    up(): Promise<void>;
    click(x: number, y: number): Promise<void>;
  };
  keyboard: {
    down(key: string): Promise<void>;
    up(key: string): Promise<void>;
    press(key: string): Promise<void>;
    type(text: string): Promise<void>;
  };
  close(): Promise<void>;
}

export interface ReaderBrowser {
  name: string;
  /** Opens `reader.html…` (a path of the extension) in a new tab, once the page has loaded. */
  open(path: string): Promise<ReaderTab>;
  /** Opens a web page (`url`, the fixture server's) in a new tab, once it has loaded. */
  openWebPage(url: string): Promise<ReaderTab>;
  /**
   * Chooses the extension's context-menu item `info.menuItemId` at `at` (viewport CSS pixels) in `tab`. Firefox:
   * its real page context menu, right-clicked there (harness/firefox-browser-ui.ts). Chromium, whose headless
   * menu cannot be driven: the background's click handler, through the worker's test hook, with `info` as the
   * click would give it and the tab showing `tab`.
   */
  chooseFromContextMenu(
    tab: ReaderTab,
    at: Point,
    info: { menuItemId: string; selectionText?: string; linkUrl?: string },
  ): Promise<void>;
  /** Addresses of every open tab of every window (a popup window's too). */
  tabUrls(): Promise<string[]>;
  /** Uncaught errors and console errors of any page so far. */
  errors(): string[];
  close(): Promise<void>;
}

/** A Chromium tab (Playwright) showing the reader, as the reader's steps drive it. */
export function chromiumReaderTab(page: PlaywrightPage): ReaderTab {
  return {
    // Playwright types the argument through its handle-unboxing; these functions take plain data.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R, arg as unknown),
    mouse: {
      move: (x, y, o) => page.mouse.move(x, y, o),
      down: () => page.mouse.down(),
      up: () => page.mouse.up(),
      click: (x, y) => page.mouse.click(x, y),
    },
    keyboard: {
      down: (k) => page.keyboard.down(k),
      up: (k) => page.keyboard.up(k),
      press: (k) => page.keyboard.press(k),
      type: (t) => page.keyboard.type(t),
    },
    close: () => page.close(),
  };
}

/** A Firefox tab (puppeteer over BiDi) showing the reader, as the reader's steps drive it. */
export function firefoxReaderTab(page: PuppeteerPage): ReaderTab {
  return {
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>,
    mouse: {
      move: (x, y, o) => page.mouse.move(x, y, o),
      down: () => page.mouse.down(),
      up: () => page.mouse.up(),
      click: (x, y) => page.mouse.click(x, y),
    },
    keyboard: {
      down: (k) => page.keyboard.down(k as never),
      up: (k) => page.keyboard.up(k as never),
      press: (k) => page.keyboard.press(k as never),
      type: (t) => page.keyboard.type(t),
    },
    close: () => page.close(),
  };
}

export async function launchChromiumReader(): Promise<ReaderBrowser> {
  const chromium = await launchChromium();
  return {
    name: 'Chromium',
    async open(path) {
      const page = await chromium.context.newPage();
      await page.goto(`chrome-extension://${chromium.extensionId}/${path}`, { waitUntil: 'load' });
      return chromiumReaderTab(page);
    },
    async openWebPage(url) {
      const page = await chromium.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return chromiumReaderTab(page);
    },
    async chooseFromContextMenu(tab, _at, info) {
      const tabUrl = await tab.evaluate(() => location.href, null);
      const worker = await chromium.serviceWorker();
      await worker.evaluate(
        async ({ info, tabUrl }) => {
          const target = (await chrome.tabs.query({})).find((t) => t.url === tabUrl);
          if (!target) throw new Error(`no tab shows ${tabUrl}`);
          const hook = (
            globalThis as unknown as {
              immunolens: { handleContextMenuClick: (i: unknown, t: unknown) => Promise<void> };
            }
          ).immunolens;
          await hook.handleContextMenuClick({ frameId: 0, editable: false, ...info }, target);
        },
        { info, tabUrl },
      );
    },
    tabUrls: async () => chromium.context.pages().map((p) => p.url()),
    errors: () => [...chromium.errors],
    close: () => chromium.close(),
  };
}

export async function launchFirefoxReader(): Promise<ReaderBrowser> {
  // The driver, for Firefox's own context menu (driven from its parent process) and every window's tabs.
  const driver = await launchFirefoxDriver();
  const { firefox } = driver;
  const pages = new WeakMap<ReaderTab, PuppeteerPage>();
  const readerTab = async (page: PuppeteerPage) => {
    await page.setViewport({ width: 1280, height: 800 });
    const tab = firefoxReaderTab(page);
    pages.set(tab, page);
    return tab;
  };
  return {
    name: 'Firefox',
    open: async (path) => readerTab(await firefox.openExtensionPage(path)),
    async openWebPage(url) {
      const page = await firefox.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return readerTab(page);
    },
    async chooseFromContextMenu(tab, at, { menuItemId }) {
      const page = pages.get(tab);
      if (!page) throw new Error('not a tab of this browser');
      await driver.chooseFromContextMenu(page, at, menuItemId);
    },
    tabUrls: async () => (await driver.tabs()).map((tab) => tab.url),
    // Firefox's own noise aside, the extension's errors reach its output as `JavaScript error: moz-extension://…`.
    errors: () => firefox.errors.filter((e) => /moz-extension:|console\.error/.test(e)),
    close: () => driver.close(),
  };
}
