/**
 * Private windows in Firefox, as private-window.e2e.ts checks them in Chromium: the extension allowed in private
 * windows as about:addons does it, a private window opened as File → New Private Window does
 * (harness/firefox-driver.ts), and the full view page asked for from there, by the bubble's "Open full entry" and
 * by the real context menu on a page no content script runs in. Firefox opens the page in the private window
 * (a tab beside the page, or a private popup window: entrypoints/background/hand-over.ts), and its URL carries only
 * the hand-over's token; the text waits in storage.session, is read once, and nothing reaches the lookup history or
 * the study list.
 */
import { expect, it } from 'vitest';
import { clickInBubble, expectHeadings, textInBubble } from './harness/bubble';
import { dragSelect, selectionBox, waitUntil, type PageDriver } from './harness/driver';
import { EXTENSION_ORIGIN } from './harness/firefox';
import { launchFirefoxDriver, type FirefoxDriver, type FirefoxPageDriver } from './harness/firefox-driver';
import type { BrowserTab } from './harness/firefox-browser-ui';
import { describeInFirefox, itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';

const SECRET = 'IL-12 and my biopsy results';
const HAND_OVER_URL = new RegExp(`^${EXTENSION_ORIGIN}/lookup\\.html\\?handover=[0-9a-f-]{36}$`);

/** The lookup page's tab that opens after `act`, in any window. */
async function lookupTabOpenedBy(browser: FirefoxDriver, act: () => Promise<unknown>): Promise<BrowserTab> {
  const before = new Set((await browser.tabs()).map((tab) => tab.navigable));
  await act();
  let opened: BrowserTab | undefined;
  let tabs: BrowserTab[] = [];
  await waitUntil(
    async () =>
      (opened = (tabs = await browser.tabs()).find(
        (tab) => !before.has(tab.navigable) && tab.url.startsWith(`${EXTENSION_ORIGIN}/lookup.html`),
      )) !== undefined,
    () => `no lookup page opened; the tabs are ${JSON.stringify(tabs.map((t) => t.url))}`,
  );
  return opened!;
}

/** What the extension keeps: session storage, the lookup history and the study list's entries. */
async function kept(driver: FirefoxDriver) {
  const page = await driver.openExtensionPage('lookup.html#study');
  await waitUntil(
    () => page.evaluate(() => document.querySelector('.study-rows, .study > p:last-of-type') !== null, null),
    () => 'the study list did not show',
  );
  const state = await page.evaluate(
    async () => ({
      session: await browser.storage.session.get(null),
      history: (await browser.storage.local.get('history')).history as unknown,
      study: [...document.querySelectorAll('.study-row h2')].map((h) => h.textContent),
    }),
    null,
  );
  await page.close();
  return state;
}

const textOf = (page: PageDriver, selector: string) =>
  page.evaluate((sel) => document.querySelector(sel)?.textContent ?? null, selector);

describeInFirefox('the full view page asked for from a private window, in Firefox', () => {
  const env = useBrowser(launchFirefoxDriver);

  it('opens "Open full entry" in a private tab whose URL holds only the token, and keeps nothing', async () => {
    const page = await env.browser.newPrivatePage();
    await page.goto(`${env.server.origin}/article.html`);
    await dragSelect(page, '#il12');
    await expectHeadings(page, ['Interleukin-12']);
    // The bubble knows it is in a private window once the background answers its save status: nothing is saved
    // with a single press there (the study e2e presses it).
    await expect
      .poll(() => textInBubble(page, '.save-note'))
      .toBe('Private window: nothing is saved unless you confirm.');

    const tab = await lookupTabOpenedBy(env.browser, () => clickInBubble(page, 'button.open-entry'));
    const tabs = await env.browser.tabs();
    const pageTab = tabs.find((t) => t.url === `${env.server.origin}/article.html`);
    // Beside the page, in its private window.
    expect(tab).toMatchObject({ private: true, popup: false, window: pageTab?.window });
    expect(tab.url).toMatch(HAND_OVER_URL);
    const lookup = await env.browser.pageOfTab(tab.navigable);
    await expect.poll(() => textOf(lookup, 'h1'), { timeout: 10_000 }).toBe('Interleukin-12');
    expect(await lookup.evaluate(() => document.title, null)).toBe('ImmunoLens');
    // Read once and gone; the private tab's lookup and the entry it opened are in no history, nothing saved.
    expect(await kept(env.browser)).toEqual({ session: {}, history: undefined, study: [] });
    await lookup.close();
    await page.close();
  });

  it('answers the context menu on a page without a content script in a private popup window, only once', async () => {
    const page: FirefoxPageDriver = await env.browser.newPrivatePage();
    // A data: page has no content script: the menu falls back to the full view page.
    await page.puppeteer.goto(`data:text/html,<p id="secret">${encodeURIComponent(SECRET)}</p>`);
    await dragSelect(page, '#secret');
    const box = await selectionBox(page);
    let label = '';
    const tab = await lookupTabOpenedBy(env.browser, async () => {
      label = await env.browser.chooseFromContextMenu(page, {
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
      });
    });
    expect(label).toBe(`Look up "${SECRET}" in ImmunoLens`);
    expect(tab).toMatchObject({ private: true, popup: true });
    expect(tab.url).toMatch(HAND_OVER_URL);

    const lookup = await env.browser.pageOfTab(tab.navigable);
    const box$ = () =>
      lookup.evaluate(() => document.querySelector<HTMLInputElement>('[role=combobox]')?.value ?? null, null);
    // The page shows the selection, but its address and title hold none of it.
    await expect.poll(box$, { timeout: 10_000 }).toBe(SECRET);
    await expect.poll(() => textOf(lookup, 'h2')).toBe('Interleukin-12');
    expect(await lookup.evaluate(() => document.title, null)).toBe('ImmunoLens');
    expect(await kept(env.browser)).toEqual({ session: {}, history: undefined, study: [] });

    // Typing in the box writes nothing to the address either.
    await lookup.evaluate(() => document.querySelector<HTMLInputElement>('[role=combobox]')!.focus(), null);
    await lookup.evaluate(() => document.querySelector<HTMLInputElement>('[role=combobox]')!.select(), null);
    await lookup.keyboard.type('cytokines');
    await expect
      .poll(() => lookup.evaluate(() => document.querySelectorAll('[role=option]').length, null))
      .toBeGreaterThan(0);
    expect(await box$()).toBe('cytokines');
    expect(await lookup.evaluate(() => location.href, null)).toMatch(HAND_OVER_URL);
    expect((await env.browser.tabs()).find((t) => t.navigable === tab.navigable)?.url).toMatch(HAND_OVER_URL);

    // Reloaded, the page has nothing left to show and says why.
    await lookup.evaluate(() => location.reload(), null);
    await expect
      .poll(() => textOf(lookup, '.hand-over-gone[role=status]').catch(() => null), { timeout: 10_000 })
      .toContain('private window');
    expect(await box$()).toBe('');
    expect(await kept(env.browser)).toEqual({ session: {}, history: undefined, study: [] });
    await lookup.close();
    await page.close();
  });

  itLoggedNoErrorAndStayedLocal(env);
});
