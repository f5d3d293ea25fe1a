/**
 * Recognition precision in the browser: an acronym or word that only looks like a glossary name shows nothing,
 * the same acronym among immunology words shows its entry, and a page that defines it otherwise shows nothing.
 * Written against `BrowserDriver`, run by look-alikes.e2e.ts (Chromium) and firefox-look-alikes.e2e.ts.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectHeadings, expectNoBubble } from '../harness/bubble';
import { doubleClick, selectedText, type BrowserDriver, type PageDriver } from '../harness/driver';
import { startServer, type FixtureServer } from '../harness/server';

/** Where `word` begins in the text of the element `id` of look-alikes.html (its `nth` occurrence, from 0). */
async function charOf(page: PageDriver, id: string, word: string, nth = 0): Promise<number> {
  return page.evaluate(
    ({ id, word, nth }) => {
      const text = document.getElementById(id)!.textContent!;
      let at = -1;
      for (let i = 0; i <= nth; i++) at = text.indexOf(word, at + 1);
      return at;
    },
    { id, word, nth },
  );
}

export function describeLookAlikeScenarios(launch: () => Promise<BrowserDriver>): void {
  let browser: BrowserDriver;
  let server: FixtureServer;
  let page: PageDriver;

  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage();
    await page.goto(`${server.origin}/look-alikes.html`);
  });
  afterEach(async () => {
    await page.close();
  });

  // A double-click on the word's second character selects the word, inside the sentence's one text node.
  const select = async (id: string, word: string, nth = 0) => {
    await doubleClick(page, `#${id}`, { char: (await charOf(page, id, word, nth)) + 1 });
    expect((await selectedText(page)).trim()).toBe(word);
  };

  describe('a word that only looks like a term', () => {
    it('shows no bubble for "DC" in "DC Comics"', async () => {
      await select('comics', 'DC');
      await expectNoBubble(page);
    });

    it('shows no bubble for "bite" in "a mosquito bite"', async () => {
      await select('mosquito', 'bite');
      await expectNoBubble(page);
    });
  });

  it('shows the dendritic cell for "DCs" among immunology words', async () => {
    await select('immunology', 'DCs');
    await expectHeadings(page, ['Dendritic cell']);
  });

  it('shows nothing for "APC" on a page that defines it as a gene', async () => {
    await select('defined', 'APC', 1);
    await expectNoBubble(page);
  });
}
