/**
 * Glossary packs, on any browser's driver: import the example pack on the options page, meet one of its terms in
 * a page's bubble and in the popup, each marked with the pack's name; disable it and see it gone; remove it; and
 * an invalid file shows its error list. `describePackScenarios(launchChromiumDriver)` in packs.e2e.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { expectHeadings, expectNoBubble, textInBubble } from '../harness/bubble';
import { dragSelect, type BrowserDriver, type PageDriver } from '../harness/driver';
import { itLoggedNoErrorAndStayedLocal, useBrowser } from '../harness/use-browser';

const PACK = 'Tumour immunology lab methods';
/** A page reading the packs and building its indexes on a loaded machine. */
const PAGE_TIMEOUT_MS = 10_000;
const EXAMPLE = readFileSync(new URL('../../../docs/examples/example-pack.json', import.meta.url), 'utf8');

/** Gives the options page a file as the file picker would (`via: 'input'`) or as a drop on the section. */
export function giveFile(
  page: PageDriver,
  file: { name: string; text: string; via: 'input' | 'drop' },
): Promise<void> {
  return page.evaluate(({ name, text, via }) => {
    const transfer = new DataTransfer();
    transfer.items.add(
      new File([text], name, { type: name.endsWith('.json') ? 'application/json' : 'text/csv' }),
    );
    if (via === 'input') {
      const input = document.querySelector<HTMLInputElement>('input[name=pack-file]')!;
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      document
        .querySelector('fieldset.packs')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, file);
}

const statusText = (page: PageDriver) =>
  page.evaluate(() => document.querySelector('.pack-imported p')?.textContent ?? null, null);
const packRows = (page: PageDriver) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('.pack-row')].map((li) => ({
        name: li.querySelector('.pack-name')?.textContent?.trim(),
        enabled: li.querySelector<HTMLInputElement>('input[type=checkbox]')?.checked,
        facts: li.querySelector('.pack-facts')?.textContent ?? '',
      })),
    null,
  );
const click = (page: PageDriver, selector: string) =>
  page.evaluate((s) => document.querySelector<HTMLElement>(s)!.click(), selector);

/** What the popup lists for a query: each result's title and pack line. */
type PopupResult = { title: string | null | undefined; pack: string | null };

/**
 * The popup's results for `query`, once `ready` holds: the popup answers from the bundled glossary at once and
 * again when the packs have been read (components/page-indexes.ts), so a first answer may lack the packs.
 */
async function popupResults(
  browser: BrowserDriver,
  query: string,
  ready: (results: PopupResult[]) => boolean = (r) => r.length > 0,
) {
  const popup = await browser.openExtensionPage('popup.html');
  // A popup opened as a tab need not have focus: the box is focused as a click would.
  await expect
    .poll(
      () =>
        popup.evaluate(() => {
          const box = document.querySelector<HTMLInputElement>('[role=combobox]');
          box?.focus();
          return document.activeElement === box && box !== null;
        }, null),
      { timeout: PAGE_TIMEOUT_MS },
    )
    .toBe(true);
  await popup.keyboard.type(query);
  const read = () =>
    popup.evaluate(
      () =>
        [...document.querySelectorAll('[role=option]')].map((o) => ({
          title: o.querySelector('.result-title')?.textContent,
          pack: o.querySelector('.result-pack')?.textContent ?? null,
        })),
      null,
    );
  await expect.poll(async () => ready(await read()), { timeout: PAGE_TIMEOUT_MS }).toBe(true);
  const results = await read();
  await popup.close();
  return results;
}

