/**
 * The option "Open PDFs in the ImmunoLens reader" in a real browser: with it on (and its optional "webNavigation"
 * permission granted), a tab navigating to a PDF lands on reader.html?file=… showing that PDF; the reader's
 * "Open original" address and every PDF once the option is off are left to the browser. How the permission is
 * granted without a prompt differs by browser (redirect-browser.ts). The same scenarios also save a term from the
 * reader's bubble and find it in the study list with the PDF's address and title.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NOTHING_APPEARS_MS, sleep } from '../harness/driver';
import { startServer, type FixtureServer } from '../harness/server';
import { writeReaderPdfs } from '../reader/pdf-fixtures';
import { bubbleHeadings, dragSelectText, textBox, textOf, waitForText } from '../reader/reader-steps';
import type { RedirectBrowser } from '../redirect/redirect-browser';

export function describeRedirectScenarios(launch: () => Promise<RedirectBrowser>): void {
  let browser: RedirectBrowser;
  let server: FixtureServer;
  let pdf: string;
  beforeAll(async () => {
    const paths = await writeReaderPdfs();
    server = await startServer();
    pdf = `${server.origin}${paths['one-column.pdf']!}`;
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const isReader = (url: string) => url.startsWith(`${browser.origin}/reader.html?file=`);

  it('is off at first: a PDF opens where the browser opens it', async () => {
    const tab = await browser.navigate(pdf);
    await sleep(NOTHING_APPEARS_MS);
    expect(isReader(await tab.url())).toBe(false);
    await tab.close();
  });

  it('once turned on, sends a tab navigating to a PDF to the reader, which shows that PDF', async () => {
    await browser.turnOn();
    expect(await browser.permitted()).toBe(true);
    const tab = await browser.navigate(pdf);
    await expect.poll(() => tab.url(), { timeout: 10_000 }).toSatisfy(isReader);
    expect(new URL(await tab.url()).searchParams.get('file')).toBe(pdf);
    await waitForText(tab.reader, 'Dendritic cells');
    expect(await textOf(tab.reader, '.reader-url')).toBe(pdf);
    expect(await textOf(tab.reader, '.reader-title')).toBe('IL-12 in tumour immunity');

    // The reader's bubble saves the term with the PDF's sentence, address and title.
    await dragSelectText(tab.reader, await textBox(tab.reader, 'IL-12', 1));
    await expect.poll(() => bubbleHeadings(tab.reader), { timeout: 5_000 }).toEqual(['Interleukin-12']);
    const save = await tab.reader.evaluate(() => {
      const button = document
        .querySelector('immunolens-bubble')!
        .shadowRoot!.querySelector<HTMLButtonElement>('button[data-save]')!;
      const r = button.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, name: button.textContent };
    }, null);
    expect(save.name).toBe('Save to study list');
    await tab.reader.mouse.click(save.x, save.y);
    const pressed = () =>
      tab.reader.evaluate(
        () =>
          document
            .querySelector('immunolens-bubble')
            ?.shadowRoot?.querySelector('button[data-save]')
            ?.getAttribute('aria-pressed') ?? null,
        null,
      );
    await expect.poll(pressed).toBe('true');
    const list = await browser.openExtensionPage('lookup.html#study');
    const row = () =>
      list.evaluate(() => {
        const li = document.querySelector('.study-row');
        const a = li?.querySelector<HTMLAnchorElement>('.study-meta a');
        return li
          ? {
              term: li.querySelector('h2')?.textContent,
              marked: li.querySelector('.study-sentence mark')?.textContent,
              link: a?.href,
              title: a?.textContent,
            }
          : null;
      }, null);
    await expect
      .poll(row)
      .toEqual({ term: 'Interleukin-12', marked: 'IL-12', link: pdf, title: 'IL-12 in tumour immunity' });
    await list.close();
    await tab.close();
  });

  it('lets the reader’s “Open original” address through to the browser', async () => {
    const tab = await browser.navigate(`${pdf}#immunolens=original`);
    await sleep(NOTHING_APPEARS_MS);
    expect(isReader(await tab.url())).toBe(false);
    await tab.close();
  });

  it('leaves PDFs alone again once the option is turned off', async () => {
    await browser.turnOff();
    const tab = await browser.navigate(pdf);
    await sleep(NOTHING_APPEARS_MS);
    expect(isReader(await tab.url())).toBe(false);
    await tab.close();
  });

  it('logs no error from the extension', () => {
    expect(browser.errors()).toEqual([]);
  });
}
