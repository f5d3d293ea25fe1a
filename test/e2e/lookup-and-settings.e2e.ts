/// <reference types="chrome" />
/**
 * The full lookup page (queries, deep links, back and forward), the context menu and the shortcut (called through
 * the service worker's test hook, since headless Chromium has no menu to click), and the options page: every
 * setting changes what an already-open page does, and settings outlive a browser restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bubbleStyle, expectHeadings, expectNoBubble } from './harness/bubble';
import {
  launchChromiumDriver,
  type ChromiumDriver,
  type ChromiumPageDriver,
} from './harness/chromium-driver';
import {
  BUBBLE_TAG,
  clearSelection,
  doubleClick,
  dragSelect,
  expectStays,
  selectText,
} from './harness/driver';
import { itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';

const IL12 = 'Interleukin-12';
const IFNG = 'Interferon gamma';

/**
 * Calls one of the service worker's test hooks (`self.immunolens`), as the browser would call the listener it
 * stands for: headless Chromium has no context menu to click and no shortcut to press.
 */
async function callBackground(browser: ChromiumDriver, hook: string, ...args: unknown[]): Promise<void> {
  const worker = await browser.chromium.serviceWorker();
  await worker.evaluate(
    ({ hook, args }) =>
      (self as unknown as { immunolens: Record<string, (...a: unknown[]) => Promise<void>> }).immunolens[
        hook
      ]!(...args),
    { hook, args },
  );
}

