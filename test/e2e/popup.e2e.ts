/// <reference types="chrome" />
/**
 * The toolbar popup in headless Chromium: search as a combobox, entry and question views, browsing, recent
 * lookups, the site switch, and how soon it is ready to search. Most scenarios open popup.html as a page, which
 * renders the same app; the site switch needs the real popup, opened from the toolbar button (action-popup.ts),
 * because only then is "the active tab" a web page the browser lets the popup read.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openActionPopup } from './harness/action-popup';
import { expectHeadings, expectNoBubble } from './harness/bubble';
import { launchChromiumDriver } from './harness/chromium-driver';
import { clearSelection, dragSelect } from './harness/driver';
import { useBrowser } from './harness/use-browser';

const IL12 = 'Interleukin-12';

const focusedRole = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('role') ?? null);
const resultTitles = (page: Page) => page.locator('[role=option] .result-title').allInnerTexts();
const box = (page: Page) => page.getByRole('combobox');

interface ReadyTimes {
  /** The HTML is parsed; the module scripts (the app and its bundled indexes) load and run after this. */
  domInteractive: number;
  domContentLoaded: number;
  focused: number;
  results: number;
  painted: number;
}

/**
 * Runs first in the popup's page and times, from navigation start, when the search box gets focus and when a
 * first keystroke there (given the moment it has focus) has put results in the DOM and on screen.
 */
function measureSearchReady() {
  const marks = { focused: -1, results: -1, painted: -1 };
  Object.assign(window, { __searchReady: marks });
  document.addEventListener(
    'focusin',
    (event) => {
      const input = event.target as HTMLInputElement;
      if (marks.focused >= 0 || input.getAttribute?.('role') !== 'combobox') return;
      marks.focused = performance.now();
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[role=option]')) return;
        observer.disconnect();
        marks.results = performance.now();
        requestAnimationFrame(() => setTimeout(() => (marks.painted = performance.now())));
      }).observe(document.documentElement, { childList: true, subtree: true });
      setTimeout(() => {
        input.value = 'il12';
        input.dispatchEvent(
          new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'il12' }),
        );
      });
    },
    true,
  );
}

function readReadyTimes(): ReadyTimes | null {
  const marks = (
    window as unknown as { __searchReady?: Omit<ReadyTimes, 'domInteractive' | 'domContentLoaded'> }
  ).__searchReady;
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (!marks || !navigation) return null;
  const { domInteractive, domContentLoadedEventEnd: domContentLoaded } = navigation;
  return { ...marks, domInteractive, domContentLoaded };
}

/** Prints the times for the team: how soon the popup can be searched. */
function report(what: string, runs: ReadyTimes[]): void {
  const ms = (n: number) => `${Math.round(n)} ms`;
  const median = (key: keyof ReadyTimes) =>
    ms([...runs].sort((a, b) => a[key] - b[key])[runs.length >> 1]![key]);
  console.log(
    [
      `Popup time to interactive, ${what}, from navigation start:`,
      ...runs.map(
        (r, i) =>
          `  #${i + 1}: HTML parsed ${ms(r.domInteractive)}, scripts run (DOMContentLoaded) ${ms(r.domContentLoaded)}, ` +
          `search box focused ${ms(r.focused)}, ` +
          `results for a first keystroke in the DOM ${ms(r.results)}, painted ${ms(r.painted)}`,
      ),
      `  median: focused ${median('focused')}, results ${median('results')}, painted ${median('painted')}`,
    ].join('\n'),
  );
}

