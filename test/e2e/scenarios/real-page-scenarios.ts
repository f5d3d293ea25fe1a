/**
 * The bubble on the team's saved real pages (/work/shared/pages): it shows, it closes, and the page is unharmed.
 * Browser-neutral like bubble-scenarios.ts: `describeRealPageScenarios(launchChromiumDriver)` in real-pages.e2e.ts.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bubbleLook, expectClosed, expectHeadings, readBubble } from '../harness/bubble';
import {
  dragSelect,
  elementBoxes,
  settledBoxes,
  type BrowserDriver,
  type DocumentDriver,
} from '../harness/driver';
import { SHARED_PAGES_DIR } from '../harness/server';
import { useBrowser } from '../harness/use-browser';

const PARAGRAPH_ID = 'immunolens-e2e';
const TERM_ID = 'immunolens-e2e-term';

/**
 * Puts "Interleukin-12 (IL-12) induces IFN-γ in NK cells." after the first paragraph of the page's main text
 * (the first laid-out <p> with a line's worth of text in <article>, <main>, or else <body>) and scrolls it into
 * view. Some pages keep their body `visibility: hidden` until their own scripts, which cannot load here, reveal
 * it: the paragraph is made visible by itself, which changes no layout.
 */
function insertTermParagraph(doc: DocumentDriver): Promise<void> {
  return doc.evaluate(
    ({ paragraphId, termId }) => {
      const laidOut = (element: Element) => {
        const r = element.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      };
      const roots = ['article', 'main', '[role="main"]', 'body'].flatMap((s) => [
        ...document.querySelectorAll(s),
      ]);
      const anchor = roots
        .flatMap((root) => [...root.querySelectorAll('p')])
        .find((p) => laidOut(p) && (p.textContent ?? '').trim().length >= 80);
      const paragraph = document.createElement('p');
      paragraph.id = paragraphId;
      paragraph.style.visibility = 'visible';
      const term = document.createElement('span');
      term.id = termId;
      term.textContent = 'IL-12';
      paragraph.append('Interleukin-12 (', term, ') induces IFN-γ in NK cells.');
      if (anchor) anchor.after(paragraph);
      else document.body.prepend(paragraph);
      paragraph.scrollIntoView({ block: 'center' });
    },
    { paragraphId: PARAGRAPH_ID, termId: TERM_ID },
  );
}

export function describeRealPageScenarios(launch: () => Promise<BrowserDriver>): void {
  const pages = readdirSync(SHARED_PAGES_DIR)
    .filter((name) => name.endsWith('.html'))
    .sort();
  const env = useBrowser(launch);
  /** The Interleukin-12 bubble as it looks on the plain fixture article (set by the first test). */
  let plainLook: string[] = [];

  it('has the saved pages to test', () => {
    expect(pages.length).toBeGreaterThanOrEqual(32);
  });

  it('shows the bubble on the plain fixture article, as every page must leave it', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.server.origin}/article.html`);
    await dragSelect(page, '#il12');
    await expectHeadings(page, ['Interleukin-12']);
    plainLook = await bubbleLook(page);
    await page.close();
  });

  describe.each(pages)('%s', (name) => {
    it(
      'shows the bubble for a term in its text and leaves the page as it was',
      { timeout: 15_000 },
      async () => {
        const page = await env.browser.newPage();
        try {
          await page.goto(`${env.server.origin}/pages/${name}`);
          await insertTermParagraph(page);
          const before = await settledBoxes(page);
          const errorsBefore = page.pageErrors.length;

          await dragSelect(page, `#${TERM_ID}`);
          await expectHeadings(page, ['Interleukin-12']);
          const { box, viewport } = (await readBubble(page))!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
          expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
          expect(await bubbleLook(page), "the page's styles reached the bubble").toEqual(plainLook);
          expect(await elementBoxes(page), 'the open bubble moved the page').toEqual(before);

          await page.keyboard.press('Escape');
          await expectClosed(page);
          expect(await elementBoxes(page), 'the closed bubble left the page moved').toEqual(before);
          expect(page.pageErrors.slice(errorsBefore)).toEqual([]);
        } finally {
          await page.close();
        }
      },
    );
  });

  it('made no network request of its own', () => {
    expect(env.browser.extensionRequests()).toEqual([]);
  });
}
