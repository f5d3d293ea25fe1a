/**
 * Search that answers the reader's question, and the lookup page that explains a selection (issue #14): the same
 * scenarios in Chromium and Firefox, through a page object small enough for both libraries.
 */
import { expect, it } from 'vitest';

export interface SearchPage {
  /** Types into the search box as a person does, key by key. */
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Runs `fn` in the page. */
  evaluate<R>(fn: () => R): Promise<R>;
  close(): Promise<void>;
}

/** Opens an extension page (`popup.html`, `lookup.html?q=…`) once its search box has focus or its view is shown. */
export type OpenExtensionPage = (path: string) => Promise<SearchPage>;

const h1 = () => document.querySelector('h1')?.textContent ?? '';
const titles = () =>
  [...document.querySelectorAll('[role=option] .result-title')].map((t) => t.textContent ?? '');
/** Each group of the listbox: its label (named by aria-labelledby) and its options' titles. */
const groups = () =>
  [...document.querySelectorAll('[role=listbox] [role=group]')].map((g) => ({
    label: document.getElementById(g.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
    titles: [...g.querySelectorAll('[role=option] .result-title')].map((t) => t.textContent ?? ''),
  }));
const boxValue = () => (document.querySelector('[role=combobox]') as HTMLInputElement | null)?.value ?? null;

export function describeSearchScenarios(open: OpenExtensionPage): void {
  it('puts the answer to a typed question first, and Enter opens that question', async () => {
    const page = await open('popup.html');
    await page.type('is il-12 safe');
    await expect
      .poll(() => page.evaluate(groups).then((g) => g[0]))
      .toEqual({
        label: 'Answer',
        titles: ['What are the side effects of IL-12?'],
      });
    await page.press('Enter');
    await expect.poll(() => page.evaluate(h1)).toBe('What are the side effects of IL-12?');
    await page.close();
  });

  it('lists a single term first and the question linked to it second', async () => {
    const page = await open('popup.html');
    await page.type('lymphopenia');
    await expect
      .poll(() => page.evaluate(titles).then((t) => t.slice(0, 2)))
      .toEqual(['Lymphopenia', 'What are the side effects of IL-12?']);
    expect((await page.evaluate(groups)).slice(0, 2).map((g) => g.label)).toEqual([
      'Term',
      'Questions about Lymphopenia',
    ]);
    // The arrow keys go from one group into the next.
    await page.press('ArrowDown');
    await page.press('ArrowDown');
    await page.press('Enter');
    await expect.poll(() => page.evaluate(h1)).toBe('What are the side effects of IL-12?');
    await page.close();
  });

  it('shows the Interleukin-12 entry as the heading of lookup.html?q=interleukin 12, with the search box', async () => {
    const page = await open(`lookup.html?q=${encodeURIComponent('interleukin 12')}`);
    await expect.poll(() => page.evaluate(h1)).toBe('Interleukin-12');
    expect(await page.evaluate(boxValue)).toBe('interleukin 12');
    await page.close();
  });

  it('lists the terms of a selected passage in reading order on the lookup page', async () => {
    const page = await open(`lookup.html?q=${encodeURIComponent('IL-12 induces IFN-γ in NK cells')}`);
    await expect.poll(() => page.evaluate(h1)).toBe('3 terms in this selection');
    const names = await page.evaluate(() =>
      [...document.querySelectorAll('.passage .term-name')].map((n) => n.textContent ?? ''),
    );
    expect(names).toEqual(['Interleukin-12', 'Interferon gamma', 'Natural killer cell']);
    await page.close();
  });

  it('says "No entry for …" for unknown text on the lookup page, with suggestions', async () => {
    const page = await open('lookup.html?q=interleukine');
    await expect.poll(() => page.evaluate(h1)).toBe('No entry for “interleukine”');
    await expect.poll(() => page.evaluate(titles).then((t) => t.length)).toBeGreaterThan(0);
    expect(await page.evaluate(titles)).toContain('Interleukin');
    await page.close();
  });
}