describe('the lookup page', () => {
  const env = useBrowser(launchChromiumDriver);
  const lookupUrl = (rest: string) =>
    `chrome-extension://${env.browser.chromium.extensionId}/lookup.html${rest}`;
  const h1 = (page: Page) => page.locator('h1').innerText();

  it('explains ?q= as the bubble would: a query that is one term opens its entry, with the search box kept', async () => {
    const page = await env.browser.chromium.newPage();
    await page.goto(lookupUrl('?q=IL-12'));
    await expect.poll(() => h1(page)).toBe(IL12);
    expect(await page.getByRole('combobox').inputValue()).toBe('IL-12');
    expect(await page.title()).toBe(`${IL12} · ImmunoLens`);
    // A new query in the box shows its results.
    await page.getByRole('combobox').fill('cytokines');
    await expect.poll(() => page.locator('[role=option] .result-title').first().innerText()).toBe('Cytokine');
    await page.close();
  });

  it('opens deep links to a term and to a question', async () => {
    const page = await env.browser.chromium.newPage();
    await page.goto(lookupUrl('#term/il-12'));
    await expect.poll(() => page.title()).toBe(`${IL12} · ImmunoLens`);
    expect(await h1(page)).toBe(IL12);

    await page.goto(lookupUrl('#qa/cancers-release-cytokines'));
    // A hash change on the same page is not a new load: the page follows it.
    await expect.poll(() => h1(page)).toBe('What cancers release cytokines?');
    expect(await page.title()).toBe('What cancers release cytokines? · ImmunoLens');
    expect(await page.locator('article table tbody tr').count()).toBe(4);

    // A fresh load of the question's link shows it as well.
    const fresh = await env.browser.chromium.newPage();
    await fresh.goto(lookupUrl('#qa/cancers-release-cytokines'));
    await expect.poll(() => h1(fresh)).toBe('What cancers release cytokines?');
    await fresh.close();
    await page.close();
  });

  it('moves between entries with related links, back and forward', async () => {
    const page = await env.browser.chromium.newPage();
    await page.goto(lookupUrl('#term/il-12'));
    await expect.poll(() => h1(page)).toBe(IL12);
    await page.locator('article h2:text-is("Related terms") + ul').getByRole('link', { name: IFNG }).click();
    await expect.poll(() => h1(page)).toBe(IFNG);
    expect(new URL(page.url()).hash).toBe('#term/ifn-gamma');
    expect(await page.title()).toBe(`${IFNG} · ImmunoLens`);

    await page.goBack();
    await expect.poll(() => h1(page)).toBe(IL12);
    expect(await page.title()).toBe(`${IL12} · ImmunoLens`);
    await page.goForward();
    await expect.poll(() => h1(page)).toBe(IFNG);
    expect(await page.title()).toBe(`${IFNG} · ImmunoLens`);
    // The page's own Back button goes back the same way.
    await page.getByRole('button', { name: /Back/ }).click();
    await expect.poll(() => h1(page)).toBe(IL12);
    // On the entry the page was opened at, Back shows the search, and does not leave the page for the one before.
    await page.getByRole('button', { name: /Back/ }).click();
    await expect.poll(() => page.getByRole('combobox').isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/lookup.html');
    await page.close();
  });

  itLoggedNoErrorAndStayedLocal(env);
});

describe('the context menu and the shortcut', () => {
  const env = useBrowser(launchChromiumDriver);

  /** The one tab that is active in a normal window: the page the test brought to the front. */
  const activeTab = async () => {
    const worker = await env.browser.chromium.serviceWorker();
    return worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({ active: true, windowType: 'normal' });
      if (tabs.length !== 1) throw new Error(`${tabs.length} active tabs`);
      return tabs[0]!;
    });
  };
  const menuClick = async (selectionText: string, pageUrl: string) => {
    const info = { menuItemId: 'immunolens-lookup', selectionText, frameId: 0, editable: false, pageUrl };
    await callBackground(env.browser, 'handleContextMenuClick', info, await activeTab());
  };
  const openArticle = async (query: string): Promise<ChromiumPageDriver> => {
    const page = await env.browser.newPage();
    await page.goto(`${env.server.origin}/article.html?${query}`);
    await page.playwright.bringToFront();
    return page;
  };

  it('shows the bubble for the selected term on a page', async () => {
    const page = await openArticle('menu');
    await selectText(page, '#il12');
    await menuClick('IL-12', page.playwright.url());
    await expectHeadings(page, [IL12]);
    await page.close();
  });

  it('answers "no entry" and offers a search for a selection that is no term', async () => {
    const page = await openArticle('menu-plain');
    await selectText(page, '#plain');
    await menuClick('weather', page.playwright.url());
    await expectHeadings(page, ['No entry for “weather”']);
    const bubble = page.playwright.locator(`${BUBBLE_TAG} .bubble`);
    expect(await bubble.getByRole('button', { name: 'Search ImmunoLens' }).count()).toBe(1);
    // Suggestions are only entries whose names match; nothing is named like "weather".
    expect(await bubble.locator('.no-entry li').allInnerTexts()).toEqual([]);
    await page.close();
  });

  it.each([
    ['an extension page (options.html)', (id: string) => `chrome-extension://${id}/options.html`],
    ['a data: URL', () => 'data:text/html,<p>Selected: IL-12</p>'],
  ])('opens the lookup page in a new window on %s, where no content script runs', async (_, url) => {
    const page = await env.browser.chromium.newPage();
    await page.goto(url(env.browser.chromium.extensionId));
    await page.bringToFront();
    const opened = env.browser.chromium.context.waitForEvent('page');
    await menuClick('IL-12', page.url());
    const lookup = await opened;
    expect(lookup.url()).toBe(`chrome-extension://${env.browser.chromium.extensionId}/lookup.html?q=IL-12`);
    // The page bundles the glossary (about 1 MB): on a loaded machine it can take longer than a poll's second.
    await lookup.waitForLoadState('load');
    await expect.poll(() => lookup.locator('h1').innerText()).toBe(IL12);
    // In a small window of its own, beside the page.
    expect(await lookup.evaluate(() => chrome.windows.getCurrent().then((w) => w.type))).toBe('popup');
    await lookup.close();
    await page.close();
  });

  it('shows the bubble for the selection on the shortcut', async () => {
    const page = await openArticle('shortcut');
    await selectText(page, '#il12');
    await callBackground(env.browser, 'handleCommand', 'lookup-selection', await activeTab());
    await expectHeadings(page, [IL12]);
    await page.close();
  });

  itLoggedNoErrorAndStayedLocal(env);
});

