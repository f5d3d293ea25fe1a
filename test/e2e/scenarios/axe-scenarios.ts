/**
 * Every view ImmunoLens has, checked by axe-core against WCAG 2.2 A and AA in each look a reader may give it: the
 * light and the dark theme, and text at 200 %. The same views and looks in Chromium and Firefox; each browser
 * brings its way of running axe (and Chromium a dark system theme, which it can emulate).
 *
 * 200 % text is what a reader who enlarges text gets:
 * - the extension's pages size their text in rem, so a browser text size of 200 % (Chromium's and Firefox's
 *   font-size setting) doubles the root font size: the pages' root is set to 200 %, the value their own text-size
 *   setting writes there (useStoredState);
 * - the bubble sizes itself in px, away from the page's fonts, so its text grows with the browser's page zoom:
 *   200 % zoom halves the viewport in CSS px, which is what the bubble's pages get here, with the extension's
 *   own text size at its largest (150 %) on top.
 */
import { describe, expect, it } from 'vitest';
import type { AxeCheck, FoundViolation } from '../harness/axe';
import { describeViolations } from '../harness/axe';
import { BUBBLE_IN_BODY, expectHeadings, withBubbleHostInBody } from '../harness/bubble';
import { lensMarkPoint, waitForLensMarks } from '../harness/lens-marks';
import {
  clearSelection,
  dragSelect,
  waitUntil,
  type BrowserDriver,
  type PageDriver,
} from '../harness/driver';
import { SearchPage } from '../harness/extension-pages';
import { openSidePanelFor } from '../harness/side-panel';
import type { FixtureServer } from '../harness/server';
import { writeReaderPdfs } from '../reader/pdf-fixtures';

export interface Look {
  name: string;
  settings: Record<string, unknown>;
  /** The system's colour scheme, where the browser can emulate it. */
  system?: 'dark';
  /** Text at 200 %. */
  large?: boolean;
}

export const LOOKS: Look[] = [
  { name: 'light theme', settings: { theme: 'light' } },
  { name: 'dark theme', settings: { theme: 'dark' } },
  { name: 'text at 200 %', settings: { theme: 'light', fontSize: 150 }, large: true },
];

/** What a browser brings to the scenarios: how it runs axe, and how it makes the system's theme dark. */
export interface AxeBrowser {
  violations(page: PageDriver, check: Omit<AxeCheck, 'what'>): Promise<FoundViolation[]>;
  /** Sets the system's colour scheme the page sees; absent where the browser cannot emulate it. */
  emulateColorScheme?(page: PageDriver, scheme: 'light' | 'dark'): Promise<void>;
  setViewport(page: PageDriver, size: { width: number; height: number }): Promise<void>;
  /** Looks beyond LOOKS this browser can give. */
  extraLooks?: Look[];
}

export const VIEWPORT = { width: 1280, height: 800 };
const ZOOMED = { width: VIEWPORT.width / 2, height: VIEWPORT.height / 2 };

interface View {
  name: string;
  /** Opens the view and brings it to the state checked. */
  open(env: AxeEnv): Promise<PageDriver>;
  /** A web page with the bubble: re-shown in each look (the bubble takes its look when it opens). */
  bubble?: (page: PageDriver) => Promise<void>;
  /** An extension page's state to bring back in each look (the reader's bubble takes its look when it opens). */
  prepare?: (page: PageDriver) => Promise<void>;
  /** Parts that are not ours, each excluded for a reason given where it is set. */
  exclude?: string[];
  /** Settings the view needs on top of each look's (the lens turned on). */
  settings?: Record<string, unknown>;
}

interface AxeEnv {
  readonly browser: BrowserDriver;
  readonly server: FixtureServer;
}

const visible = (page: PageDriver, selector: string, what: string) =>
  waitUntil(
    () =>
      page.evaluate((sel) => document.querySelector<HTMLElement>(sel)?.checkVisibility() ?? false, selector),
    () => `${what} did not show (${selector})`,
    { timeoutMs: 15_000 },
  );

async function searchPage(env: AxeEnv, path: string): Promise<SearchPage> {
  const page = await env.browser.openExtensionPage(path);
  await visible(page, '[role=combobox]', 'the search box');
  return new SearchPage(page);
}

