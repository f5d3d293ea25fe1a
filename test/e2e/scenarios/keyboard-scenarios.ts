/**
 * The keyboard-only paths the options page lists (components/options/KeyboardHelp.tsx), driven with keys alone,
 * and what a screen reader hears on the way. The shortcut is the browser's to deliver: where the harness can call
 * the background's command handler (Chromium's test hook) the scenarios press it; elsewhere `shortcut` is absent
 * and those steps are skipped, said so by name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bubbleAnnouncement, expectClosed, expectHeadings, whereFocusIs } from '../harness/bubble';
import {
  clearSelection,
  selectText,
  selectedText,
  type BrowserDriver,
  type PageDriver,
} from '../harness/driver';
import { openPopupPage } from '../harness/extension-pages';
import type { FixtureServer } from '../harness/server';
import { writeReaderPdfs } from '../reader/pdf-fixtures';

interface Env {
  readonly browser: BrowserDriver;
  readonly server: FixtureServer;
}

export interface KeyboardBrowser {
  /** Presses the explain shortcut (Alt+Shift+L) in `page`'s tab, as the browser delivers it. */
  shortcut?: (page: PageDriver) => Promise<void>;
  /** Tabs the scenarios may find open, for "Enter opens the entry in a tab". */
  openedTab?: (path: string) => Promise<PageDriver & { heading(): Promise<string> }>;
}

const IL12 = 'Interleukin-12';
const SAY_IL12 = `ImmunoLens: ${IL12}. Press Alt+Shift+L to read it, Escape to close.`;