describe('the options page', () => {
  const env = useBrowser(launchChromiumDriver);
  let article: ChromiumPageDriver;
  let options: Page;
  const settings = async () => {
    const worker = await env.browser.chromium.serviceWorker();
    return worker.evaluate(() => chrome.storage.local.get('settings').then((s) => s.settings ?? null));
  };
  const setting = async (key: string) => ((await settings()) as Record<string, unknown> | null)?.[key];
  /** Ticks (or unticks) the option labelled `label`, as the reader does, and waits until it is stored. */
  const setOption = async (
    label: string | RegExp,
    stored: Record<string, unknown>,
    action: 'check' | 'uncheck' = 'check',
  ) => {
    await options.getByLabel(label, { exact: true })[action]();
    const [[key, value]] = Object.entries(stored) as [[string, unknown]];
    await expect.poll(() => setting(key)).toBe(value);
  };
  /** Selects a term on the article the reader keeps open, as they would after changing an option. */
  const select = async (how: 'drag' | 'double-click', selector = '#il12') => {
    // The previous bubble closes with a click elsewhere; a selection left in place would be dragged, not made.
    await article.mouse.click(5, 5);
    await clearSelection(article);
    if (how === 'drag') await dragSelect(article, selector);
    else await doubleClick(article, selector);
  };
  beforeAll(async () => {
    article = await env.browser.newPage();
    await article.goto(`${env.server.origin}/article.html`);
    // In a window of its own, so that the article stays the visible tab of its window while options change:
    // a hidden tab's timers and animation frames are throttled, the bubble's debounce and Playwright's checks too
    // (docs/browser-quirks.md#chromium-hidden-tab-throttling).
    const worker = await env.browser.chromium.serviceWorker();
    const opened = env.browser.chromium.context.waitForEvent('page');
    await worker.evaluate(
      (url) => chrome.windows.create({ url, type: 'normal' }),
      `chrome-extension://${env.browser.chromium.extensionId}/options.html`,
    );
    options = await opened;
    await options.getByRole('heading', { name: 'ImmunoLens options' }).waitFor();
  });

  it('shows the bubble with the default settings', async () => {
    // The content script reads its settings on the first selection: from then on it must follow them live.
    await select('drag');
    await expectHeadings(article, [IL12]);
  });

  it('follows the trigger mode: double-click only, then never by itself', async () => {
    await setOption('Only when I double-click a word', { trigger: 'dblclick' });
    await select('drag');
    await expectNoBubble(article);
    await select('double-click', '#cytokines');
    await expectHeadings(article, ['Cytokine']);

    await setOption(/^Never by itself/, { trigger: 'off' });
    await select('drag');
    await expectNoBubble(article);
    await select('double-click', '#cytokines');
    await expectNoBubble(article);

    await setOption('When I select a term', { trigger: 'selection' });
    await select('drag');
    await expectHeadings(article, [IL12]);
  });

  it('stays quiet on a disabled site, and speaks again once it is removed', async () => {
    await options.getByLabel('Add a site').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => setting('disabledSites')).toEqual(['127.0.0.1']);
    expect(await options.getByRole('list', { name: 'Disabled sites' }).innerText()).toContain('127.0.0.1');
    expect(await options.getByLabel('Add a site').inputValue()).toBe('');
    await select('drag');
    await expectNoBubble(article);

    // Something that is no site name is refused, with a message.
    await options.getByLabel('Add a site').fill('not a site');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => options.getByRole('alert').innerText()).toContain('is not a site name');
    expect(await setting('disabledSites')).toEqual(['127.0.0.1']);

    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect.poll(() => setting('disabledSites')).toEqual([]);
    await select('drag');
    await expectHeadings(article, [IL12]);
  });

  it('follows the theme', async () => {
    await setOption('Dark', { theme: 'dark' });
    await select('drag');
    await expectHeadings(article, [IL12]);
    expect((await bubbleStyle(article))?.theme).toBe('dark');

    await setOption('Light', { theme: 'light' });
    await select('drag');
    await expectHeadings(article, [IL12]);
    expect((await bubbleStyle(article))?.theme).toBe('light');
    await setOption('Follow the system', { theme: 'system' });
  });

  it('follows the text size', async () => {
    await select('drag');
    await expectHeadings(article, [IL12]);
    const normal = (await bubbleStyle(article))!.fontSize;

    await options.getByLabel('Text size').selectOption('150');
    await expect.poll(() => setting('fontSize')).toBe(150);
    await select('drag');
    await expectHeadings(article, [IL12]);
    const large = (await bubbleStyle(article))!.fontSize;
    expect(large).toBeGreaterThan(normal);
    expect(large / normal).toBeCloseTo(1.5, 1);

    await options.getByLabel('Text size').selectOption('100');
    await expect.poll(() => setting('fontSize')).toBe(100);
  });

  it('records lookups only while history is on, and clears them', async () => {
    const worker = await env.browser.chromium.serviceWorker();
    const history = () =>
      worker.evaluate(() => chrome.storage.local.get('history').then((s) => s.history ?? []));
    await options.getByRole('button', { name: 'Clear history' }).click();
    await expect.poll(history).toEqual([]);
    await select('drag');
    await expectHeadings(article, [IL12]);
    await expect.poll(history).toEqual([expect.objectContaining({ kind: 'term', id: 'il-12' })]);

    await options.getByRole('button', { name: 'Clear history' }).click();
    await expect.poll(history).toEqual([]);
    await setOption('Remember recent lookups on this device', { history: false }, 'uncheck');
    await select('drag');
    await expectHeadings(article, [IL12]);
    await expectStays(history, []);

    await setOption('Remember recent lookups on this device', { history: true });
  });

  it('reacts in editable areas only when asked to', async () => {
    await select('drag', '#editable');
    await expectNoBubble(article);
    await setOption(/^Also in text fields/, { editableFields: true });
    await select('drag', '#editable');
    await expectHeadings(article, [IL12]);
    await setOption(/^Also in text fields/, { editableFields: false }, 'uncheck');
  });

  itLoggedNoErrorAndStayedLocal(env);
});

