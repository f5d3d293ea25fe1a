/**
 * The keyboard rows of the options page (components/options/KeyboardHelp.tsx) that keyboard-scenarios.ts does
 * not drive: moving between the lens's marks (Alt+N, Alt+P, then N and P, Escape), moving into the bubble a mark
 * opened and back out, and operating "Terms on this page" (filter, order, show a use) with keys alone.
 * Browser-neutral: keyboard-lens.e2e.ts (Chromium) and firefox-keyboard-lens.e2e.ts. The explain shortcut is the
 * browser's to deliver; each browser brings its way of pressing it (harness/view-tools.ts).
 *
 * A keyboard reader starts on the page itself, focus on its document and not in a field (N and P type letters
 * in a field): the scenarios put focus there, as the reader's click on the tab or F6 would, and then press keys.
 */
import { expect, it } from 'vitest';
import {
  bubbleAnnouncement,
  expectClosed,
  expectHeadings,
  readBubble,
  whereFocusIs,
} from '../harness/bubble';
import { sleep, type BrowserDriver, type DocumentDriver, type PageDriver } from '../harness/driver';
import { currentLensMark, waitForLensMarks } from '../harness/lens-marks';
import type { FixtureServer } from '../harness/server';
import { openSidePanelFor } from '../harness/side-panel';
import type { ViewTools } from '../harness/view-tools';

interface Env {
  readonly browser: BrowserDriver;
  readonly server: FixtureServer;
}

const LENS_ON = { highlightTerms: true };

/** Focus on the page's document, as a reader who clicked into the tab: nothing in it focused. */
const focusPage = (page: PageDriver) =>
  page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.focus();
  }, null);

async function altKey(page: PageDriver, key: string): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.press(key);
  await page.keyboard.up('Alt');
}

/** The lens's marks' texts in document order (the order N and P follow). */
const markTexts = (doc: DocumentDriver) =>
  doc.evaluate(() => {
    const ranges = [...(CSS.highlights?.get('immunolens-term') ?? [])] as Range[];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  }, null);

/** The terms of keyboard.html in reading order. */
const ALL = ['Dendritic cell', 'Interleukin-12', 'Interferon gamma', 'Natural killer cell'];

const headings = async (page: PageDriver) => (await readBubble(page))?.headings ?? [];

