/**
 * The lens at the edges (issue #16 items 3 and 7), in a real browser: a page of 10,000 frames, where the content
 * script runs in every frame and the lens in the top one only, and a lens turned on in a background tab, which
 * reads nothing until the tab is shown (decision 0010). The 10 MB page, the million term mentions and the page
 * that rewrites itself every frame are in lens-scenarios.ts. Browser-neutral: lens-limits.e2e.ts and the Firefox
 * file.
 */
import { expect, it } from 'vitest';
import { sleep, waitUntil, type BrowserDriver, type PageDriver } from '../harness/driver';
import { useBrowser } from '../harness/use-browser';
import { addFrames, frameLimit, newFramesPage, waitForFrames, whileFramesLoad } from '../harness/many-frames';
import { framesDrawn, lensMarks, startFrameCounter, waitForMarks } from './lens-scenarios';

const LENS_ON = { highlightTerms: true };

export interface LensLimitOptions {
  /**
   * Brings a tab to the front, hiding the one that was (null where the browser under test shows every tab as
   * visible: headless Chromium reports `visible` for a tab behind another, so there is no background tab to test).
   */
  show: ((browser: BrowserDriver, page: PageDriver) => Promise<void>) | null;
}

/**
 * Frames on the frames page (harness/many-frames.ts): 200 by default, LENS_E2E_FRAMES=10000 for the whole case.
 * Chromium creates at most 1,000 frames in a page, and 1,000 frames take it 30–70 s to load on this 2-core machine
 * whatever they hold (the cost is the browser's, with or without the extension or the harness's request filter);
 * Firefox loaded 10,000 in 699 s through the harness once the driver's BiDi session stopped watching each frame
 * (many-frames.ts, whileFramesLoad). Too slow for CI, so the default is small and the full case is run by hand
 * (decision 0010 has the figures).
 */
const FRAMES = Number(process.env.LENS_E2E_FRAMES) || 200;
const FRAMES_TIMEOUT_MS = 60_000 + FRAMES * 150;
const FRAME_PATH = '/frame-term.html';

export function describeLensLimitScenarios(
  launch: () => Promise<BrowserDriver>,
  options: LensLimitOptions,
): void {
  const env = useBrowser(launch);

  it(
    `marks the top frame of a page with ${FRAMES.toLocaleString('en')} frames, which keeps drawing, without errors`,
    { timeout: FRAMES_TIMEOUT_MS },
    async () => {
      await env.browser.setSettings(LENS_ON);
      const page = await newFramesPage(env.browser);
      try {
        await page.goto(`${env.server.origin}/article.html?lens-frames`);
        await waitForMarks(page, 5);
        await startFrameCounter(page);
        const started = Date.now();
        const count = await whileFramesLoad(env.browser, async () => {
          await addFrames(page, FRAMES, FRAME_PATH);
          // The frames load while the page goes on drawing: a frame counter that moves each second.
          let drawn = await framesDrawn(page);
          return waitForFrames(page, FRAMES, FRAME_PATH, FRAMES_TIMEOUT_MS - 15_000, async () => {
            const now = await framesDrawn(page);
            expect(now, 'the page stopped drawing while its frames loaded').toBeGreaterThan(drawn);
            drawn = now;
          });
        });
        expect(count).toBe(Math.min(FRAMES, await frameLimit(page)));
        console.info(`${count} frames loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        // The lens marks the top frame only: its marks are the article's, none in a frame (the highlight registry
        // is per document, and the frames' have none).
        await sleep(1000);
        const { count: marks, texts } = await lensMarks(page);
        expect(texts).toContain('IL-12');
        expect(marks).toBeLessThan(40);
        // Every frame's registry, hidden frames too.
        const frameMarks = await page.evaluate(
          () =>
            [...document.querySelectorAll('iframe')].reduce(
              (n, f) =>
                n + ((f.contentWindow as (Window & typeof globalThis) | null)?.CSS.highlights?.size ?? 0),
              0,
            ),
          null,
        );
        expect(frameMarks).toBe(0);
        // Still following the top frame's text.
        await page.evaluate(() => {
          const p = document.createElement('p');
          p.textContent = 'CTLA-4 blockade.';
          document.body.prepend(p);
        }, null);
        await waitForMarks(page, marks + 1);
        const before = await framesDrawn(page);
        await sleep(500);
        expect(await framesDrawn(page)).toBeGreaterThan(before);
        expect(page.pageErrors).toEqual([]);
        expect(env.browser.extensionRequests()).toEqual([]);
      } finally {
        await page.close();
        await env.browser.setSettings(null);
      }
    },
  );

  // Registered only where the browser has background tabs (Firefox): nothing is skipped in Chromium, whose
  // headless tabs are all visible; the scheduler's hidden-tab rule is unit-tested in Node (page-scheduler.test.ts).
  const show = options.show;
  if (!show) return;
  it(
    'turned on in a background tab, reads nothing until the tab is shown, then marks it',
    { timeout: 40_000 },
    async () => {
      await env.browser.setSettings(null);
      const background = await env.browser.newPage();
      const front = await env.browser.newPage();
      try {
        await background.goto(`${env.server.origin}/article.html?lens-background`);
        await front.goto(`${env.server.origin}/article.html?lens-front`);
        await show(env.browser, front);
        await waitUntil(
          async () => (await background.evaluate(() => document.visibilityState, null)) === 'hidden',
          () => 'the background tab is not hidden',
        );
        // The settings turn the lens on in every open tab: the one in front marks its text, the hidden one waits.
        await env.browser.setSettings(LENS_ON);
        await waitForMarks(front, 5);
        await sleep(1500);
        expect((await lensMarks(background)).count).toBe(0);
        await show(env.browser, background);
        await waitForMarks(background, 5);
        expect((await lensMarks(background)).texts).toContain('IL-12');
        expect(background.pageErrors).toEqual([]);
        expect(front.pageErrors).toEqual([]);
      } finally {
        await front.close();
        await background.close();
        await env.browser.setSettings(null);
      }
    },
  );
}
