/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ExtensionBrowser } from './harness/chromium';
import { BUBBLE, dragSelect } from './harness/selection';
import { startServer, type FixtureServer } from './harness/server';

describe('extension smoke test in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('starts its service worker', async () => {
    const worker = await browser.serviceWorker();
    expect(worker.url()).toBe(`chrome-extension://${browser.extensionId}/background.js`);
  });

  it('creates its context-menu entry', async () => {
    const worker = await browser.serviceWorker();
    // contextMenus.update rejects for an id that does not exist. The entry comes from runtime.onInstalled,
    // which may still be running when the worker is first seen.
    const exists = () =>
      worker.evaluate(() =>
        chrome.contextMenus.update('immunolens-lookup', {}).then(
          () => true,
          () => false,
        ),
      );
    await expect.poll(exists, { timeout: 5_000 }).toBe(true);
  });

  it('runs its content script on a served page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/article.html`);
    await dragSelect(page, '#il12');
    await expect.poll(() => page.locator(`${BUBBLE} .bubble h2`).first().innerText()).toBe('Interleukin-12');
    await page.close();
  });

  it('renders the popup page with no console error', async () => {
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => page.locator('[role=combobox]').isVisible()).toBe(true);
    expect(await page.locator('.disclaimer').innerText()).toContain('does not give medical advice');
    await page.close();
    expect(browser.errors).toEqual([]);
  });

  it('renders the lookup page with a query and no console error', async () => {
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/lookup.html?q=IL-12`);
    await expect.poll(() => page.locator('[role=option]').first().innerText()).toContain('Interleukin-12');
    await page.close();
    expect(browser.errors).toEqual([]);
  });

  it('renders the options page with no console error', async () => {
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('ImmunoLens options');
    await page.close();
    expect(browser.errors).toEqual([]);
  });

  it('makes no request outside 127.0.0.1', () => {
    expect(browser.blockedRequests).toEqual([]);
  });
});
