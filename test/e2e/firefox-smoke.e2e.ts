import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bubbleHeadings,
  dragSelect,
  EXTENSION_ID,
  firefoxUnavailable,
  launchFirefox,
  optionTexts,
  type FirefoxExtensionBrowser,
} from './harness/firefox';
import { startServer, type FixtureServer } from './harness/server';

const unavailable = firefoxUnavailable();

describe.skipIf(unavailable)('extension smoke test in Firefox', () => {
  let firefox: FirefoxExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startServer();
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('installs the extension under its fixed id', () => {
    expect(firefox.extensionId).toBe(EXTENSION_ID);
  });

  it('renders the popup page with its search box and no console error', async () => {
    const page = await firefox.openExtensionPage('popup.html');
    await page.waitForSelector('[role=combobox]', { visible: true });
    await page.close();
    expect(firefox.errors).toEqual([]);
  });

  it('lists Interleukin-12 when "IL-12" is typed in the popup', async () => {
    const page = await firefox.openExtensionPage('popup.html');
    await page.waitForSelector('[role=combobox]', { visible: true });
    await page.type('[role=combobox]', 'IL-12');
    await expect.poll(() => optionTexts(page).then((t) => t[0] ?? '')).toContain('Interleukin-12');
    await page.close();
    expect(firefox.errors).toEqual([]);
  });

  it('moves through the popup results with the arrow keys and opens one with Enter', async () => {
    const page = await firefox.openExtensionPage('popup.html');
    await page.waitForSelector('[role=combobox]', { visible: true });
    await page.type('[role=combobox]', 'il12');
    await expect.poll(() => optionTexts(page).then((t) => t.length)).toBeGreaterThan(1);
    const active = () =>
      page.evaluate(() => document.querySelector('[role=combobox]')!.getAttribute('aria-activedescendant'));
    await page.keyboard.press('ArrowDown');
    await expect.poll(active).toBe('il-result-0');
    await page.keyboard.press('ArrowDown');
    await expect.poll(active).toBe('il-result-1');
    await page.keyboard.press('ArrowUp');
    await expect.poll(active).toBe('il-result-0');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('h1')?.textContent ?? ''))
      .toBe('Interleukin-12');
    await page.keyboard.press('Escape');
    await expect
      .poll(() =>
        page.evaluate(() => (document.querySelector('[role=combobox]') as HTMLInputElement | null)?.value),
      )
      .toBe('il12');
    await page.close();
    expect(firefox.errors).toEqual([]);
  });

  it('renders the lookup page with a query and no console error', async () => {
    const page = await firefox.openExtensionPage('lookup.html?q=IL-12');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('h1')?.textContent ?? ''))
      .toBe('Interleukin-12');
    await page.close();
    expect(firefox.errors).toEqual([]);
  });

  it('renders the options page with no console error', async () => {
    const page = await firefox.openExtensionPage('options.html');
    await expect
      .poll(() => page.$eval('h1', (h) => h.textContent).catch(() => null))
      .toBe('ImmunoLens options');
    await page.close();
    expect(firefox.errors).toEqual([]);
  });

  it('holds the <all_urls> host permission after install', async () => {
    // Firefox treats MV3 host permissions as optional; this profile keeps its default of granting them on install.
    const page = await firefox.openExtensionPage('popup.html');
    const granted = await page.evaluate(() => browser.permissions.contains({ origins: ['<all_urls>'] }));
    await page.close();
    expect(granted).toBe(true);
  });

  it('shows the bubble when "IL-12" is selected on a served page', async () => {
    const page = await firefox.newPage();
    await page.goto(`${server.origin}/article.html`);
    await dragSelect(page, '#il12');
    await expect.poll(() => bubbleHeadings(page).then((h) => h[0])).toBe('Interleukin-12');
    await page.close();
    expect(firefox.errors).toEqual([]);
  });

  it('makes no request outside 127.0.0.1', () => {
    expect(firefox.blockedRequests).toEqual([]);
    expect(firefox.outsideRequests()).toEqual([]);
  });
});

if (unavailable) {
  // The skip note shows in the verbose reporter only; say it in the default one too.
  console.warn(`Skipping the Firefox end-to-end tests. ${unavailable}`);
  describe('extension smoke test in Firefox', () => {
    it('needs Firefox', (context) => context.skip(unavailable));
  });
}
