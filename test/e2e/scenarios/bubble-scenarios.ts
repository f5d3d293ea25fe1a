/**
 * The bubble's behaviour on fixture pages, written against `BrowserDriver` so that every browser runs the same
 * scenarios: `describeBubbleScenarios(launchChromiumDriver)` in bubble.e2e.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  bubbleDetailsOpen,
  bubbleLook,
  clickInBubble,
  expectClosed,
  expectHeadings,
  expectNoBubble,
  expectStaysOpen,
  placement,
  readBubble,
} from '../harness/bubble';
import {
  clearSelection,
  clickOn,
  doubleClick,
  dragSelect,
  elementBoxes,
  selectedText,
  selectionBox,
  type BrowserDriver,
  type PageDriver,
} from '../harness/driver';
import { useBrowser, useServer } from '../harness/use-browser';

const IL12 = 'Interleukin-12';
const IFNG = 'Interferon gamma';
const CYTOKINE = 'Cytokine';

export function describeBubbleScenarios(launch: () => Promise<BrowserDriver>): void {
  const env = useBrowser(launch);
  /** A second origin, for the cross-origin frame. */
  const other = useServer();
  let page: PageDriver;

  beforeEach(async () => {
    page = await env.browser.newPage();
  });
  afterEach(async () => {
    await page.close();
  });

  const open = (path: string) => page.goto(`${env.server.origin}${path}`);

  describe('a selected term', () => {
    it.each([
      ['#il12', IL12],
      ['#ifng', IFNG],
      ['#cytokines', CYTOKINE],
    ])(
      'shows the entry for %s when dragged across, beside the selection and without taking focus',
      async (selector, name) => {
        await open('/article.html');
        const focused = await page.evaluate(() => document.activeElement?.localName, null);
        await dragSelect(page, selector);
        await expectHeadings(page, [name]);
        const bubble = (await readBubble(page))!;
        expect(placement(bubble.box, await selectionBox(page))).toEqual({ side: 'below', gap: 6 });
        expect(await page.evaluate(() => document.activeElement?.localName, null)).toBe(focused);
      },
    );

    it.each([
      ['#il12', IL12, 'IL-12'],
      ['#ifng', IFNG, 'IFN-γ'],
      ['#cytokines', CYTOKINE, 'cytokines'],
    ])('shows the entry for %s when its last character is double-clicked', async (selector, name, text) => {
      await open('/article.html');
      await doubleClick(page, selector, { char: -1 });
      await expectHeadings(page, [name]);
      await expect.poll(() => selectedText(page)).toBe(text);
    });

    it('widens a double-click on "12" of "IL-12" to the whole term', async () => {
      await open('/article.html');
      await doubleClick(page, '#il12', { char: 3 });
      await expectHeadings(page, [IL12]);
      await expect.poll(() => selectedText(page)).toBe('IL-12');
    });

    // "IL" alone is Interleukin and "IFN" Interferon: the term around the selection comes first.
    it.each([
      ['#il12', IL12, 'IL-12'],
      ['#ifng', IFNG, 'IFN-γ'],
    ])('widens a double-click on the first part of %s to the whole term', async (selector, name, text) => {
      await open('/article.html');
      await doubleClick(page, selector, { char: 0 });
      await expect.poll(() => readBubble(page)).not.toBeNull();
      expect((await readBubble(page))?.headings).toEqual([name]);
      await expect.poll(() => selectedText(page)).toBe(text);
    });

    it('shows nothing for a plain word', async () => {
      await open('/article.html');
      await dragSelect(page, '#plain');
      expect(await selectedText(page)).toBe('weather');
      await expectNoBubble(page);
    });

    it('shows every term of a selected paragraph, as headings in reading order', async () => {
      await open('/article.html');
      await dragSelect(page, '#passage');
      await expectHeadings(page, [IL12, IFNG, 'Natural killer cell', 'T helper 1 cell']);
    });
  });

  describe('closing', () => {
    beforeEach(async () => {
      await open('/article.html');
      await dragSelect(page, '#il12');
      await expectHeadings(page, [IL12]);
    });

    it('closes on Escape', async () => {
      await page.keyboard.press('Escape');
      await expectClosed(page);
    });

    it('closes on a click outside', async () => {
      await clickOn(page, 'h1');
      await expectClosed(page);
    });

    it('closes when a plain word is selected next', async () => {
      await dragSelect(page, '#plain');
      await expectClosed(page);
      await expectNoBubble(page);
    });

    it('closes when the selection collapses', async () => {
      await page.evaluate(() => document.getSelection()?.collapseToEnd(), null);
      await expectClosed(page);
    });

    it('stays open while the reader clicks inside it, though that clears the page selection', async () => {
      await clickInBubble(page, '.term-summary');
      await expectStaysOpen(page);
      expect(await selectedText(page)).toBe('');
      await page.keyboard.press('Escape');
      await expectClosed(page);
    });
  });

  describe('an open bubble', () => {
    it('opens a term of a passage in place when its "More about" is clicked', async () => {
      await open('/article.html');
      await dragSelect(page, '#passage');
      await expectHeadings(page, [IL12, IFNG, 'Natural killer cell', 'T helper 1 cell']);
      await clickInBubble(page, 'summary');
      await expect.poll(() => bubbleDetailsOpen(page)).toBe(true);
      await expectStaysOpen(page);
    });

    it('follows the selection when the page scrolls', async () => {
      await open('/article.html');
      await page.evaluate(() => document.body.style.setProperty('padding-bottom', '2000px'), null);
      await dragSelect(page, '#il12');
      await expectHeadings(page, [IL12]);
      await page.evaluate(() => scrollBy(0, 60), null);
      await expect
        .poll(async () => placement((await readBubble(page))!.box, await selectionBox(page)))
        .toEqual({ side: 'below', gap: 6 });
      expect(await page.evaluate(() => scrollY, null)).toBe(60);
    });
  });

  describe('fields the reader types into', () => {
    it.each(['#field', '#area', '#editable'])('leaves a selection in %s alone', async (selector) => {
      await open('/article.html');
      await doubleClick(page, selector);
      const selected = await page.evaluate((sel) => {
        const field = document.querySelector(sel);
        if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)
          return field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0);
        return document.getSelection()?.toString() ?? '';
      }, selector);
      expect(selected).toBe('IL');
      await expectNoBubble(page);
    });
  });

  describe('a page with hostile styles', () => {
    it('shows the same bubble as on a plain page, and moves none of the page', async () => {
      const looks: string[][] = [];
      for (const path of ['/article.html', '/hostile.html']) {
        await open(path);
        // The hostile page scrolls, and its root holds fixed elements: they scroll with it.
        await page.evaluate(() => document.querySelector('#il12')!.scrollIntoView(), null);
        const before = await elementBoxes(page);
        await dragSelect(page, '#il12');
        await expectHeadings(page, [IL12]);
        const bubble = (await readBubble(page))!;
        // Neither zoom nor scrolling may throw the bubble off: it sits 6 px below the selection.
        expect(placement(bubble.box, await selectionBox(page))).toEqual({ side: 'below', gap: 6 });
        looks.push(await bubbleLook(page));
        expect(await elementBoxes(page)).toEqual(before);
        await page.keyboard.press('Escape');
        await expectClosed(page);
        expect(await elementBoxes(page)).toEqual(before);
      }
      expect(looks[1]).toEqual(looks[0]);
    });
  });

  describe('frames', () => {
    it.each(['#same', '#cross'])(
      'shows the bubble inside the frame %s, within its viewport',
      async (selector) => {
        const cross = other.server.origin;
        await open(`/frames.html?cross=${encodeURIComponent(cross)}`);
        const frame = await page.frame(selector);
        expect(await frame.evaluate(() => location.origin, null)).toBe(
          selector === '#cross' ? cross : env.server.origin,
        );
        await dragSelect(page, '#il12', { doc: frame });
        await expectHeadings(frame, [IL12]);
        const { box, viewport } = (await readBubble(frame))!;
        expect(placement(box, await selectionBox(frame)).gap).toBe(6);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
        expect(await readBubble(page)).toBeNull();
      },
    );
  });

  describe('trigger settings, changed while the page is open', () => {
    beforeEach(async () => {
      await open('/article.html');
      // The content script reads settings on the first selection; later changes must reach it live.
      await dragSelect(page, '#il12');
      await expectHeadings(page, [IL12]);
      await page.keyboard.press('Escape');
      await expectClosed(page);
      await clearSelection(page);
    });
    afterEach(async () => {
      await env.browser.setSettings(null);
    });

    it('"alt": a plain drag shows nothing, a drag with Alt held shows the bubble', async () => {
      await env.browser.setSettings({ trigger: 'alt' });
      await dragSelect(page, '#il12');
      await expectNoBubble(page);
      await clearSelection(page);
      await dragSelect(page, '#il12', { alt: true });
      await expectHeadings(page, [IL12]);
    });

    it('"dblclick": a drag shows nothing, a double-click shows the bubble', async () => {
      await env.browser.setSettings({ trigger: 'dblclick' });
      await dragSelect(page, '#cytokines');
      await expectNoBubble(page);
      await clearSelection(page);
      await doubleClick(page, '#cytokines', { char: 2 });
      await expectHeadings(page, [CYTOKINE]);
    });

    it('"off": closes an open bubble, and no gesture shows one', async () => {
      await dragSelect(page, '#ifng');
      await expectHeadings(page, [IFNG]);
      await env.browser.setSettings({ trigger: 'off' });
      await expectClosed(page);
      await clearSelection(page);
      await dragSelect(page, '#il12');
      await expectNoBubble(page);
      await clearSelection(page);
      await doubleClick(page, '#cytokines', { char: 2 });
      await expectNoBubble(page);
      await clearSelection(page);
      await dragSelect(page, '#il12', { alt: true });
      await expectNoBubble(page);
    });

    it('a disabled site: closes an open bubble and shows none until enabled again', async () => {
      await dragSelect(page, '#ifng');
      await expectHeadings(page, [IFNG]);
      await env.browser.setSettings({ disabledSites: ['127.0.0.1'] });
      await expectClosed(page);
      await clearSelection(page);
      await dragSelect(page, '#il12');
      await expectNoBubble(page);
      await clearSelection(page);
      await env.browser.setSettings({ disabledSites: [] });
      await dragSelect(page, '#il12');
      await expectHeadings(page, [IL12]);
    });
  });

  describe('the background', () => {
    it('answers the next selection after it was stopped', async () => {
      await open('/article.html');
      await dragSelect(page, '#il12');
      await expectHeadings(page, [IL12]);
      await page.keyboard.press('Escape');
      await clearSelection(page);
      await env.browser.stopBackground();
      await dragSelect(page, '#ifng');
      await expectHeadings(page, [IFNG]);
    });

    it('answers a first selection on a page opened after it was stopped', async () => {
      await env.browser.stopBackground();
      await open('/article.html');
      await dragSelect(page, '#cytokines');
      await expectHeadings(page, [CYTOKINE]);
    });
  });

  it('made no network request of its own', () => {
    expect(env.browser.extensionRequests()).toEqual([]);
    // The fixtures load nothing from elsewhere, so any request that left 127.0.0.1 was not theirs.
    expect(env.browser.blockedRequests()).toEqual([]);
  });
}
