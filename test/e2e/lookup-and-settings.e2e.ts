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
import { launchChromium, type ExtensionBrowser } from './harness/chromium';
import { asDocument, waitForContentScript } from './harness/playwright-page';
import { BUBBLE_TAG, NOTHING_APPEARS_MS, expectHeadings, expectNoBubble, sleep } from './harness/driver';
import { doubleClick, dragSelect } from './harness/selection';
import { startServer, type FixtureServer } from './harness/server';

const IL12 = 'Interleukin-12';
const IFNG = 'Interferon gamma';

/** Selects an element's text from script: no mouse or key event, so no automatic bubble. */
const selectText = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(sel)!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, selector);

const clearSelection = (page: Page) => page.evaluate(() => document.getSelection()?.removeAllRanges());

/** The bubble's host attributes and its panel's computed font size, or null when there is no bubble. */
const bubbleStyle = (page: Page) =>
  page.evaluate((tag) => {
    const host = document.querySelector(tag);
    const bubble = host?.shadowRoot?.querySelector('.bubble');
    if (!host || !bubble) return null;
    return {
      theme: host.getAttribute('data-theme'),
      fontSize: parseFloat(getComputedStyle(bubble).fontSize),
    };
  }, BUBBLE_TAG);

/** Fails if `read` stops giving `expected` within NOTHING_APPEARS_MS: for things that must not happen. */
async function expectStays<T>(read: () => Promise<T>, expected: T): Promise<void> {
  const deadline = Date.now() + NOTHING_APPEARS_MS;
  do {
    expect(await read()).toEqual(expected);
    await sleep(50);
  } while (Date.now() < deadline);
  expect(await read()).toEqual(expected);
}