const bubbleOn = (selector: string, headings: string[]) => async (page: PageDriver) => {
  await clearSelection(page);
  await dragSelect(page, selector);
  await expectHeadings(page, headings);
};

const PASSAGE = 'IL-12 induces IFN-γ production by NK cells and favours the differentiation of Th1 cells.';

export const VIEWS: View[] = [
  {
    name: 'popup, empty',
    open: async (env) => (await searchPage(env, 'popup.html')).page,
  },
  {
    name: 'popup, with results',
    async open(env) {
      const popup = await searchPage(env, 'popup.html');
      await popup.type('il12');
      await visible(popup.page, '[role=option]', 'a result');
      return popup.page;
    },
  },
  {
    name: 'popup, on an entry',
    async open(env) {
      const popup = await searchPage(env, 'popup.html');
      await popup.type('il12');
      await visible(popup.page, '[role=option]', 'a result');
      await popup.press('Enter');
      await visible(popup.page, 'h1', 'the entry');
      return popup.page;
    },
  },
  {
    name: 'lookup page, search',
    async open(env) {
      const lookup = await searchPage(env, 'lookup.html');
      await lookup.type('cytokine side effects');
      await visible(lookup.page, '[role=option]', 'a result');
      return lookup.page;
    },
  },
  {
    name: 'lookup page, entry',
    async open(env) {
      const lookup = await searchPage(env, 'lookup.html?q=IL-12');
      await visible(lookup.page, 'h1', 'the entry');
      return lookup.page;
    },
  },
  {
    name: 'lookup page, passage',
    async open(env) {
      const lookup = await searchPage(env, `lookup.html?q=${encodeURIComponent(PASSAGE)}`);
      await visible(lookup.page, '.passage', 'the passage');
      return lookup.page;
    },
  },
  {
    name: 'lookup page, study list',
    async open(env) {
      // One saved entry, saved as a reader does, so the list has a row, its filters and its export.
      const entry = await searchPage(env, 'lookup.html?q=IL-12');
      await visible(entry.page, 'button[data-save]', 'the save button');
      await entry.page.evaluate(() => {
        const save = document.querySelector<HTMLButtonElement>('button[data-save]')!;
        if (save.getAttribute('aria-pressed') !== 'true') save.click();
      }, null);
      await waitUntil(
        () =>
          entry.page.evaluate(
            () => document.querySelector('button[data-save]')?.getAttribute('aria-pressed') === 'true',
            null,
          ),
        () => 'the entry was not saved',
      );
      await entry.close();
      const page = await env.browser.openExtensionPage('lookup.html#study');
      await visible(page, '.study-list li, .study-row', 'a saved row');
      return page;
    },
  },
  {
    name: 'options page',
    async open(env) {
      const page = await env.browser.openExtensionPage('options.html');
      await visible(page, 'fieldset', 'the settings');
      return page;
    },
  },
  {
    name: 'PDF reader',
    async open(env) {
      const paths = await writeReaderPdfs();
      const file = encodeURIComponent(env.server.origin + paths['one-column.pdf']!);
      const page = await env.browser.openExtensionPage(`reader.html?file=${file}`);
      await visible(page, '.textLayer span', 'the text layer');
      return page;
    },
    // The PDF's own text: PDF.js draws it on a canvas and lays transparent, selectable copies over it, which
    // have no colours of ours (axe finds them "overlapped", as they are, by design).
    exclude: ['.textLayer'],
  },
  {
    name: 'PDF reader, with its bubble',
    async open(env) {
      const paths = await writeReaderPdfs();
      const file = encodeURIComponent(env.server.origin + paths['one-column.pdf']!);
      const page = await env.browser.openExtensionPage(`reader.html?file=${file}`);
      await visible(page, '.textLayer span', 'the text layer');
      return page;
    },
    async prepare(page) {
      await clearSelection(page);
      await page.keyboard.press('Escape');
      await dragSelect(page, '.textLayer span');
      await waitUntil(
        () =>
          page.evaluate(
            () => !!document.querySelector('immunolens-bubble')?.shadowRoot?.querySelector('.bubble h2'),
            null,
          ),
        () => "the reader's bubble did not open",
      );
    },
    // As for the reader above: the PDF's own text.
    exclude: ['.textLayer'],
  },
  {
    name: 'bubble, one term',
    open: async (env) => {
      const page = await env.browser.newPage();
      await page.goto(`${env.server.origin}/article.html?axe-term`);
      return page;
    },
    bubble: bubbleOn('#il12', ['Interleukin-12']),
  },
  {
    name: 'bubble, a passage',
    open: async (env) => {
      const page = await env.browser.newPage();
      await page.goto(`${env.server.origin}/article.html?axe-passage`);
      return page;
    },
    bubble: bubbleOn('#passage', [
      'Interleukin-12',
      'Interferon gamma',
      'Natural killer cell',
      'T helper 1 cell',
    ]),
  },
  {
    name: 'bubble, opened by resting the mouse on a lens mark',
    open: async (env) => {
      const page = await env.browser.newPage();
      await page.goto(`${env.server.origin}/article.html?axe-lens-hover`);
      return page;
    },
    settings: { highlightTerms: true },
    async bubble(page) {
      // A fresh page in each look: the lens opens a mark's bubble once per rest, and the mouse rests on the same
      // mark in every look.
      await page.goto(`${await page.evaluate(() => location.href, null)}`);
      await waitForLensMarks(page, 5);
      const point = await lensMarkPoint(page, 'IFN-γ');
      if (!point) throw new Error('no lens mark on IFN-γ');
      await page.mouse.move(point.x, point.y);
      await expectHeadings(page, ['Interferon gamma']);
    },
  },
  {
    name: 'side panel',
    async open(env) {
      // The panel lists the terms of the article in another tab; it is opened as a tab (harness/side-panel.ts).
      const url = `${env.server.origin}/article.html?axe-side-panel`;
      const article = await env.browser.newPage();
      await article.goto(url);
      const panel = await openSidePanelFor(env.browser, url);
      await visible(panel.page, '.page-term-list h2', "the page's terms");
      return panel.page;
    },
  },
];