export function describePackScenarios(launch: () => Promise<BrowserDriver>): void {
  const env = useBrowser(launch);

  it('imports the example pack, explains its terms marked with its name, and forgets them when disabled or removed', async () => {
    const options = await env.browser.openExtensionPage('options.html');
    await expect
      .poll(() => options.evaluate(() => document.querySelector('fieldset.packs legend')?.textContent, null))
      .toBe('Glossary packs');
    await giveFile(options, { name: 'example-pack.json', text: EXAMPLE, via: 'input' });
    await expect
      .poll(() => statusText(options), { timeout: 15_000 })
      .toBe(`Imported “${PACK}” 1.0: 8 entries.`);
    // The list is read again after the import's message: poll for the row rather than read it once.
    await expect
      .poll(async () => (await packRows(options))[0], { timeout: 10_000 })
      .toMatchObject({
        name: PACK,
        enabled: true,
      });
    const [row] = await packRows(options);
    expect(row!.facts).toMatch(/^version 1\.0 · 8 entries · \d+ KB · imported .+ · CC BY 4\.0 · /);
    // The override of a bundled entry is listed at import.
    expect(
      await options.evaluate(() => document.querySelector('.pack-imported')?.textContent ?? '', null),
    ).toContain('tetramer-staining (in the built-in glossary)');

    const page = await env.browser.newPage();
    await page.goto(`${env.server.origin}/lab-notes.html`);
    await dragSelect(page, '#mc38');
    await expectHeadings(page, ['MC38 cell line']);
    expect(await textInBubble(page, '.pack-badge')).toBe(`From pack “${PACK}”`);

    const fromPack = (r: PopupResult[]) => r[0]?.pack != null;
    expect((await popupResults(env.browser, 'MC38', fromPack))[0]).toEqual({
      title: 'MC38 cell line',
      pack: `From pack “${PACK}”`,
    });

    // A restarted worker answers from the cached indexes, its glossary read by chunk (decision 0011): once they
    // are stored, stop the worker and select the term again.
    const cached = () =>
      options.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const open = indexedDB.open('immunolens-packs');
            open.onsuccess = () => {
              const keys = open.result.transaction('indexCache').objectStore('indexCache').getAllKeys();
              keys.onsuccess = () => {
                open.result.close();
                resolve((keys.result as string[]).some((k) => k.endsWith('/knowledge:0')));
              };
              keys.onerror = () => resolve(false);
            };
            open.onerror = () => resolve(false);
          }),
        null,
      );
    await expect.poll(cached, { timeout: 15_000 }).toBe(true);
    await env.browser.stopBackground();
    await page.goto(`${env.server.origin}/lab-notes.html`);
    await dragSelect(page, '#mc38');
    await expectHeadings(page, ['MC38 cell line']);
    expect(await textInBubble(page, '.pack-badge')).toBe(`From pack “${PACK}”`);

    await click(options, '.pack-row input[type=checkbox]');
    await expect.poll(() => packRows(options).then((r) => r[0]?.enabled)).toBe(false);
    await page.goto(`${env.server.origin}/lab-notes.html`);
    await dragSelect(page, '#mc38');
    await expectNoBubble(page);
    expect((await popupResults(env.browser, 'MC38')).map((r) => r.title)).not.toContain('MC38 cell line');

    await click(options, '.pack-row button[aria-label^=Remove]');
    await expect.poll(() => packRows(options)).toEqual([]);
    expect(
      await options.evaluate(() => document.querySelector('fieldset.packs')?.textContent ?? '', null),
    ).toContain('No packs yet.');
    await page.close();
    await options.close();
  });

  it('shows the error list of an invalid file dropped on the section, and imports nothing', async () => {
    const options = await env.browser.openExtensionPage('options.html');
    await expect
      .poll(() => options.evaluate(() => document.querySelector('fieldset.packs') !== null, null))
      .toBe(true);
    const bad = JSON.stringify({
      name: 'Broken',
      version: '1',
      licence: 'CC0',
      source: 'test',
      entries: [{ id: 'Bad Id', name: 'X', category: 'drug', summary: 's', explanation: 'e' }],
    });
    await giveFile(options, { name: 'broken.json', text: bad, via: 'drop' });
    const errors = () =>
      options.evaluate(
        () =>
          [...document.querySelectorAll('.pack-errors [role=alert], .pack-errors p, .pack-errors li')].map(
            (e) => e.textContent,
          ),
        null,
      );
    await expect
      .poll(errors, { timeout: 15_000 })
      .toEqual([
        'Nothing was imported: 2 problems found.',
        'broken.json, entry 1, field “id”: expected an id in kebab case: lower-case letters, digits and hyphens (such as “il-12”); found “Bad Id”.',
        'broken.json, entry 1, field “category”: expected one of interleukin, interferon, cytokine, chemokine, molecule, cell, immunity, cancer-biology, therapy, side-effect, method, cancer-type; found “drug”.',
      ]);
    expect((await packRows(options)).map((r) => r.name)).not.toContain('Broken');
    await options.close();
  });

  itLoggedNoErrorAndStayedLocal(env);
}
