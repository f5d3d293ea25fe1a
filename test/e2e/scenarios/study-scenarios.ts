/**
 * The study list, on any browser's driver: select a term, save it from the bubble (one term, or one of a
 * passage's), find it with its sentence, review it, export it, import a study file, back everything up and restore
 * it into a second browser with a fresh profile. `describeStudyScenarios(launchChromiumDriver)` in study.e2e.ts.
 * The scenarios run in order and build on each other's list.
 */
import { expect, it } from 'vitest';
import { toStudyJson } from '../../../utils/export/study-json';
import type { StudyEntry } from '../../../utils/study/study-entry';
import { clickInBubble, expectHeadings, readBubble } from '../harness/bubble';
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

/** Presses the button whose text is `label`. */
const press = (page: PageDriver, label: string) =>
  page.evaluate((text) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
    if (!button) throw new Error(`no button “${text}”`);
    button.click();
  }, label);

/** Chooses a file for the file input `selector`, as the browser's file picker would. */
const chooseFile = (page: PageDriver, selector: string, name: string, text: string) =>
  page.evaluate(
    ({ selector, name, text }) => {
      const input = document.querySelector<HTMLInputElement>(selector)!;
      const files = new DataTransfer();
      files.items.add(new File([text], name, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, name, text },
  );

/** The text of the page's first live status line matching `selector`. */
const statusText = (page: PageDriver, selector = '[role="status"]') =>
  page.evaluate((sel) => document.querySelector(sel)?.textContent?.trim() ?? '', selector);

/** The study list's rows as shown: term name and the review counts line. */
const studyRows = (page: PageDriver) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('.study-row')].map((li) => ({
        term: li.querySelector('h2')?.textContent ?? '',
        counts: /knew it \d+, again \d+/.exec(li.querySelector('.study-meta')?.textContent ?? '')?.[0] ?? '',
      })),
    null,
  );