function useBrowser(options: { userDataDir?: string } = {}) {
  const state = {} as { browser: ExtensionBrowser; server: FixtureServer };
  beforeAll(async () => {
    state.server = await startServer();
    state.browser = await launchChromium(options);
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}

describe('the lookup page', () => {
  const env = useBrowser();
  const lookupUrl = (rest: string) => `chrome-extension://${env.browser.extensionId}/lookup.html${rest}`;
  const h1 = (page: Page) => page.locator('h1').innerText();

  it('explains ?q= as the bubble would: a query that is one term opens its entry, with the search box kept', async () => {
    const page = await env.browser.newPage();
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
    const page = await env.browser.newPage();
    await page.goto(lookupUrl('#term/il-12'));
    await expect.poll(() => page.title()).toBe(`${IL12} · ImmunoLens`);
    expect(await h1(page)).toBe(IL12);

    await page.goto(lookupUrl('#qa/cancers-release-cytokines'));
    // A hash change on the same page is not a new load: the page follows it.
    await expect.poll(() => h1(page)).toBe('What cancers release cytokines?');
    expect(await page.title()).toBe('What cancers release cytokines? · ImmunoLens');
    expect(await page.locator('article table tbody tr').count()).toBe(4);

    // A fresh load of the question's link shows it as well.
    const fresh = await env.browser.newPage();
    await fresh.goto(lookupUrl('#qa/cancers-release-cytokines'));
    await expect.poll(() => h1(fresh)).toBe('What cancers release cytokines?');
    await fresh.close();
    await page.close();
  });

  it('moves between entries with related links, back and forward', async () => {
    const page = await env.browser.newPage();
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

  it('logs no error and makes no request outside 127.0.0.1', () => {
    expect(env.browser.errors).toEqual([]);
    expect(env.browser.blockedRequests).toEqual([]);
  });
});

describe('the context menu and the shortcut', () => {
  const env = useBrowser();

  /** The one tab that is active in a normal window: the page the test brought to the front. */
  const activeTab = async () => {
    const worker = await env.browser.serviceWorker();
    return worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({ active: true, windowType: 'normal' });
      if (tabs.length !== 1) throw new Error(`${tabs.length} active tabs`);
      return tabs[0]!;
    });
  };
  const menuClick = async (selectionText: string, pageUrl: string) => {
    const tab = await activeTab();
    const worker = await env.browser.serviceWorker();
    await worker.evaluate(
      ({ selectionText, pageUrl, tab }) =>
        (
          self as unknown as {
            immunolens: { handleContextMenuClick: (info: object, tab: chrome.tabs.Tab) => Promise<void> };
          }
        ).immunolens.handleContextMenuClick(
          { menuItemId: 'immunolens-lookup', selectionText, frameId: 0, editable: false, pageUrl },
          tab,
        ),
      { selectionText, pageUrl, tab },
    );
  };
  const openArticle = async (query: string) => {
    const page = await env.browser.newPage();
    await page.goto(`${env.server.origin}/article.html?${query}`);
    await page.bringToFront();
    await waitForContentScript(page, env.browser.extensionId);
    return page;
  };

  it('shows the bubble for the selected term on a page', async () => {
    const page = await openArticle('menu');
    await selectText(page, '#il12');
    await menuClick('IL-12', page.url());
    await expectHeadings(asDocument(page), [IL12]);
    await page.close();
  });

  it('answers "no entry" and offers a search for a selection that is no term', async () => {
    const page = await openArticle('menu-plain');
    await selectText(page, '#plain');
    await menuClick('weather', page.url());
    await expectHeadings(asDocument(page), ['No entry for “weather”']);
    const bubble = page.locator(`${BUBBLE_TAG} .bubble`);
    expect(await bubble.getByRole('button', { name: 'Search ImmunoLens' }).count()).toBe(1);
    // Suggestions are only entries whose names match; nothing is named like "weather".
    expect(await bubble.locator('.no-entry li').allInnerTexts()).toEqual([]);
    await page.close();
  });

  it.each([
    ['an extension page (options.html)', (id: string) => `chrome-extension://${id}/options.html`],
    ['a data: URL', () => 'data:text/html,<p>Selected: IL-12</p>'],
  ])('opens the lookup page in a new window on %s, where no content script runs', async (_, url) => {
    const page = await env.browser.newPage();
    await page.goto(url(env.browser.extensionId));
    await page.bringToFront();
    const opened = env.browser.context.waitForEvent('page');
    await menuClick('IL-12', page.url());
    const lookup = await opened;
    expect(lookup.url()).toBe(`chrome-extension://${env.browser.extensionId}/lookup.html?q=IL-12`);
    await expect.poll(() => lookup.locator('h1').innerText()).toBe(IL12);
    // In a small window of its own, beside the page.
    expect(await lookup.evaluate(() => chrome.windows.getCurrent().then((w) => w.type))).toBe('popup');
    await lookup.close();
    await page.close();
  });

  it('shows the bubble for the selection on the shortcut', async () => {
    const page = await openArticle('shortcut');
    await selectText(page, '#il12');
    const tab = await activeTab();
    const worker = await env.browser.serviceWorker();
    await worker.evaluate(
      (tab) =>
        (
          self as unknown as {
            immunolens: { handleCommand: (command: string, tab: chrome.tabs.Tab) => Promise<void> };
          }
        ).immunolens.handleCommand('lookup-selection', tab),
      tab,
    );
    await expectHeadings(asDocument(page), [IL12]);
    await page.close();
  });

  it('logs no error and makes no request outside 127.0.0.1', () => {
    expect(env.browser.errors).toEqual([]);
    expect(env.browser.blockedRequests).toEqual([]);
  });
});

describe('the options page', () => {
  const env = useBrowser();
  let article: Page;
  let options: Page;
  const settings = async () => {
    const worker = await env.browser.serviceWorker();
    return worker.evaluate(() => chrome.storage.local.get('settings').then((s) => s.settings ?? null));
  };
  const setting = async (key: string) => ((await settings()) as Record<string, unknown> | null)?.[key];
  /** Selects a term on the article the reader keeps open, as they would after changing an option. */
  const select = async (how: 'drag' | 'double-click', selector = '#il12') => {
    // The previous bubble closes with a click elsewhere; a selection left in place would be dragged, not made.
    await article.mouse.click(5, 5);
    await clearSelection(article);
    if (how === 'drag') await dragSelect(article, selector);
    else await doubleClick(article, selector);
  };
  const doc = () => asDocument(article);

  beforeAll(async () => {
    article = await env.browser.newPage();
    await article.goto(`${env.server.origin}/article.html`);
    await waitForContentScript(article, env.browser.extensionId);
    // In a window of its own, so that the article stays the visible tab of its window while options change:
    // a hidden tab's timers and animation frames are throttled, the bubble's debounce and Playwright's checks too.
    const worker = await env.browser.serviceWorker();
    const opened = env.browser.context.waitForEvent('page');
    await worker.evaluate(
      (url) => chrome.windows.create({ url, type: 'normal' }),
      `chrome-extension://${env.browser.extensionId}/options.html`,
    );
    options = await opened;
    await options.getByRole('heading', { name: 'ImmunoLens options' }).waitFor();
  });

  it('shows the bubble with the default settings', async () => {
    // The content script reads its settings on the first selection: from then on it must follow them live.
    await select('drag');
    await expectHeadings(doc(), [IL12]);
  });

  it('follows the trigger mode: double-click only, then never by itself', async () => {
    await options.getByLabel('Only when I double-click a word').check();
    await expect.poll(() => setting('trigger')).toBe('dblclick');
    await select('drag');
    await expectNoBubble(doc());
    await select('double-click', '#cytokines');
    await expectHeadings(doc(), ['Cytokine']);

    await options.getByLabel(/^Never by itself/).check();
    await expect.poll(() => setting('trigger')).toBe('off');
    await select('drag');
    await expectNoBubble(doc());
    await select('double-click', '#cytokines');
    await expectNoBubble(doc());

    await options.getByLabel('When I select a term').check();
    await expect.poll(() => setting('trigger')).toBe('selection');
    await select('drag');
    await expectHeadings(doc(), [IL12]);
  });

  it('stays quiet on a disabled site, and speaks again once it is removed', async () => {
    await options.getByLabel('Add a site').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => setting('disabledSites')).toEqual(['127.0.0.1']);
    expect(await options.getByRole('list', { name: 'Disabled sites' }).innerText()).toContain('127.0.0.1');
    expect(await options.getByLabel('Add a site').inputValue()).toBe('');
    await select('drag');
    await expectNoBubble(doc());

    // Something that is no site name is refused, with a message.
    await options.getByLabel('Add a site').fill('not a site');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => options.getByRole('alert').innerText()).toContain('is not a site name');
    expect(await setting('disabledSites')).toEqual(['127.0.0.1']);

    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect.poll(() => setting('disabledSites')).toEqual([]);
    await select('drag');
    await expectHeadings(doc(), [IL12]);
  });

  it('follows the theme', async () => {
    await options.getByLabel('Dark').check();
    await expect.poll(() => setting('theme')).toBe('dark');
    await select('drag');
    await expectHeadings(doc(), [IL12]);
    expect((await bubbleStyle(article))?.theme).toBe('dark');

    await options.getByLabel('Light').check();
    await expect.poll(() => setting('theme')).toBe('light');
    await select('drag');
    await expectHeadings(doc(), [IL12]);
    expect((await bubbleStyle(article))?.theme).toBe('light');
    await options.getByLabel('Follow the system').check();
    await expect.poll(() => setting('theme')).toBe('system');
  });

  it('follows the text size', async () => {
    await select('drag');
    await expectHeadings(doc(), [IL12]);
    const normal = (await bubbleStyle(article))!.fontSize;

    await options.getByLabel('Text size').selectOption('150');
    await expect.poll(() => setting('fontSize')).toBe(150);
    await select('drag');
    await expectHeadings(doc(), [IL12]);
    const large = (await bubbleStyle(article))!.fontSize;
    expect(large).toBeGreaterThan(normal);
    expect(large / normal).toBeCloseTo(1.5, 1);

    await options.getByLabel('Text size').selectOption('100');
    await expect.poll(() => setting('fontSize')).toBe(100);
  });

  it('records lookups only while history is on, and clears them', async () => {
    const worker = await env.browser.serviceWorker();
    const history = () =>
      worker.evaluate(() => chrome.storage.local.get('history').then((s) => s.history ?? []));
    await options.getByRole('button', { name: 'Clear history' }).click();
    await expect.poll(history).toEqual([]);
    await select('drag');
    await expectHeadings(doc(), [IL12]);
    await expect.poll(history).toEqual([expect.objectContaining({ kind: 'term', id: 'il-12' })]);

    await options.getByRole('button', { name: 'Clear history' }).click();
    await expect.poll(history).toEqual([]);
    await options.getByLabel('Remember recent lookups on this device').uncheck();
    await expect.poll(() => setting('history')).toBe(false);
    await select('drag');
    await expectHeadings(doc(), [IL12]);
    await expectStays(history, []);

    await options.getByLabel('Remember recent lookups on this device').check();
    await expect.poll(() => setting('history')).toBe(true);
  });

  it('reacts in editable areas only when asked to', async () => {
    await select('drag', '#editable');
    await expectNoBubble(doc());
    await options.getByLabel(/^Also in text fields/).check();
    await expect.poll(() => setting('editableFields')).toBe(true);
    await select('drag', '#editable');
    await expectHeadings(doc(), [IL12]);
    await options.getByLabel(/^Also in text fields/).uncheck();
    await expect.poll(() => setting('editableFields')).toBe(false);
  });

  it('logs no error and makes no request outside 127.0.0.1', () => {
    expect(env.browser.errors).toEqual([]);
    expect(env.browser.blockedRequests).toEqual([]);
  });
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
  };

  it('keeps every setting in storage and shows it on the options page', async () => {
    let browser = await launchChromium({ userDataDir });
    let options = await browser.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('Only when I double-click a word').check();
    await options.getByLabel('Add a site').fill('www.example.org');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options.getByLabel('Dark').check();
    await options.getByLabel('Text size').selectOption('130');
    await options.getByLabel('Remember recent lookups on this device').uncheck();
    await options.getByLabel(/^Also in text fields/).check();
    const stored = async (b: ExtensionBrowser) =>
      (await b.serviceWorker()).evaluate(() => chrome.storage.local.get('settings').then((s) => s.settings));
    await expect.poll(() => stored(browser)).toEqual(saved);
    const extensionId = browser.extensionId;
    expect(browser.errors).toEqual([]);
    await browser.close({ keepProfile: true });

    browser = await launchChromium({ userDataDir });
    try {
      expect(browser.extensionId).toBe(extensionId);
      expect(await stored(browser)).toEqual(saved);
      options = await browser.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
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
      expect(browser.errors).toEqual([]);
      expect(browser.blockedRequests).toEqual([]);
    } finally {
      await browser.close({ keepProfile: true });
    }
  });
});
