/** The PDF reader's scenarios, in plain words, run alike in Chromium and Firefox. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type FixtureServer } from '../harness/server';
import { longPdf, oneColumnPdf, READER_PASSWORD, writeReaderPdfs } from '../reader/pdf-fixtures';
import {
  bubbleHeadings,
  click,
  dragSelectText,
  dropFile,
  fetchedFromOutside,
  setValue,
  textBox,
  textOf,
  waitForText,
} from '../reader/reader-steps';
import type { ReaderBrowser, ReaderTab } from '../reader/reader-tab';
import { writeStoredSettings } from '../harness/library-page';

const LONG_PAGES = 300;

export function describeReaderScenarios(launch: () => Promise<ReaderBrowser>) {
  let browser: ReaderBrowser;
  let server: FixtureServer;
  let paths: Record<string, string>;
  const readerOf = (name: string) =>
    `reader.html?file=${encodeURIComponent(server.origin + (paths[name] ?? `/generated-pdf/${name}`))}`;
  const openPdf = async (name: string) => browser.open(readerOf(name));

  beforeAll(async () => {
    paths = await writeReaderPdfs({ 'long.pdf': await longPdf(LONG_PAGES) });
    server = await startServer();
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('a PDF opened by its address', () => {
    let tab: ReaderTab;
    beforeAll(async () => {
      tab = await openPdf('one-column.pdf');
      await waitForText(tab, 'Dendritic cells');
    });
    afterAll(() => tab?.close());

    it('shows its title, its address and its page count', async () => {
      expect(await textOf(tab, '.reader-title')).toBe('IL-12 in tumour immunity');
      expect(await textOf(tab, '.reader-url')).toBe(`${server.origin}/generated-pdf/one-column.pdf`);
      expect(await textOf(tab, '.page-count')).toBe('2');
      expect(await tab.evaluate(() => document.title, null)).toBe(
        'IL-12 in tumour immunity · ImmunoLens reader',
      );
    });

    it('explains a selected "IL-12" with the Interleukin-12 bubble beside it', async () => {
      const selected = await textBox(tab, 'IL-12', 1);
      await dragSelectText(tab, selected);
      await expect.poll(() => bubbleHeadings(tab), { timeout: 5_000 }).toEqual(['Interleukin-12']);
      const bubble = await tab.evaluate(() => {
        const r = document
          .querySelector('immunolens-bubble')!
          .shadowRoot!.querySelector('.bubble')!
          .getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      }, null);
      // Never over the selection: below it or above it.
      expect(bubble.top >= selected.y + selected.height || bubble.bottom <= selected.y).toBe(true);
      await tab.keyboard.press('Escape');
      await expect.poll(() => bubbleHeadings(tab)).toEqual([]);
    });

    it('shows nothing for a selection with no known term', async () => {
      await dragSelectText(tab, await textBox(tab, 'when they meet'));
      await new Promise((ok) => setTimeout(ok, 700));
      expect(await bubbleHeadings(tab)).toEqual([]);
    });

    it('reads the Greek letter as text', async () => {
      expect(
        await tab.evaluate(() => document.querySelector('.textLayer')!.textContent!.includes('γ'), null),
      ).toBe(true);
    });

    it('keeps the link of the PDF, opening in a new tab', async () => {
      const link = await tab.evaluate(() => {
        const a = document.querySelector<HTMLAnchorElement>(
          '.annotationLayer a[href^="https://example.org"]',
        );
        return a ? { href: a.href, target: a.target, rel: a.rel } : null;
      }, null);
      expect(link).toEqual({
        href: 'https://example.org/immunolens',
        target: '_blank',
        rel: 'noopener noreferrer nofollow',
      });
    });

    it('finds words with Ctrl+F, counts the matches, and says when there are none', async () => {
      await tab.evaluate(() => document.getElementById('viewerContainer')!.focus(), null);
      await tab.keyboard.down('Control');
      await tab.keyboard.press('f');
      await tab.keyboard.up('Control');
      await expect.poll(() => tab.evaluate(() => document.activeElement?.className, null)).toBe('find-input');
      await tab.keyboard.type('cells');
      await expect.poll(() => textOf(tab, '.find-count'), { timeout: 5_000 }).toBe('1 of 3');
      await tab.keyboard.press('Enter');
      await expect.poll(() => textOf(tab, '.find-count')).toBe('2 of 3');
      await setValue(tab, '.find-input', 'zzzz', 'input');
      await expect.poll(() => textOf(tab, '.find-count'), { timeout: 5_000 }).toBe('Not found');
      await tab.keyboard.press('Escape');
      await expect.poll(() => tab.evaluate(() => document.querySelector('.find-bar'), null)).toBeNull();
    });

    it('zooms to a percentage, step by step, and back to the page width', async () => {
      const width = () =>
        tab.evaluate(() => document.querySelector('.page')!.getBoundingClientRect().width, null);
      await setValue(tab, '.zoom', '100');
      await expect.poll(() => textOf(tab, '.zoom-percent')).toBe('100 %');
      const at100 = await width();
      await setValue(tab, '.zoom', '200');
      await expect.poll(() => textOf(tab, '.zoom-percent')).toBe('200 %');
      expect((await width()) / at100).toBeCloseTo(2, 1);
      await click(tab, '[aria-label="Zoom in"]');
      await expect.poll(() => textOf(tab, '.zoom-percent')).toBe('250 %');
      await setValue(tab, '.zoom', '50');
      await click(tab, '[aria-label="Zoom out"]');
      await expect.poll(() => textOf(tab, '.zoom-percent')).toBe('50 %');
      await setValue(tab, '.zoom', 'page-fit');
      await expect
        .poll(() =>
          tab.evaluate(
            () => document.querySelector('.page')!.getBoundingClientRect().height <= innerHeight,
            null,
          ),
        )
        .toBe(true);
      await setValue(tab, '.zoom', 'page-width');
    });

    it('inverts the page colours only when asked', async () => {
      const filter = () =>
        tab.evaluate(() => getComputedStyle(document.querySelector('.page canvas')!).filter, null);
      expect(await filter()).toBe('none');
      await click(tab, '.invert');
      expect(await filter()).toContain('invert');
      await click(tab, '.invert');
      expect(await filter()).toBe('none');
    });

    it('answers the context menu on a selection in the reader with the bubble, not a separate window', async () => {
      // With the bubble off for selections, only the menu's explicit request can open it (a right-click's
      // mouse-up on a selection would otherwise explain it by itself).
      await tab.evaluate(writeStoredSettings, { trigger: 'off' });
      try {
        const at = await tab.evaluate(() => {
          const range = document.createRange();
          const text = [...document.querySelectorAll('.textLayer span')].find((s) =>
            s.textContent?.includes('pathogen'),
          )!;
          range.selectNodeContents(text);
          document.getSelection()!.removeAllRanges();
          document.getSelection()!.addRange(range);
          const r = range.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }, null);
        const tabs = (await browser.tabUrls()).length;
        await browser.chooseFromContextMenu(tab, at, {
          menuItemId: 'immunolens-lookup',
          selectionText: 'pathogen',
        });
        await expect.poll(() => bubbleHeadings(tab), { timeout: 5_000 }).not.toEqual([]);
        expect((await browser.tabUrls()).length).toBe(tabs);
        await tab.keyboard.press('Escape');
      } finally {
        await tab.evaluate(writeStoredSettings, null);
      }
    });

    it('scrolls from the keyboard once opened', async () => {
      const top = () => tab.evaluate(() => document.getElementById('viewerContainer')!.scrollTop, null);
      await tab.evaluate(() => document.getElementById('viewerContainer')!.focus(), null);
      const before = await top();
      await tab.keyboard.press('PageDown');
      await expect.poll(top).toBeGreaterThan(before);
    });

    it('fetched nothing but the PDF itself', async () => {
      expect(await fetchedFromOutside(tab)).toEqual([`${server.origin}/generated-pdf/one-column.pdf`]);
    });
  });

  it('names the term of a selection in the right column, and of a word hyphenated across two lines', async () => {
    const tab = await openPdf('two-column.pdf');
    await waitForText(tab, 'leukin-12');
    await dragSelectText(tab, await textBox(tab, 'IL-12'));
    await expect.poll(() => bubbleHeadings(tab), { timeout: 5_000 }).toEqual(['Interleukin-12']);
    await tab.keyboard.press('Escape');
    await dragSelectText(tab, await textBox(tab, 'inter-'), await textBox(tab, 'leukin-12'));
    await expect
      .poll(() => tab.evaluate(() => document.getSelection()!.toString().replace(/\s+/g, ' '), null))
      .toMatch(/^inter- ?leukin-12$/);
    await expect.poll(() => bubbleHeadings(tab), { timeout: 5_000 }).toEqual(['Interleukin-12']);
    await tab.close();
  });

  describe('says clearly what went wrong', () => {
    it.each([
      ['missing.pdf', 'not-found', 'The PDF was not found at this address (404).'],
      ['../article.html', 'not-pdf', 'This address is not a PDF (it is a web page).'],
      ['corrupt.pdf', 'corrupt', 'This file is damaged or is not a valid PDF, so it cannot be shown.'],
    ])('for %s', async (name, kind, message) => {
      const tab = await openPdf(name);
      await expect
        .poll(
          () =>
            tab.evaluate(() => document.querySelector('.reader-problem')?.getAttribute('data-problem'), null),
          {
            timeout: 10_000,
          },
        )
        .toBe(kind);
      expect(await textOf(tab, '.reader-problem p')).toBe(message);
      await tab.close();
    });

    it('for an address the reader does not open', async () => {
      const tab = await browser.open(`reader.html?file=${encodeURIComponent('javascript:alert(1)')}`);
      expect(await textOf(tab, '.reader-problem p')).toBe(
        'The reader opens PDFs from web addresses (http, https) and local files only.',
      );
      await tab.close();
    });

    it('asks for the password of a protected PDF, again after a wrong one, and opens it with the right one', async () => {
      const tab = await openPdf('password.pdf');
      await expect
        .poll(() => textOf(tab, '.password-form p'), { timeout: 10_000 })
        .toBe('This PDF is protected by a password.');
      await setValue(tab, '.password-form input', 'wrong', 'input');
      await click(tab, '.password-form button[type=submit]');
      await expect
        .poll(() => textOf(tab, '.password-form p'), { timeout: 10_000 })
        .toBe('That password is not right. Try again.');
      await setValue(tab, '.password-form input', READER_PASSWORD, 'input');
      await click(tab, '.password-form button[type=submit]');
      await waitForText(tab, 'Secret paper on IL-12');
      await tab.close();
    });

    it('says that a PDF without text has nothing to select', async () => {
      const tab = await openPdf('image-only.pdf');
      await expect
        .poll(() => textOf(tab, '.reader-notice'), { timeout: 10_000 })
        .toContain('has no text layer');
      await tab.close();
    });
  });

  it('opens a link to a PDF in the reader from the context menu', async () => {
    const link = `${server.origin}/generated-pdf/two-column.pdf`;
    const page = await browser.openWebPage(`${server.origin}/article.html?pdf-link`);
    const at = await page.evaluate((href) => {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = 'The two-column paper (PDF)';
      document.body.prepend(a);
      const r = a.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }, link);
    await browser.chooseFromContextMenu(page, at, { menuItemId: 'immunolens-open-pdf', linkUrl: link });
    await expect
      .poll(
        async () =>
          (await browser.tabUrls()).some((u) => u.endsWith(`reader.html?file=${encodeURIComponent(link)}`)),
        { timeout: 5_000 },
      )
      .toBe(true);
    await page.close();
  });

  it('draws a huge page at reduced detail, and says so', async () => {
    const tab = await openPdf('huge-page.pdf');
    await expect.poll(() => textOf(tab, '.reader-notice'), { timeout: 15_000 }).toContain('very large page');
    await waitForText(tab, 'A poster about IL-12.');
    await tab.close();
  });

  it('opens a local PDF dropped on the page, with no network', async () => {
    const tab = await browser.open('reader.html');
    expect(await textOf(tab, '.reader-empty p')).toContain('Open a PDF');
    await dropFile(tab, 'local.pdf', await oneColumnPdf());
    await waitForText(tab, 'Dendritic cells');
    expect(await textOf(tab, '.reader-title')).toBe('IL-12 in tumour immunity');
    expect(await fetchedFromOutside(tab)).toEqual([]);
    await tab.close();
  });

  it(`draws only the pages near the view of a ${LONG_PAGES}-page PDF, and goes to a page by its number`, async () => {
    const tab = await openPdf('long.pdf');
    await waitForText(tab, 'Page 1.');
    const drawn = () => tab.evaluate(() => document.querySelectorAll('.page canvas').length, null);
    expect(await tab.evaluate(() => document.querySelectorAll('.page').length, null)).toBe(LONG_PAGES);
    expect(await drawn()).toBeLessThanOrEqual(12);
    await setValue(tab, '.page-number', '150');
    await waitForText(tab, 'Page 150.');
    await expect
      .poll(() =>
        tab.evaluate(() => (document.querySelector('.page-number') as HTMLInputElement).value, null),
      )
      .toBe('150');
    expect(await drawn()).toBeLessThanOrEqual(12);
    await tab.close();
  });

  it('logged no error (but the 404 it was shown)', () => {
    expect(browser.errors().filter((e) => !/missing\.pdf.*404|404.*missing\.pdf/.test(e))).toEqual([]);
  });
}