/** What the extension stored under `key` in storage.local, read from one of its own pages. */
const stored = (page: PageDriver, key: string) =>
  page.evaluate(async (k) => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    return (await api.storage.local.get(k))[k] as unknown;
  }, key);

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

  it('saves one term of a passage from its own button in the passage bubble', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.server.origin}/article.html`);
    await dragSelect(page, '#passage');
    await expect.poll(async () => (await readBubble(page))?.headings.length ?? 0).toBeGreaterThan(1);
    const [, second] = (await readBubble(page))!.headings;
    const pressed = () =>
      page.evaluate(
        (tag) =>
          [...document.querySelector(tag)!.shadowRoot!.querySelectorAll('button[data-save]')].map((b) => [
            b.getAttribute('aria-label'),
            b.getAttribute('aria-pressed'),
          ]),
        BUBBLE_TAG,
      );
    expect((await pressed())[1]).toEqual([`Save to study list: ${second}`, 'false']);
    await clickInBubble(page, '.passage > li:nth-child(2) button[data-save]');
    await expect.poll(async () => (await pressed())[1]![1]).toBe('true');
    // Only that term: the others of the passage stay unsaved (IL-12 was saved in the first scenario).
    expect((await pressed()).slice(2).every(([, p]) => p === 'false')).toBe(true);
    const list = await env.browser.openExtensionPage('lookup.html#study');
    await expect.poll(async () => (await studyRows(list)).map((r) => r.term)).toContain(second);
    await list.close();
    await page.close();
  });

  it('reviews the list: the term first, its summary on reveal, “knew it” / “again” counted and kept', async () => {
    const list = await env.browser.openExtensionPage('lookup.html#study');
    await expect.poll(async () => (await studyRows(list)).length).toBe(2);
    const names = (await studyRows(list)).map((r) => r.term);
    await press(list, 'Review');
    const card = () =>
      list.evaluate(
        () => ({
          progress: document.querySelector('.review-progress')?.textContent ?? '',
          term: document.querySelector('.review-term')?.textContent ?? '',
          buttons: [...document.querySelectorAll('.study-review button')].map((b) => b.textContent),
          text: document.querySelector('.study-review')?.textContent ?? '',
        }),
        null,
      );
    await expect
      .poll(card)
      .toMatchObject({ progress: '1 of 2', term: names[0], buttons: ['Reveal', 'Stop review'] });
    await press(list, 'Reveal');
    await expect.poll(async () => (await card()).buttons).toEqual(['Knew it', 'Again', 'Stop review']);
    expect((await card()).text).toContain('In cancer:');
    await press(list, 'Knew it');
    await expect
      .poll(card)
      .toMatchObject({ progress: '2 of 2', term: names[1], buttons: ['Reveal', 'Stop review'] });
    await press(list, 'Reveal');
    await press(list, 'Again');
    await expect.poll(async () => (await card()).text).toContain('Review finished: 2 terms.');
    await press(list, 'Back to the list');
    const counted = [
      { term: names[0], counts: 'knew it 1, again 0' },
      { term: names[1], counts: 'knew it 0, again 1' },
    ];
    await expect.poll(() => studyRows(list)).toEqual(counted);
    // Kept in the store, not only on the page.
    await list.close();
    const again = await env.browser.openExtensionPage('lookup.html#study');
    await expect.poll(() => studyRows(again)).toEqual(counted);
    await again.close();
  });

  it('imports a study JSON file by merging: new terms added, saved ones kept, a second import adds nothing', async () => {
    const list = await env.browser.openExtensionPage('lookup.html#study');
    await expect.poll(async () => (await studyRows(list)).length).toBe(2);
    const old = Date.UTC(2020, 0, 1);
    const entry = (termId: string, sentence: string): StudyEntry => ({
      termId,
      sentence,
      pageTitle: 'Imported paper',
      url: 'https://example.org/imported',
      savedAt: old,
      updatedAt: old,
      knew: 0,
      again: 0,
      reviewedAt: 0,
    });
    // An older copy of IL-12 (the saved one is newer and keeps its sentence; only its first-saved date moves back to
    // the file's, which counts as an update) and a term not saved yet.
    const file = toStudyJson([entry('il-12', 'An old sentence.'), entry('tnf', 'TNF from the file.')], old);
    await chooseFile(list, 'input[type="file"]', 'immunolens-study-2020-01-01.json', file);
    await expect.poll(() => statusText(list)).toBe('Imported: 1 new, 1 updated.');
    await expect.poll(async () => (await studyRows(list)).length).toBe(3);
    const sentences = await list.evaluate(
      () => [...document.querySelectorAll('.study-sentence')].map((q) => q.textContent),
      null,
    );
    expect(sentences).toContain('IL-12 links innate and adaptive immunity.');
    expect(sentences).toContain('TNF from the file.');
    expect(sentences).not.toContain('An old sentence.');

    await chooseFile(list, 'input[type="file"]', 'again.json', file);
    await expect.poll(() => statusText(list)).toBe('Imported: 0 new, 0 updated.');
    expect((await studyRows(list)).length).toBe(3);

    await chooseFile(list, 'input[type="file"]', 'broken.json', file.slice(0, 40));
    await expect.poll(() => statusText(list)).toContain('Nothing was changed.');
    expect((await studyRows(list)).length).toBe(3);
    await list.close();
  });

  it('backs up settings, list and lookups on the options page and restores them into a fresh profile', async () => {
    const options = await env.browser.openExtensionPage('options.html');
    await options.evaluate(
      () => document.querySelector<HTMLInputElement>('input[name="theme"][value="dark"]')!.click(),
      null,
    );
    await expect
      .poll(async () => ((await stored(options, 'settings')) as { theme?: string } | undefined)?.theme)
      .toBe('dark');
    const lookup = await env.browser.openExtensionPage('lookup.html#term/il-2');
    await expect
      .poll(async () => ((await stored(lookup, 'history')) as unknown[] | undefined)?.length ?? 0)
      .toBeGreaterThan(0);
    await lookup.close();
    const settings = await stored(options, 'settings');
    const history = await stored(options, 'history');
    const list = await env.browser.openExtensionPage('lookup.html#study');
    await expect.poll(async () => (await studyRows(list)).length).toBe(3);
    const rows = await studyRows(list);
    await list.close();

    const backup = await options.evaluate(async () => {
      const link = new Promise<HTMLAnchorElement>((done) => {
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          done(this);
        };
      });
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Back up to a file')!.click();
      const a = await link;
      return { name: a.download, text: await (await fetch(a.href)).text() };
    }, null);
    expect(backup.name).toMatch(/^immunolens-backup-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(backup.text)).toMatchObject({
      format: 'immunolens-backup',
      version: 1,
      settings,
      history,
    });
    await expect.poll(() => statusText(options, '.backup-status')).toContain('3 study entries');
    await options.close();

    // A second browser with a new, empty profile.
    const fresh = await launch();
    try {
      const restore = await fresh.openExtensionPage('options.html');
      const newer = JSON.stringify({ ...JSON.parse(backup.text), version: 99 });
      await chooseFile(restore, 'input[name="restoreBackup"]', 'newer.json', newer);
      await expect
        .poll(() => statusText(restore, '.backup-status'))
        .toMatch(/newer ImmunoLens.*Nothing was changed\.$/);
      expect(await stored(restore, 'history')).toBeUndefined();
      await chooseFile(restore, 'input[name="restoreBackup"]', backup.name, backup.text);
      await expect
        .poll(() => statusText(restore, '.backup-status'))
        .toMatch(/^Restored settings, study list: 3 added, 0 updated, \d+ recent lookups?\.$/);
      expect(await stored(restore, 'settings')).toEqual(settings);
      expect(await stored(restore, 'history')).toEqual(history);
      // The options page shows the restored settings.
      expect(
        await restore.evaluate(
          () => document.querySelector<HTMLInputElement>('input[name="theme"][value="dark"]')!.checked,
          null,
        ),
      ).toBe(true);
      const restoredList = await fresh.openExtensionPage('lookup.html#study');
      await expect.poll(() => studyRows(restoredList)).toEqual(rows);
      expect(fresh.errors()).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
}