describe('settings across a browser restart', () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'immunolens-restart-'));
  afterAll(() => rmSync(userDataDir, { recursive: true, force: true }));

  const saved = {
    trigger: 'dblclick',
    disabledSites: ['example.org'],
    theme: 'dark',
    fontSize: 130,
    history: false,
    editableFields: true,
    openPdfsInReader: false,
    highlightTerms: false,
    lensOnSites: [],
    lensOffSites: [],
  };

  it('keeps every setting in storage and shows it on the options page', async () => {
    let browser = await launchChromiumDriver({ userDataDir });
    let options = (await browser.openExtensionPage('options.html')).playwright;
    await options.getByLabel('Only when I double-click a word').check();
    await options.getByLabel('Add a site').fill('www.example.org');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options.getByLabel('Dark').check();
    await options.getByLabel('Text size').selectOption('130');
    await options.getByLabel('Remember recent lookups on this device').uncheck();
    await options.getByLabel(/^Also in text fields/).check();
    const stored = async (b: ChromiumDriver) =>
      (await b.chromium.serviceWorker()).evaluate(() =>
        chrome.storage.local.get('settings').then((s) => s.settings),
      );
    await expect.poll(() => stored(browser)).toEqual(saved);
    const extensionId = browser.chromium.extensionId;
    expect(browser.errors()).toEqual([]);
    await browser.close({ keepProfile: true });

    browser = await launchChromiumDriver({ userDataDir });
    try {
      expect(browser.chromium.extensionId).toBe(extensionId);
      expect(await stored(browser)).toEqual(saved);
      options = (await browser.openExtensionPage('options.html')).playwright;
      await expect.poll(() => options.getByLabel('Only when I double-click a word').isChecked()).toBe(true);
      expect(await options.getByRole('list', { name: 'Disabled sites' }).innerText()).toContain(
        'example.org',
      );
      expect(await options.getByLabel('Dark').isChecked()).toBe(true);
      expect(await options.getByLabel('Text size').inputValue()).toBe('130');
      expect(await options.getByLabel('Remember recent lookups on this device').isChecked()).toBe(false);
      expect(await options.getByLabel(/^Also in text fields/).isChecked()).toBe(true);
      // The options page itself follows the theme and the text size.
      expect(await options.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(browser.errors()).toEqual([]);
      expect(browser.blockedRequests()).toEqual([]);
    } finally {
      await browser.close({ keepProfile: true });
    }
  });
});
