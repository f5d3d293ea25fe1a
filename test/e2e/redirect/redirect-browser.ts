/**
 * A browser for the PDF redirect option's scenarios, with the two ways its optional "webNavigation" permission can
 * be had without a prompt:
 * - Chromium: `permissions.request` needs a user gesture and then shows a prompt that a headless test cannot
 *   answer, so the test loads a copy of the build whose manifest lists "webNavigation" under `permissions`
 *   instead of `optional_permissions` (granted at install; `permissions.contains` is then true, as after the
 *   reader granted it). The option is turned on by writing the setting, as the options page's change would.
 * - Firefox: the pref `extensions.webextOptionalPermissionPrompts=false` makes `permissions.request` grant
 *   without a prompt, so the test clicks the option on the real options page (a trusted click, which the request
 * needs as its user gesture) and the build is the e2e one, unchanged.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { CHROME_BUILD, launchChromium } from '../harness/chromium';
import { waitUntil, sleep } from '../harness/driver';
import { launchFirefox } from '../harness/firefox';
import { writeStoredSettings } from '../harness/library-page';
import { chromiumReaderTab, firefoxReaderTab, type ReaderTab } from '../reader/reader-tab';

export interface NavigatedTab {
  /** The tab's address now. */
  url(): Promise<string>;
  /** The tab as the reader's steps drive it (once it shows the reader). */
  reader: ReaderTab;
  close(): Promise<void>;
}

export interface RedirectBrowser {
  /** The extension's origin, without a trailing slash. */
  origin: string;
  /** Turns the option on (with its permission) and resolves once the background follows it. */
  turnOn(): Promise<void>;
  turnOff(): Promise<void>;
  /** Whether the extension holds the "webNavigation" permission. */
  permitted(): Promise<boolean>;
  /** A new tab that starts navigating to `url` at the top level, as following a link does. */
  navigate(url: string): Promise<NavigatedTab>;
  openExtensionPage(path: string): Promise<ReaderTab>;
  errors(): string[];
  close(): Promise<void>;
}

/** A copy of the Chrome build whose manifest grants "webNavigation" at install (test only; see above). */
function buildWithWebNavigation(): string {
  const dir = mkdtempSync(join(tmpdir(), 'immunolens-webnavigation-build-'));
  cpSync(CHROME_BUILD, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
    permissions: string[];
    optional_permissions?: string[];
  };
  manifest.permissions = [...manifest.permissions, 'webNavigation'];
  manifest.optional_permissions = (manifest.optional_permissions ?? []).filter((p) => p !== 'webNavigation');
  writeFileSync(path, JSON.stringify(manifest));
  return dir;
}

export async function launchChromiumRedirect(): Promise<RedirectBrowser> {
  const build = buildWithWebNavigation();
  const chromium = await launchChromium({ build });
  const origin = `chrome-extension://${chromium.extensionId}`;
  const listening = async () =>
    (await chromium.serviceWorker()).evaluate(() => chrome.webNavigation.onBeforeNavigate.hasListeners());
  const setOption = async (on: boolean) => {
    await (await chromium.serviceWorker()).evaluate(writeStoredSettings, { openPdfsInReader: on });
    // The background follows the setting's change event: wait until it has (or no longer has) its listener.
    await waitUntil(
      async () => (await listening()) === on,
      () => `the background did not ${on ? 'start' : 'stop'} listening to navigations`,
    );
  };
  return {
    origin,
    turnOn: () => setOption(true),
    turnOff: () => setOption(false),
    permitted: async () =>
      (await chromium.serviceWorker()).evaluate(() =>
        chrome.permissions.contains({ permissions: ['webNavigation'] }),
      ),
    async navigate(url) {
      const page = await chromium.context.newPage();
      // The redirect replaces this navigation (and a PDF left alone may be a download in headless Chromium), so
      // the navigation's own outcome is not the test's: the tab's address is.
      void page.goto(url).catch(() => undefined);
      return { url: async () => page.url(), reader: chromiumReaderTab(page), close: () => page.close() };
    },
    async openExtensionPage(path) {
      const page = await chromium.context.newPage();
      await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
      return chromiumReaderTab(page);
    },
    // Chromium's own PDF viewer, in the tabs the option leaves alone, asks for DevTools' inspector resources, which
    // the harness's request filter blocks: its console line is the viewer's, not the extension's.
    errors: () =>
      chromium.errors.filter((e) => !/\.pdf(#\S*)?: console: .*ERR_BLOCKED_BY_CLIENT\.Inspector$/.test(e)),
    async close() {
      await chromium.close();
      rmSync(build, { recursive: true, force: true });
    },
  };
}

export async function launchFirefoxRedirect(): Promise<RedirectBrowser> {
  const firefox = await launchFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  const options = await firefox.openExtensionPage('options.html');
  await options.setViewport({ width: 1280, height: 800 });
  const stored = () =>
    options.evaluate(
      async () =>
        ((await browser.storage.local.get('settings')).settings as { openPdfsInReader?: boolean })
          ?.openPdfsInReader === true,
    );
  const permitted = () =>
    options.evaluate(() => browser.permissions.contains({ permissions: ['webNavigation'] }));
  /** Clicks the option's checkbox with the mouse, as the reader would: the permission request needs that gesture. */
  const setOption = async (on: boolean) => {
    await options.bringToFront();
    const box = await options.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[name="openPdfsInReader"]')!;
      input.scrollIntoView({ block: 'center' });
      const r = input.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, checked: input.checked };
    });
    if (box.checked !== on) await options.mouse.click(box.x, box.y);
    await waitUntil(
      async () => (await stored()) === on,
      () => `the option did not turn ${on ? 'on' : 'off'}`,
    );
    // The background follows the setting's change event; Firefox gives no way to see its listener from a page.
    await sleep(300);
  };
  const tabOf = (page: Page): NavigatedTab => ({
    url: () => page.evaluate(() => location.href).catch(() => page.url()),
    reader: firefoxReaderTab(page),
    close: () => page.close(),
  });
  return {
    origin: firefox.origin,
    turnOn: () => setOption(true),
    turnOff: () => setOption(false),
    permitted,
    async navigate(url) {
      const page = await firefox.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      // A moz-extension:// page never reports its load over BiDi (docs/browser-quirks.md#bidi-extension-page-load-events).
      void page.goto(url).catch(() => undefined);
      return tabOf(page);
    },
    async openExtensionPage(path) {
      const page = await firefox.openExtensionPage(path);
      await page.setViewport({ width: 1280, height: 800 });
      return firefoxReaderTab(page);
    },
    errors: () => firefox.errors.filter((e) => /moz-extension:|console\.error/.test(e)),
    close: () => firefox.close(),
  };
}