export function describeKeyboardLensScenarios(env: Env, tools: Pick<ViewTools, 'explain'>): void {
  it('moves from mark to mark with Alt+N, N, P and Alt+P, each opening its bubble and announcing it; Escape leaves', async () => {
    await env.browser.setSettings(LENS_ON);
    const page = await env.browser.newPage();
    try {
      await page.goto(`${env.server.origin}/keyboard.html?lens-keys`);
      await waitForLensMarks(page, 3);
      await sleep(300);
      const marks = await markTexts(page);
      expect(marks.slice(0, 4)).toEqual(['Dendritic cells', 'IL-12', 'IL-12', 'IFN-γ']);
      await focusPage(page);

      await altKey(page, 'n');
      await expect.poll(() => currentLensMark(page)).toBe('Dendritic cells');
      await expectHeadings(page, ['Dendritic cell']);
      // Announced without taking focus: the reader is still on the page.
      await expect
        .poll(() => bubbleAnnouncement(page), { timeout: 5_000 })
        .toBe('ImmunoLens: Dendritic cell. Press Alt+Shift+L to read it, Escape to close.');
      expect(await whereFocusIs(page)).toMatch(/^page /);

      // N alone now: IL-12, IL-12 again (the passage's), then IFN-γ; P back to IL-12.
      await page.keyboard.press('n');
      await expect.poll(() => currentLensMark(page)).toBe('IL-12');
      await expectHeadings(page, ['Interleukin-12']);
      await page.keyboard.press('n');
      await page.keyboard.press('n');
      await expect.poll(() => currentLensMark(page)).toBe('IFN-γ');
      await expectHeadings(page, ['Interferon gamma']);
      await page.keyboard.press('p');
      await expect.poll(() => currentLensMark(page)).toBe('IL-12');
      await expectHeadings(page, ['Interleukin-12']);

      await page.keyboard.press('Escape');
      await expectClosed(page);
      expect(await currentLensMark(page)).toBeNull();
      // Once the reader left, N and P are letters again.
      await page.keyboard.press('n');
      await sleep(300);
      expect(await currentLensMark(page)).toBeNull();

      // Alt+P from the top of the page goes round to the last mark.
      await altKey(page, 'p');
      await expect.poll(() => currentLensMark(page)).toBe(marks.at(-1));
      await expect.poll(() => headings(page).then((h) => h.length)).toBe(1);
      await page.keyboard.press('Escape');
      await expectClosed(page);
      expect(page.pageErrors).toEqual([]);
    } finally {
      await page.close();
      await env.browser.setSettings(null);
    }
  });

  it('moves focus into the bubble a mark opened with the shortcut, and Escape gives it back to the page', async () => {
    await env.browser.setSettings(LENS_ON);
    const page = await env.browser.newPage();
    try {
      await page.goto(`${env.server.origin}/keyboard.html?lens-focus`);
      await waitForLensMarks(page, 3);
      await sleep(300);
      await focusPage(page);
      await altKey(page, 'n');
      await expectHeadings(page, ['Dendritic cell']);
      expect(await whereFocusIs(page)).toMatch(/^page /);

      await tools.explain(page);
      await expect.poll(() => whereFocusIs(page)).toMatch(/^bubble /);
      // Tab stays among the bubble's controls.
      await page.keyboard.press('Tab');
      expect(await whereFocusIs(page)).toMatch(/^bubble /);

      await page.keyboard.press('Escape');
      await expectClosed(page);
      expect(await whereFocusIs(page)).toMatch(/^page /);
      expect(await currentLensMark(page)).toBeNull();
      expect(page.pageErrors).toEqual([]);
    } finally {
      await page.close();
      await env.browser.setSettings(null);
    }
  });

  it('filters, orders and shows a use in "Terms on this page" with the keyboard alone', async () => {
    await env.browser.setSettings(null);
    const url = `${env.server.origin}/keyboard.html?panel-keys`;
    const page = await env.browser.newPage();
    await page.goto(url);
    // More uses of one term, so that "Most used first" changes the order.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'NK cells, NK cells and more NK cells.';
      document.body.append(p);
    }, null);
    const panel = await openSidePanelFor(env.browser, url);
    const focused = () =>
      panel.page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return '';
        return `${e.localName}${(e as HTMLInputElement).type ? `[${(e as HTMLInputElement).type}]` : ''} ${
          e.getAttribute('aria-label') ?? e.closest('label')?.textContent?.trim() ?? e.textContent?.trim()
        }`;
      }, null);
    /** Tab until `matches` holds for what has focus (at most 20 presses). */
    const tabTo = async (matches: (what: string) => boolean, what: string) => {
      for (let i = 0; i < 20 && !matches(await focused()); i++) await panel.page.keyboard.press('Tab');
      expect(await focused(), `Tab did not reach ${what}`).toSatisfy(matches);
    };
    try {
      await panel.expectNames(ALL);
      await focusPage(panel.page);

      await tabTo((w) => w.startsWith('input[search]'), 'the filter');
      await panel.page.keyboard.type('ifn');
      await panel.expectNames(['Interferon gamma']);
      for (let i = 0; i < 3; i++) await panel.page.keyboard.press('Backspace');
      await panel.expectNames(ALL);

      await tabTo((w) => w.startsWith('input[radio]'), 'the order');
      await panel.page.keyboard.press('ArrowDown');
      await panel.expectNames([
        'Natural killer cell',
        'Interleukin-12',
        'Dendritic cell',
        'Interferon gamma',
      ]);
      expect(await focused()).toBe('input[radio] Most used first');

      await tabTo(
        (w) => w.startsWith('button[submit]') || w.startsWith('button[button] Show use'),
        'Show use',
      );
      const button = await focused();
      expect(button).toMatch(/^button\[\w+\] Show use 1 of 4 of Natural killer cell/);
      await panel.page.keyboard.press('Enter');
      await expect.poll(() => panel.status()).toBe('Showing use 1 of 4 of Natural killer cell');
      await expect
        .poll(() =>
          page.evaluate(() => {
            for (const range of CSS.highlights?.get('immunolens-use') ?? [])
              return (range as Range).toString();
            return null;
          }, null),
        )
        .toBe('NK cells');
    } finally {
      await panel.close();
      await page.close();
    }
  });
}
