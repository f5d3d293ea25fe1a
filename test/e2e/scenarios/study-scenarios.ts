/**
 * The study list, on any browser's driver: select a term, save it from the bubble, find it with its sentence,
 * export it. `describeStudyScenarios(launchChromiumDriver)` in study.e2e.ts.
 */
import { expect, it } from 'vitest';
import { clickInBubble, expectHeadings } from '../harness/bubble';
import { BUBBLE_TAG, dragSelect, type BrowserDriver, type PageDriver } from '../harness/driver';
import { useBrowser } from '../harness/use-browser';

/** Whether the bubble's save button is pressed, or null without one. */
const savePressed = (page: PageDriver) =>
  page.evaluate(
    (tag) =>
      document
        .querySelector(tag)
        ?.shadowRoot?.querySelector('button[data-save]')
        ?.getAttribute('aria-pressed') ?? null,
    BUBBLE_TAG,
  );

/** Presses an export button on the study list and reads the file it downloads: its name and its text. */
function exportFile(page: PageDriver, button: string): Promise<{ name: string; text: string }> {
  return page.evaluate(async (label) => {
    const link = new Promise<HTMLAnchorElement>((done) => {
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        done(this);
      };
    });
    [...document.querySelectorAll('button')].find((b) => b.textContent === label)!.click();
    const a = await link;
    return { name: a.download, text: await (await fetch(a.href)).text() };
  }, button);
}

export function describeStudyScenarios(launch: () => Promise<BrowserDriver>): void {
  const env = useBrowser(launch);

  it('saves a term from the bubble and shows it with its sentence in the study list, and exports it', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.server.origin}/article.html`);
    await dragSelect(page, '#il12');
    await expectHeadings(page, ['Interleukin-12']);
    expect(await savePressed(page)).toBe('false');
    await clickInBubble(page, 'button[data-save]');
    await expect.poll(() => savePressed(page)).toBe('true');

    const list = await env.browser.openExtensionPage('lookup.html#study');
    const row = () =>
      list.evaluate(() => {
        const li = document.querySelector('.study-row');
        return li
          ? {
              term: li.querySelector('h2')?.textContent,
              sentence: li.querySelector('.study-sentence')?.textContent,
              marked: li.querySelector('.study-sentence mark')?.textContent,
              link: li.querySelector<HTMLAnchorElement>('.study-meta a')?.href,
            }
          : null;
      }, null);
    await expect.poll(row).toMatchObject({ term: 'Interleukin-12', marked: 'IL-12' });
    const shown = (await row())!;
    expect(shown.sentence).toBe('IL-12 links innate and adaptive immunity.');
    expect(shown.link).toBe(`${env.server.origin}/article.html`);

    const anki = await exportFile(list, 'Export for Anki');
    expect(anki.name).toMatch(/^immunolens-anki-\d{4}-\d\d-\d\d\.txt$/);
    const lines = anki.text.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#notetype:Basic']);
    expect(lines.at(-1)).toMatch(
      /^Interleukin-12\t.*Saved sentence: “IL-12 links innate and adaptive immunity\.”/,
    );

    const csv = await exportFile(list, 'Export CSV');
    expect(csv.name).toMatch(/^immunolens-study-\d{4}-\d\d-\d\d\.csv$/);
    expect(csv.text).toContain('Interleukin-12,interleukin,');

    const json = await exportFile(list, 'Export JSON');
    expect(JSON.parse(json.text)).toMatchObject({
      format: 'immunolens-study',
      version: 1,
      entries: [{ termId: 'il-12', sentence: 'IL-12 links innate and adaptive immunity.' }],
    });
    await list.close();
    await page.close();
  });
}
