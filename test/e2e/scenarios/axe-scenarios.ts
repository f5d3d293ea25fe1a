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
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AxeCheck, FoundViolation } from '../harness/axe';
import { describeViolations } from '../harness/axe';
import { BUBBLE_IN_BODY, expectHeadings, withBubbleHostInBody } from '../harness/bubble';
import { lensMarkPoint, waitForLensMarks } from '../harness/lens-marks';
import {
  BUBBLE_TAG,
  clearSelection,
  dragSelect,
  selectText,
  waitUntil,
  type BrowserDriver,
  type PageDriver,
} from '../harness/driver';
import { SearchPage } from '../harness/extension-pages';
import { openSidePanelFor } from '../harness/side-panel';
import type { FixtureServer } from '../harness/server';
import { writeReaderPdfs } from '../reader/pdf-fixtures';
import type { ViewTools } from '../harness/view-tools';
import { giveFile } from './pack-scenarios';

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

/**
 * What a browser brings to the scenarios: how it runs axe, how it makes the system's theme dark, and the tools a
 * view needs to come about (an explicit request, a touch, the viewport: harness/view-tools.ts).
 */
export interface AxeBrowser extends ViewTools {
  violations(page: PageDriver, check: Omit<AxeCheck, 'what'>): Promise<FoundViolation[]>;
  /** Sets the system's colour scheme the page sees; absent where the browser cannot emulate it. */
  emulateColorScheme?(page: PageDriver, scheme: 'light' | 'dark'): Promise<void>;
  /** Looks beyond LOOKS this browser can give. */
  extraLooks?: Look[];
}

export const VIEWPORT = { width: 1280, height: 800 };

interface View {
  name: string;
  /** Opens the view and brings it to the state checked. */
  open(env: AxeEnv): Promise<PageDriver>;
  /** A web page with the bubble: re-shown in each look (the bubble takes its look when it opens). */
  bubble?: (page: PageDriver, tools: ViewTools) => Promise<void>;
  /** The viewport of a web page with the bubble (VIEWPORT when absent); halved for text at 200 %. */
  viewport?: { width: number; height: number };
  /** Undoes what the view left in the extension's storage (an imported pack), once it has been checked. */
  after?: (env: AxeEnv) => Promise<void>;
  /** An extension page's state to bring back in each look (the reader's bubble takes its look when it opens). */
  prepare?: (page: PageDriver) => Promise<void>;
  /** Parts that are not ours, each excluded for a reason given where it is set. */
  exclude?: string[];
  /** Settings the view needs on top of each look's (the lens turned on). */
  settings?: Record<string, unknown>;
}