/** A caret before `selector`'s text, as caret browsing (F7) puts it; then Shift+ArrowRight `count` times. */
async function selectByKeyboard(page: PageDriver, selector: string, count: number): Promise<void> {
  await page.evaluate((sel) => {
    const text = document.querySelector(sel)!.firstChild!;
    document.getSelection()!.collapse(text, 0);
  }, selector);
  await page.keyboard.down('Shift');
  for (let i = 0; i < count; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.up('Shift');
}

const expectAnnounced = (page: PageDriver, text: string) =>
  expect.poll(() => bubbleAnnouncement(page), { timeout: 5_000 }).toBe(text);

export function describeKeyboardScenarios(env: Env, keys: KeyboardBrowser): void {
  const withShortcut = keys.shortcut ? it : it.skip;

  describe('on a web page', () => {
    let page: PageDriver;
    beforeAll(async () => {
      page = await env.browser.newPage();
    });
    const open = async (query: string) => {
      await page.goto(`${env.server.origin}/keyboard.html?${query}`);
    };

    it('opens the bubble for a selection made with Shift+arrows and announces it, leaving focus on the page', async () => {
      await open('select');
      await selectByKeyboard(page, '#il12', 'IL-12'.length);
      expect(await selectedText(page)).toBe('IL-12');
      await expectHeadings(page, [IL12]);
      await expectAnnounced(page, SAY_IL12);
      expect(await whereFocusIs(page)).toMatch(/^page body /);
      await page.keyboard.press('Escape');
      await expectClosed(page);
    });

    it('announces how many terms a passage has', async () => {
      await open('passage');
      await selectByKeyboard(page, '#passage', 'IL-12 induces IFN-γ production by NK cells.'.length);
      await expectHeadings(page, [IL12, 'Interferon gamma', 'Natural killer cell']);
      await expectAnnounced(
        page,
        'ImmunoLens: 3 terms: Interleukin-12, Interferon gamma, Natural killer cell. ' +
          'Press Alt+Shift+L to read them, Escape to close.',
      );
      await page.keyboard.press('Escape');
      await expectClosed(page);
    });

    withShortcut(
      'moves focus into the open bubble on the shortcut, saves on S, and Escape gives focus back',
      async () => {
        await open('into');
        await selectByKeyboard(page, '#il12', 'IL-12'.length);
        await expectHeadings(page, [IL12]);
        const before = await whereFocusIs(page);
        await keys.shortcut!(page);
        await expect.poll(() => whereFocusIs(page)).toMatch(/^bubble /);
        await page.keyboard.press('s');
        await expect
          .poll(() =>
            page.evaluate(
              () =>
                document
                  .querySelector('html > div')
                  ?.shadowRoot?.querySelector('button[data-save]')
                  ?.getAttribute('aria-pressed'),
              null,
            ),
          )
          .toBe('true');
        await page.keyboard.press('Escape');
        await expectClosed(page);
        expect(await whereFocusIs(page)).toBe(before);
      },
    );

    withShortcut(
      'opens the bubble with focus in it on the shortcut, and Enter on "Open full entry" opens the entry',
      async () => {
        await open('open-entry');
        await page.keyboard.press('Tab');
        await selectText(page, '#il12');
        await keys.shortcut!(page);
        await expectHeadings(page, [IL12]);
        await expect.poll(() => whereFocusIs(page)).toMatch(/^bubble /);
        // Opened by the shortcut, focus is already in it: the announcement only names the term.
        await expectAnnounced(page, `ImmunoLens: ${IL12}.`);
        for (let i = 0; i < 10 && !(await whereFocusIs(page)).includes('Open full entry'); i++)
          await page.keyboard.press('Tab');
        expect(await whereFocusIs(page)).toBe('bubble button.open-entry “Open full entry”');
        const opened = keys.openedTab!('lookup.html');
        await page.keyboard.press('Enter');
        const entry = await opened;
        await expect.poll(() => entry.heading(), { timeout: 15_000 }).toBe(IL12);
        await entry.close();
        await page.keyboard.press('Escape');
        await expectClosed(page);
        expect(await whereFocusIs(page)).toBe('page button#before “A button of the page”');
        await clearSelection(page);
      },
    );
  });

  describe('in the popup', () => {
    it('finds, opens and leaves an entry with the keyboard alone, hearing the number of results', async () => {
      const popup = await openPopupPage(env.browser);
      await popup.type('il12');
      await expect
        .poll(() =>
          popup.page.evaluate(() => document.querySelector('[role=status]')?.textContent ?? '', null),
        )
        .toMatch(/^\d+ results$/);
      await popup.press('ArrowDown');
      expect(await popup.activeOption()).toBe('il-result-0');
      await popup.press('Enter');
      await expect.poll(() => popup.title()).toBe(IL12);
      await popup.press('Escape');
      await expect.poll(() => popup.title()).toBe('');
      expect(await popup.query()).toBe('il12');
      // Back on the results, focus returns to the search box, where the next Escape clears it.
      await expect
        .poll(() => popup.page.evaluate(() => document.activeElement?.getAttribute('role') ?? null, null))
        .toBe('combobox');
      await popup.press('Escape');
      await expect.poll(() => popup.query()).toBe('');
      await popup.type('zzqx');
      await expect
        .poll(() =>
          popup.page.evaluate(() => document.querySelector('[role=status]')?.textContent ?? '', null),
        )
        .toBe('No results for “zzqx”.');
      await popup.close();
    });
  });

  describe('in the PDF reader', () => {
    it('goes to a page, zooms and finds with the keyboard alone', async () => {
      const paths = await writeReaderPdfs();
      const file = encodeURIComponent(env.server.origin + paths['one-column.pdf']!);
      const reader = await env.browser.openExtensionPage(`reader.html?file=${file}`);
      await expect
        .poll(() => reader.evaluate(() => document.querySelector('.page-count')?.textContent ?? '', null), {
          timeout: 15_000,
        })
        .toBe('2');
      const focused = () =>
        reader.evaluate(
          () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.localName,
          null,
        );
      const pageNumber = () =>
        reader.evaluate(() => document.querySelector<HTMLInputElement>('.page-number')?.value, null);
      // The reader may still be settling its first layout (and redraw the field) as the keys arrive: the same
      // keyboard path is taken again until the page number stays.
      await expect
        .poll(
          async () => {
            for (let i = 0; i < 15 && (await focused()) !== 'Page number'; i++)
              await reader.keyboard.press('Tab');
            if ((await focused()) !== 'Page number') return 'no focus on the page number';
            await reader.keyboard.press('Backspace');
            await reader.keyboard.type('2');
            await reader.keyboard.press('Enter');
            await new Promise((resolve) => setTimeout(resolve, 300));
            return pageNumber();
          },
          { timeout: 15_000 },
        )
        .toBe('2');
      const percent = () =>
        reader.evaluate(() => document.querySelector('.zoom-percent')?.textContent ?? '', null);
      const before = parseInt(await percent());
      await reader.keyboard.down('Control');
      await reader.keyboard.press('=');
      await reader.keyboard.up('Control');
      await expect.poll(async () => parseInt(await percent())).toBeGreaterThan(before);
      await reader.keyboard.down('Control');
      await reader.keyboard.press('f');
      await reader.keyboard.up('Control');
      await expect.poll(focused).toBe('Find in document');
      await reader.keyboard.type('cells');
      await reader.keyboard.press('Enter');
      await expect
        .poll(() => reader.evaluate(() => document.querySelector('.find-count')?.textContent ?? '', null))
        .toMatch(/^\d+ of \d+$/);
      await reader.keyboard.press('Escape');
      await expect
        .poll(() => reader.evaluate(() => document.querySelector('.find-bar') === null, null))
        .toBe(true);
      await reader.close();
    });
  });
}