async function applyLook(env: AxeEnv, axe: AxeBrowser, page: PageDriver, view: View, look: Look) {
  await env.browser.setSettings({ ...look.settings, ...view.settings });
  await axe.emulateColorScheme?.(page, look.system ?? 'light');
  if (view.bubble) {
    // The mouse first to a corner inside both sizes: WebDriver BiDi refuses a move that starts out of the viewport.
    await page.mouse.move(1, 1);
    await axe.setViewport(page, look.large ? ZOOMED : VIEWPORT);
    await view.bubble(page);
    return;
  }
  await view.prepare?.(page);
  const theme = look.settings.theme === 'system' ? null : look.settings.theme;
  const fontSize = `${look.large ? 200 : ((look.settings.fontSize as number | undefined) ?? 100)}%`;
  // The page follows stored settings as they change; the root's size is then set as 200 % text would set it.
  await waitUntil(
    () =>
      page.evaluate(
        ({ theme, fontSize, large }) => {
          const root = document.documentElement;
          if (large) root.style.fontSize = fontSize;
          return root.getAttribute('data-theme') === theme && root.style.fontSize === fontSize;
        },
        { theme, fontSize, large: look.large ?? false },
      ),
    () => `the page did not take the ${look.name}`,
  );
}

/** Each view in each look: 0 violations, or every violation of every look named in one failure. */
export function describeAxeScenarios(env: AxeEnv, axe: AxeBrowser): void {
  const looks = [...LOOKS, ...(axe.extraLooks ?? [])];
  describe('axe-core finds no WCAG 2.2 A or AA violation', () => {
    it.each(VIEWS.map((view) => [view.name, view] as const))('in the %s, in every look', async (_, view) => {
      const page = await view.open(env);
      const failures: string[] = [];
      try {
        for (const look of looks) {
          await applyLook(env, axe, page, view, look);
          const what = `the ${view.name}, ${look.name}`;
          const found = view.bubble
            ? await withBubbleHostInBody(page, () => axe.violations(page, { include: [BUBBLE_IN_BODY] }))
            : await axe.violations(page, { exclude: view.exclude });
          if (found.length > 0) failures.push(describeViolations(what, found));
        }
      } finally {
        await env.browser.setSettings(null);
        await page.close();
      }
      expect(failures, failures.join('\n\n')).toEqual([]);
    });
  });
}