export interface AxeEnv {
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

/** Types into the search box of a popup or lookup page and waits for its "no results" line. */
async function noResults(env: AxeEnv, path: string): Promise<PageDriver> {
  const search = await searchPage(env, path);
  await search.type('zqxwvy');
  await visible(search.page, '.no-results', 'the "no results" line');
  return search.page;
}

/** Saves IL-12 to the study list from its entry, as a reader does, so the list has a row. */
async function saveIl12(env: AxeEnv): Promise<void> {
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
}

/** The options page with its packs section drawn. */
async function optionsWithPacks(env: AxeEnv): Promise<PageDriver> {
  const page = await env.browser.openExtensionPage('options.html');
  await visible(page, 'fieldset.packs', 'the packs section');
  return page;
}

const EXAMPLE_PACK = readFileSync(
  new URL('../../../docs/examples/example-pack.json', import.meta.url),
  'utf8',
);

/** A word for "Did you mean": no entry has it as a name, and Interleukin is close to it. */
const TYPO = 'interleukine';

/** Adds a paragraph to the fixture page, as its own text, for a selection that is no term. */
const addParagraph = (page: PageDriver, id: string, text: string) =>
  page.evaluate(
    ({ id, text }) => {
      if (document.getElementById(id)) return;
      const p = document.createElement('p');
      p.id = id;
      p.textContent = text;
      document.body.append(p);
    },
    { id, text },
  );

/** An explicit request (the shortcut) on `selector`'s text, answered with "No entry for …". */
const noEntryOn =
  (selector: string, query: string, suggestions: boolean) => async (page: PageDriver, tools: ViewTools) => {
    await page.keyboard.press('Escape');
    await clearSelection(page);
    await selectText(page, selector);
    await tools.explain(page);
    await expectHeadings(page, [`No entry for “${query}”`]);
    const listed = await page.evaluate(
      (tag) => document.querySelector(tag)?.shadowRoot?.querySelectorAll('.no-entry li').length ?? 0,
      BUBBLE_TAG,
    );
    if (suggestions !== listed > 0) throw new Error(`"Did you mean" lists ${listed} suggestions`);
  };

const PASSAGE = 'IL-12 induces IFN-γ production by NK cells and favours the differentiation of Th1 cells.';

export const VIEWS: View[] = [
  {
    name: 'popup, empty',
    open: async (env) => (await searchPage(env, 'popup.html')).page,
  },
  {
    name: 'popup, no results',
    open: (env) => noResults(env, 'popup.html'),
  },
  {
    name: 'popup, with recent lookups',
    async open(env) {
      // An entry opened from the popup, which the popup then lists as a recent lookup.
      const first = await searchPage(env, 'popup.html');
      await first.type('il12');
      await visible(first.page, '[role=option]', 'a result');
      await first.press('Enter');
      await visible(first.page, 'h1', 'the entry');
      await first.close();
      const popup = await searchPage(env, 'popup.html');
      await visible(popup.page, '.recent li', 'a recent lookup');
      return popup.page;
    },
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
    name: 'lookup page, no results',
    open: (env) => noResults(env, 'lookup.html'),
  },
  {
    name: 'lookup page, no entry, with "Did you mean"',
    async open(env) {
      const lookup = await searchPage(env, `lookup.html?q=${TYPO}`);
      await visible(lookup.page, 'h1', 'the answer');
      await waitUntil(
        () =>
          lookup.page.evaluate(
            () => document.querySelectorAll('[role=option] .result-title').length > 0,
            null,
          ),
        () => 'no suggestion showed',
      );
      return lookup.page;
    },
  },
  {
    name: 'lookup page, study list',
    async open(env) {
      // One saved entry, so the list has a row, its filters and its export.
      await saveIl12(env);
      const page = await env.browser.openExtensionPage('lookup.html#study');
      await visible(page, '.study-list li, .study-row', 'a saved row');
      return page;
    },
  },
  {
    name: 'lookup page, study list in review, a card revealed',
    async open(env) {
      await saveIl12(env);
      const page = await env.browser.openExtensionPage('lookup.html#study');
      await visible(page, '.study-list li, .study-row', 'a saved row');
      await page.evaluate(() => {
        const review = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Review');
        review?.click();
      }, null);
      await visible(page, '.study-review', 'the review');
      await page.evaluate(() => {
        const reveal = [...document.querySelectorAll('.study-review button')].find(
          (b) => b.textContent === 'Reveal',
        );
        (reveal as HTMLButtonElement | undefined)?.click();
      }, null);
      await waitUntil(
        () =>
          page.evaluate(
            () =>
              [...document.querySelectorAll('.study-review button')].some((b) => b.textContent === 'Knew it'),
            null,
          ),
        () => 'the card did not reveal',
      );
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
    name: 'options page, a pack imported',
    async open(env) {
      const page = await optionsWithPacks(env);
      await giveFile(page, { name: 'example-pack.json', text: EXAMPLE_PACK, via: 'input' });
      await visible(page, '.pack-imported', 'the import report');
      await visible(page, '.pack-row', "the pack's row");
      return page;
    },
    async after(env) {
      // The pack would change what other views show: removed as a reader removes it.
      const page = await optionsWithPacks(env);
      await waitUntil(
        () =>
          page.evaluate(() => {
            document.querySelector<HTMLButtonElement>('.pack-row button[aria-label^=Remove]')?.click();
            return document.querySelector('.pack-row') === null;
          }, null),
        () => 'the pack was not removed',
      );
      await page.close();
    },
  },
  {
    name: 'options page, an import error list',
    async open(env) {
      const page = await optionsWithPacks(env);
      const bad = JSON.stringify({
        name: 'Broken',
        version: '1',
        licence: 'CC0',
        source: 'test',
        entries: [{ id: 'Bad Id', name: 'X', category: 'drug', summary: 's', explanation: 'e' }],
      });
      await giveFile(page, { name: 'broken.json', text: bad, via: 'drop' });
      await visible(page, '.pack-errors li', 'the error list');
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
    name: 'PDF reader, its find bar open',
    async open(env) {
      const paths = await writeReaderPdfs();
      const file = encodeURIComponent(env.server.origin + paths['one-column.pdf']!);
      const page = await env.browser.openExtensionPage(`reader.html?file=${file}`);
      await visible(page, '.textLayer span', 'the text layer');
      return page;
    },
    async prepare(page) {
      if (await page.evaluate(() => document.querySelector('.find-bar') === null, null)) {
        await page.evaluate(() => document.querySelector<HTMLButtonElement>('.find-button')!.click(), null);
        await visible(page, '.find-input', 'the find bar');
        await page.evaluate(() => document.querySelector<HTMLInputElement>('.find-input')!.focus(), null);
        await page.keyboard.type('cells');
        await page.keyboard.press('Enter');
      }
      await waitUntil(
        () =>
          page.evaluate(
            () => /^\d+ of \d+$/.test(document.querySelector('.find-count')?.textContent ?? ''),
            null,
          ),
        () => 'the find bar counted no match',
      );
    },
    // As for the reader above: the PDF's own text (the matches are marked in it).
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
    name: 'bubble, no entry',
    open: async (env) => {
      const page = await env.browser.newPage();
      await page.goto(`${env.server.origin}/article.html?axe-no-entry`);
      return page;
    },
    bubble: noEntryOn('#plain', 'weather', false),
  },
  {
    name: 'bubble, no entry, with "Did you mean"',
    open: async (env) => {
      const page = await env.browser.newPage();
      await page.goto(`${env.server.origin}/article.html?axe-did-you-mean`);
      await addParagraph(page, 'typo', TYPO);
      return page;
    },
    bubble: noEntryOn('#typo', TYPO, true),
  },
  {
    name: 'bubble, a sheet along the edge of a narrow touch screen',
    open: async (env) => {
      const page = await env.browser.newPage();
      await page.goto(`${env.server.origin}/article.html?axe-touch-sheet`);
      return page;
    },
    viewport: { width: 390, height: 700 },
    async bubble(page, tools) {
      await page.keyboard.press('Escape');
      await clearSelection(page);
      await tools.touchSelect(page, '#il12');
      await expectHeadings(page, ['Interleukin-12']);
      const notSheet = await page.evaluate(() => {
        const bubble = document.querySelector('html > div')!.shadowRoot!.querySelector('.bubble')!;
        const r = bubble.getBoundingClientRect();
        // What the reader sees: the viewport less any scroll bar (Firefox shows one at 200 %).
        const { width, height } = visualViewport!;
        const edge = Math.abs(r.bottom - (height - 8)) <= 1 || Math.abs(r.top - 8) <= 1;
        return Math.abs(r.width - (width - 16)) <= 1 && edge
          ? null
          : `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)} in ${width}x${height}`;
      }, null);
      if (notSheet) throw new Error(`the bubble is not a sheet along an edge of the screen: ${notSheet}`);
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
  {
    name: 'side panel, a filter that matches nothing',
    async open(env) {
      const url = `${env.server.origin}/article.html?axe-side-panel-filter`;
      const article = await env.browser.newPage();
      await article.goto(url);
      const panel = await openSidePanelFor(env.browser, url);
      await visible(panel.page, '.page-term-list h2', "the page's terms");
      await panel.page.evaluate(
        () => document.querySelector<HTMLInputElement>('.filter-field input')!.focus(),
        null,
      );
      await panel.page.keyboard.type('zqxwvy');
      await waitUntil(
        () =>
          panel.page.evaluate(
            () =>
              [...document.querySelectorAll('.panel-note')].some((p) => p.textContent?.includes('matches')),
            null,
          ),
        () => 'the panel did not say that nothing matches',
      );
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
    const size = view.viewport ?? VIEWPORT;
    await axe.setViewport(page, look.large ? { width: size.width / 2, height: size.height / 2 } : size);
    await view.bubble(page, axe);
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
        await view.after?.(env);
      }
      expect(failures, failures.join('\n\n')).toEqual([]);
    });
  });
}