describe('the popup', () => {
  const env = useBrowser(launchChromiumDriver);
  /** The Playwright side of the browser: these scenarios use its locators, worker and DevTools. */
  const browser = () => env.browser.chromium;
  /** Errors in real popups, which the harness does not watch. */
  const popupErrors: string[] = [];
  const popupUrl = () => `chrome-extension://${browser().extensionId}/popup.html`;
  const storage = async (key: string) => {
    const worker = await browser().serviceWorker();
    return worker.evaluate((k) => chrome.storage.local.get(k).then((items) => items[k] ?? null), key);
  };

  async function openPopupPage(): Promise<Page> {
    const page = await browser().newPage();
    await page.goto(popupUrl());
    await expect.poll(() => focusedRole(page)).toBe('combobox');
    return page;
  }

  it('is ready to search soon after it opens (times are printed)', async () => {
    const tabRuns: ReadyTimes[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser().newPage();
      await page.addInitScript(measureSearchReady);
      await page.goto(popupUrl());
      const read = () => page.evaluate(readReadyTimes);
      await expect.poll(async () => (await read())?.painted ?? -1).toBeGreaterThan(0);
      tabRuns.push((await read())!);
      expect(await resultTitles(page)).toContain(IL12);
      await page.close();
    }
    report('popup.html opened as a tab (5 loads, the first cold)', tabRuns);

    // The real popup, from the toolbar button over a web page: DevTools attaches only once it is open, so each
    // popup is measured on a reload with the measuring script in place.
    const article = await browser().newPage();
    await article.goto(`${env.server.origin}/article.html?timing`);
    await article.bringToFront();
    const popupRuns: ReadyTimes[] = [];
    for (let i = 0; i < 3; i++) {
      const popup = await openActionPopup(browser(), article);
      await popup.send('Page.enable');
      await popup.send('Page.addScriptToEvaluateOnNewDocument', { source: `(${measureSearchReady})()` });
      await popup.send('Page.reload');
      const read = () => popup.evaluate(readReadyTimes).catch(() => null);
      await expect.poll(async () => (await read())?.painted ?? -1).toBeGreaterThan(0);
      popupRuns.push((await read())!);
      popupErrors.push(...popup.errors);
      await popup.close();
    }
    report('the toolbar popup, reloaded (3 popups)', popupRuns);
    await article.close();
    expect(Math.max(...tabRuns.map((r) => r.results), ...popupRuns.map((r) => r.results))).toBeLessThan(
      2_000,
    );
  });

  it('opens with focus in the search box, and typing lists Interleukin-12 first for "il12"', async () => {
    const page = await openPopupPage();
    await expect(box(page).getAttribute('aria-expanded')).resolves.toBe('false');
    await page.keyboard.type('il12');
    await expect.poll(() => resultTitles(page)).toContain(IL12);
    expect((await resultTitles(page))[0]).toBe(IL12);
    expect(await box(page).getAttribute('aria-expanded')).toBe('true');
    expect(await box(page).getAttribute('aria-controls')).toBe(
      await page.getByRole('listbox').getAttribute('id'),
    );
    await page.close();
  });

  it('moves the active option with the arrow keys (aria-activedescendant, aria-selected)', async () => {
    const page = await openPopupPage();
    await page.keyboard.type('il12');
    await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(1);
    const count = (await resultTitles(page)).length;
    const state = () =>
      page.evaluate(() => {
        const input = document.querySelector('[role=combobox]')!;
        const selected = [...document.querySelectorAll('[role=option][aria-selected=true]')].map((o) => o.id);
        return { active: input.getAttribute('aria-activedescendant'), selected };
      });
    expect(await state()).toEqual({ active: null, selected: [] });
    await page.keyboard.press('ArrowDown');
    await expect.poll(state).toEqual({ active: 'il-result-0', selected: ['il-result-0'] });
    await page.keyboard.press('ArrowDown');
    await expect.poll(state).toEqual({ active: 'il-result-1', selected: ['il-result-1'] });
    await page.keyboard.press('ArrowUp');
    await expect.poll(state).toEqual({ active: 'il-result-0', selected: ['il-result-0'] });
    // Past the top it wraps to the last option.
    await page.keyboard.press('ArrowUp');
    const last = `il-result-${count - 1}`;
    await expect.poll(state).toEqual({ active: last, selected: [last] });
    // The focus stays in the box throughout, as the combobox pattern wants.
    expect(await focusedRole(page)).toBe('combobox');
    await page.close();
  });

  it('opens the active option on Enter, and Back returns to the results with the query kept', async () => {
    const page = await openPopupPage();
    await page.keyboard.type('il12');
    await expect.poll(async () => (await resultTitles(page))[0]).toBe(IL12);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').innerText()).toBe(IL12);
    const headings = await page.locator('article h2').allTextContents();
    expect(headings).toEqual(expect.arrayContaining(['In cancer', 'Related terms', 'Identifiers']));
    const related = page.locator('article h2:text-is("Related terms") + ul a');
    expect(await related.allInnerTexts()).toContain('Interferon gamma');
    expect(await related.first().getAttribute('href')).toMatch(/^#term\//);
    const identifiers = await page.locator('article dl.refs').textContent();
    expect(identifiers).toContain('HGNC symbol');
    expect(identifiers).toContain('IL12');
    // The view takes the focus, so that the keyboard reader starts at the entry.
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('main');

    await page.getByRole('button', { name: /Back to results/ }).click();
    await expect.poll(() => focusedRole(page)).toBe('combobox');
    expect(await box(page).inputValue()).toBe('il12');
    expect((await resultTitles(page))[0]).toBe(IL12);
    await page.close();
  });

  it('shows a question with its table: a header row of column headers and four body rows', async () => {
    const page = await openPopupPage();
    await page.getByRole('link', { name: 'What cancers release cytokines?' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('What cancers release cytokines?');
    const table = page.locator('article table');
    const header = table.locator('thead tr th');
    expect(await header.allInnerTexts()).toEqual(['Cancer type', 'Sample', '% Elevated']);
    expect(await header.evaluateAll((ths) => ths.map((th) => th.getAttribute('scope')))).toEqual([
      'col',
      'col',
      'col',
    ]);
    expect(await table.locator('tbody tr').count()).toBe(4);
    expect(await table.locator('tbody tr').first().locator('th, td').allInnerTexts()).toEqual([
      'Endometrium',
      'Serum',
      '33%',
    ]);
    // Escape in an entry goes back, as the Back button does.
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedRole(page)).toBe('combobox');
    await page.close();
  });

  it('clears the box on Escape and closes itself on a second Escape', async () => {
    const page = await openPopupPage();
    await page.keyboard.type('il12');
    await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => box(page).inputValue()).toBe('');
    expect(await page.getByRole('listbox').isHidden()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Questions' }).isVisible()).toBe(true);
    // window.close() closes this tab too (Chromium lets a page close a tab with no history behind it).
    const closed = new Promise<void>((resolve) => page.once('close', () => resolve()));
    // The page can close before Chromium answers the key event, and then Playwright rejects the keydown
    // with "Target page, context or browser has been closed" (seen once in CI, 2026-12-03): that rejection
    // is the success this test waits for, so it is kept and checked, not thrown.
    const pressed = page.keyboard.down('Escape').then(
      () => undefined,
      (error: unknown) => error,
    );
    await closed;
    expect(page.isClosed()).toBe(true);
    const refused = await pressed;
    if (refused !== undefined) expect(String(refused)).toMatch(/has been closed/);
  });

  it('corrects a typo: "cytokiens" shows results for "cytokines" with the Cytokine term', async () => {
    const page = await openPopupPage();
    await page.keyboard.type('cytokiens');
    await expect
      .poll(() =>
        page
          .locator('.corrected')
          .innerText()
          .catch(() => ''),
      )
      .toMatch(/^Showing results for/);
    expect(await page.locator('.corrected strong').innerText()).toMatch(/cytokine/i);
    expect(await resultTitles(page)).toContain('Cytokine');
    await page.close();
  });

  it('shows every question and the terms by category when the box is empty', async () => {
    const page = await openPopupPage();
    const questions = page.locator('section[aria-labelledby=questions-heading]');
    expect(await questions.getByRole('heading').textContent()).toBe('Questions');
    expect(await questions.getByRole('link').count()).toBe(12);
    const terms = page.locator('section[aria-labelledby=terms-heading]');
    expect(await terms.getByRole('heading').textContent()).toBe('Terms by category');
    const groups = terms.locator('details');
    expect(await groups.count()).toBeGreaterThan(5);
    const summaries = await groups.locator('summary').allTextContents();
    expect(summaries.map((t) => t.replace(/\s*\(\d+\)$/, ''))).toEqual(
      expect.arrayContaining(['Interleukin', 'Interferon', 'Cell', 'Therapy']),
    );
    // Closed until opened; opening a category lists its terms as links to their entries.
    const interleukins = groups.filter({ has: page.locator('summary', { hasText: /^Interleukin \(/ }) });
    expect(await interleukins.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await interleukins.locator('summary').click();
    await interleukins.getByRole('link', { name: 'IL-12 (Interleukin-12)' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(IL12);
    await page.close();
  });

  it('lists recent lookups after an entry was opened, and Clear empties the list', async () => {
    const worker = await browser().serviceWorker();
    // An earlier scenario's last lookup may still be on its way to storage (the background records it after the
    // view opens): clear until the history stays empty for a moment, or that late write lands in this test.
    await expect
      .poll(async () => {
        await worker.evaluate(() => chrome.storage.local.remove('history'));
        await new Promise((resolve) => setTimeout(resolve, 300));
        return storage('history');
      })
      .toBeNull();
    let page = await openPopupPage();
    const recent = (p: Page) => p.locator('section[aria-labelledby=recent-heading]');
    expect(await recent(page).innerText()).toContain('Terms you look up appear here.');
    await page.keyboard.type('il12');
    await expect.poll(async () => (await resultTitles(page))[0]).toBe(IL12);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').innerText()).toBe(IL12);
    // Recorded in storage a moment after the view opens; closing the page sooner would drop the write.
    await expect
      .poll(() => storage('history'))
      .toEqual([expect.objectContaining({ kind: 'term', id: 'il-12', title: IL12, at: expect.any(Number) })]);
    await page.close();

    page = await openPopupPage();
    await expect.poll(() => recent(page).getByRole('link').allInnerTexts()).toEqual([IL12]);
    // A recent lookup opens its entry again.
    await recent(page).getByRole('link', { name: IL12 }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(IL12);
    await page.getByRole('button', { name: /Back/ }).click();

    await recent(page).getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => recent(page).getByRole('link').count()).toBe(0);
    expect(await recent(page).innerText()).toContain('Terms you look up appear here.');
    expect(await storage('history')).toEqual([]);
    await page.close();
  });

  it('shows the site switch for the reader’s page, and the switch turns the bubble off and on there', async () => {
    const worker = await browser().serviceWorker();
    await worker.evaluate(() => chrome.storage.local.remove('settings'));
    const page = await env.browser.newPage();
    await page.goto(`${env.server.origin}/article.html?site-switch`);
    await page.playwright.bringToFront();
    const select = async () => {
      await clearSelection(page);
      await dragSelect(page, '#il12');
    };
    await select();
    await expectHeadings(page, [IL12]);
    await page.keyboard.press('Escape');

    const disabledSites = async () =>
      ((await storage('settings')) as { disabledSites?: string[] } | null)?.disabledSites ?? [];
    const switchState = (popup: Awaited<ReturnType<typeof openActionPopup>>) =>
      popup.evaluate(() => {
        const toggle = document.querySelector<HTMLInputElement>('.site-switch input[role=switch]');
        return {
          text: document.querySelector('.site-switch')?.textContent ?? '',
          on: toggle?.checked ?? null,
        };
      });

    let popup = await openActionPopup(browser(), page.playwright);
    expect(await switchState(popup)).toEqual({ text: 'ImmunoLens on 127.0.0.1', on: true });
    expect(await popup.evaluate(() => document.querySelector('.reload-note'))).toBeNull();
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('[role=switch]')!.click());
    await expect.poll(disabledSites).toEqual(['127.0.0.1']);
    expect((await switchState(popup)).on).toBe(false);
    popupErrors.push(...popup.errors);
    await popup.close();

    await select();
    await expectNoBubble(page);

    popup = await openActionPopup(browser(), page.playwright);
    expect(await switchState(popup)).toEqual({ text: 'ImmunoLens on 127.0.0.1', on: false });
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('[role=switch]')!.click());
    await expect.poll(disabledSites).toEqual([]);
    popupErrors.push(...popup.errors);
    await popup.close();

    await select();
    await expectHeadings(page, [IL12]);
    await page.close();
  });

  it('says the list is full instead of dropping the site, at 500 sites, for the site switch and the lens switch', async () => {
    const worker = await browser().serviceWorker();
    const full = Array.from({ length: 500 }, (_, i) => `site${i}.example`);
    await worker.evaluate(
      (full) => chrome.storage.local.set({ settings: { disabledSites: full, lensOnSites: full } }),
      full,
    );
    const page = await env.browser.newPage();
    await page.goto(`${env.server.origin}/article.html?site-limit`);
    await page.playwright.bringToFront();
    const popup = await openActionPopup(browser(), page.playwright);
    const click = (name: string) =>
      popup.evaluate(
        (name) =>
          [...document.querySelectorAll<HTMLInputElement>('[role=switch]')]
            .find((s) => s.labels?.[0]?.textContent === name)!
            .click(),
        name,
      );
    const shown = () =>
      popup.evaluate(() => ({
        alerts: [...document.querySelectorAll('[role=alert]')].map((a) => a.textContent),
        on: [...document.querySelectorAll<HTMLInputElement>('[role=switch]')].map((s) => s.checked),
      }));
    const message = (what: string) =>
      `The list is full: ImmunoLens keeps at most 500 sites. ${what} before changing 127.0.0.1.`;
    await expect.poll(shown).toEqual({ alerts: [], on: [true, false] });

    await click('ImmunoLens on 127.0.0.1');
    await expect.poll(shown).toEqual({ alerts: [message('Remove one in Options')], on: [true, false] });
    await click('Highlight terms on 127.0.0.1');
    await expect.poll(shown).toEqual({
      alerts: [
        message('Remove one in Options'),
        message('Return one of them to the choice of “Highlight known terms on pages”'),
      ],
      on: [true, false],
    });
    // Nothing was written, and the bubble still shows on the page.
    const settings = (await storage('settings')) as { disabledSites: string[]; lensOnSites: string[] };
    expect(settings.disabledSites).toEqual(full);
    expect(settings.lensOnSites).toEqual(full);
    popupErrors.push(...popup.errors);
    await popup.close();
    await dragSelect(page, '#il12');
    await expectHeadings(page, [IL12]);
    await worker.evaluate(() => chrome.storage.local.remove('settings'));
    await page.close();
  });

  it('closes the real popup on Escape in an empty box, after a first Escape cleared it', async () => {
    const page = await browser().newPage();
    await page.goto(`${env.server.origin}/article.html?escape`);
    await page.bringToFront();
    const popup = await openActionPopup(browser(), page);
    await popup.type('il12');
    await expect
      .poll(() => popup.evaluate(() => document.querySelectorAll('[role=option]').length))
      .toBeGreaterThan(0);
    await popup.press('Escape');
    await expect
      .poll(() => popup.evaluate(() => document.querySelector<HTMLInputElement>('[role=combobox]')!.value))
      .toBe('');
    expect(await popup.isOpen()).toBe(true);
    popupErrors.push(...popup.errors);
    await popup.press('Escape');
    await expect.poll(() => popup.isOpen()).toBe(false);
    await popup.close();
    await page.close();
  });

  it('says it cannot read selections when the active tab is not a web page (popup.html in its own tab or window)', async () => {
    const page = await openPopupPage();
    expect(await page.locator('.site-switch').innerText()).toBe(
      'ImmunoLens cannot read selections on this page; search works here.',
    );
    expect(await page.getByRole('switch').count()).toBe(0);
    await page.close();

    // In a window of its own, the popup's "active tab in the current window" is itself as well.
    const article = await browser().newPage();
    await article.goto(`${env.server.origin}/article.html?own-window`);
    const worker = await browser().serviceWorker();
    const opened = browser().context.waitForEvent('page');
    await worker.evaluate((url) => chrome.windows.create({ url, type: 'popup' }), popupUrl());
    const windowed = await opened;
    await expect.poll(() => windowed.locator('.site-switch').innerText()).toContain('cannot read selections');
    await windowed.close();
    await article.close();
  });

  it('logs no error and makes no request outside 127.0.0.1', () => {
    expect(env.browser.errors()).toEqual([]);
    expect(popupErrors).toEqual([]);
    expect(env.browser.blockedRequests()).toEqual([]);
  });
});
