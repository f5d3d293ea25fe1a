/// <reference types="chrome" />
/**
 * What the accessibility scenarios need from each browser to bring a view about, beyond the shared drivers: an
 * explicit request (the explain shortcut, whose "no entry" and "Did you mean" answers only an explicit request
 * gets), a long press that selects text by touch, and the viewport's size.
 *
 * - Chromium: the shortcut is the background's command handler called through its test hook, as keyboard.e2e.ts
 *   does (headless Chromium delivers no extension shortcut); touch is CDP touch emulation, and the word is selected
 *   from script while the finger is down (docs/browser-quirks.md#headless-long-press-selects-nothing), as in
 *   touch.e2e.ts.
 * - Firefox: WebDriver BiDi's keys never reach an extension's shortcut
 *   (docs/browser-quirks.md#bidi-key-input-skips-browser-shortcuts), so the command of the add-on's <key> is fired
 *   in the browser window, as firefox-frames.e2e.ts does: Firefox's own `commands.onCommand` path, with the tab in
 *   front; touch is BiDi's touch pointer, as in firefox-touch.e2e.ts.
 */
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { ChromiumDriver, ChromiumPageDriver } from './chromium-driver';
import { sleep, waitUntil, type PageDriver } from './driver';
import type { FirefoxDriver } from './firefox-driver';

export interface ViewTools {
  /** The explain shortcut (Alt+Shift+L) on the selection in `page`'s tab, as the browser delivers it. */
  explain(page: PageDriver): Promise<void>;
  /** A long press on `selector`'s text that selects it, by touch (no mouse event). */
  touchSelect(page: PageDriver, selector: string): Promise<void>;
  setViewport(page: PageDriver, size: { width: number; height: number }): Promise<void>;
  /** A PNG of part of the viewport, in CSS px. */
  screenshot(
    page: PageDriver,
    clip: { x: number; y: number; width: number; height: number },
  ): Promise<Uint8Array>;
}

/** The background's test hook (entrypoints/background/index.ts, e2e build only). */
type Hooks = { immunolens: { handleCommand(command: string, tab: unknown): Promise<void> } };

/** Selects the text of the element `selector` finds, from script, as a long press would. */
const selectContents = (page: PageDriver, selector: string) =>
  page.evaluate((sel) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(sel)!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, selector);

const middleOf = (page: PageDriver, selector: string) =>
  page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) };
  }, selector);

export function chromiumViewTools(env: { readonly browser: ChromiumDriver }): ViewTools {
  const tab = (page: PageDriver) => (page as ChromiumPageDriver).playwright;
  return {
    async explain(page) {
      // The tab brought to the front is the one active tab of a normal window (the extension may not read URLs).
      await tab(page).bringToFront();
      const worker = await env.browser.chromium.serviceWorker();
      await worker.evaluate(async () => {
        const [active] = await chrome.tabs.query({ active: true, windowType: 'normal' });
        await (self as unknown as Hooks).immunolens.handleCommand('lookup-selection', active);
      });
    },
    async touchSelect(page, selector) {
      const cdp = await tab(page).context().newCDPSession(tab(page));
      try {
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
        const at = await middleOf(page, selector);
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
        await sleep(500);
        await selectContents(page, selector);
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchCancel', touchPoints: [] });
      } finally {
        await cdp.detach();
      }
    },
    setViewport: (page, size) => tab(page).setViewportSize(size),
    screenshot: (page, clip) => tab(page).screenshot({ clip }),
  };
}

interface BidiConnection {
  send(method: string, params: unknown): Promise<unknown>;
}

/** The puppeteer tab behind a Firefox page driver: the one showing the same address. */
export async function puppeteerTab(browser: FirefoxDriver, page: PageDriver): Promise<PuppeteerPage> {
  const url = await page.evaluate(() => location.href, null);
  const tab = (await browser.firefox.browser.pages()).find((p) => p.url() === url);
  if (!tab) throw new Error(`no tab shows ${url}`);
  return tab;
}

export function firefoxViewTools(env: { readonly browser: FirefoxDriver }): ViewTools {
  return {
    async explain(page) {
      // The shortcut of the add-on's <key> in the browser window, for the tab in front, as pressing it would.
      await (await puppeteerTab(env.browser, page)).bringToFront();
      const fired = await env.browser.inBrowserWindow(() => {
        // The add-on's keyset (ext-keyset-id-<add-on id>) holds one <key> per command, named by its keys only.
        const keys = [
          ...document.querySelectorAll('keyset[id="ext-keyset-id-immunolens_immunolens_app"] key[key="L"]'),
        ].filter((k) => k.getAttribute('modifiers') === 'alt,shift');
        for (const key of keys) (key as unknown as { doCommand(): void }).doCommand();
        return keys.length;
      }, null);
      if (fired !== 1) throw new Error(`expected one key for the shortcut, found ${fired}`);
    },
    async touchSelect(page, selector) {
      const raw = await puppeteerTab(env.browser, page);
      const connection = (env.browser.firefox.browser as unknown as { connection: BidiConnection })
        .connection;
      const finger = (actions: unknown[]) =>
        connection.send('input.performActions', {
          context: (raw.mainFrame() as unknown as { _id: string })._id,
          actions: [{ type: 'pointer', id: 'finger', parameters: { pointerType: 'touch' }, actions }],
        });
      const at = await middleOf(page, selector);
      await finger([
        { type: 'pointerMove', x: at.x, y: at.y },
        { type: 'pointerDown', button: 0 },
      ]);
      await sleep(500);
      await selectContents(page, selector);
      await finger([{ type: 'pointerUp', button: 0 }]);
    },
    async screenshot(page, clip) {
      return (await puppeteerTab(env.browser, page)).screenshot({ clip });
    },
    async setViewport(page, size) {
      await (await puppeteerTab(env.browser, page)).setViewport(size);
      // BiDi answers before the page has laid itself out at the new size.
      await waitUntil(
        () => page.evaluate((width) => innerWidth === width, size.width),
        () => `the viewport did not become ${size.width} px wide`,
      );
    },
  };
}
