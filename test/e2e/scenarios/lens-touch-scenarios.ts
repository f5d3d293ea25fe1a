/**
 * The lens on a touch screen (issue #16: "a single tap on a marked term opens the bubble on touch screens; nothing
 * happens on scroll or fling"), on any browser's driver: the caller gives the finger, as trusted touch input of its
 * browser (CDP touch events in Chromium, WebDriver BiDi touch actions in Firefox).
 */
import { expect, it } from 'vitest';
import { expectHeadings, expectNoBubble } from '../harness/bubble';
import { sleep, type BrowserDriver, type PageDriver } from '../harness/driver';
import { useBrowser } from '../harness/use-browser';
import { markPoint, waitForMarks } from './lens-scenarios';

export interface Finger {
  /** Down and up at one point, as a tap. */
  tap(x: number, y: number): Promise<void>;
  /**
   * Down at a point, then a quick drag `dy` pixels up the screen (a scroll, or a fling), and up; with `back`, the
   * finger comes back to where it started before it lifts (a scroll that ends on the mark it began on).
   */
  swipe(x: number, y: number, dy: number, back?: boolean): Promise<void>;
}

/** Pointer events of type touch that reached the page, and whether the page saw a mouse event at all. */
function watchPointers(page: PageDriver): Promise<void> {
  return page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { __pointers: seen });
    for (const type of ['pointerdown', 'pointerup', 'pointercancel'])
      addEventListener(type, (e) => seen.push(`${type}:${(e as PointerEvent).pointerType}:${e.isTrusted}`), {
        capture: true,
      });
  }, null);
}

const pointers = (page: PageDriver) =>
  page.evaluate(() => (window as unknown as { __pointers: string[] }).__pointers, null);

export function describeLensTouchScenarios(
  launch: () => Promise<BrowserDriver>,
  fingerFor: (browser: BrowserDriver, page: PageDriver) => Promise<Finger>,
): void {
  const env = useBrowser(launch);

  async function markedArticle(query: string) {
    await env.browser.setSettings({ highlightTerms: true });
    const page = await env.browser.newPage();
    await page.goto(`${env.server.origin}/article.html?${query}`);
    // Room to scroll below the text, for the swipe.
    await page.evaluate(() => void (document.body.style.paddingBottom = '3000px'), null);
    await waitForMarks(page, 5);
    await watchPointers(page);
    return { page, finger: await fingerFor(env.browser, page) };
  }

  it('opens the bubble for a mark at a single tap', async () => {
    const { page, finger } = await markedArticle('lens-tap');
    try {
      const at = await markPoint(page, 'IL-12');
      expect(at, 'no IL-12 mark on the page').not.toBeNull();
      await finger.tap(at!.x, at!.y);
      await expectHeadings(page, ['Interleukin-12']);
      // A touch, not a mouse: the lens opened it from the finger's own pointer events.
      expect(await pointers(page)).toEqual(
        expect.arrayContaining(['pointerdown:touch:true', 'pointerup:touch:true']),
      );
      // The reader's selection is left alone.
      expect(await page.evaluate(() => document.getSelection()?.toString() ?? '', null)).toBe('');
      expect(page.pageErrors).toEqual([]);
    } finally {
      await page.close();
      await env.browser.setSettings(null);
    }
  });

  it('opens nothing for a scroll or a fling that starts on a mark', async () => {
    const { page, finger } = await markedArticle('lens-swipe');
    try {
      // The text lower in the viewport, so that a finger moving up from a mark stays on the screen.
      await page.evaluate(() => void (document.body.style.paddingTop = '400px'), null);
      let at = await markPoint(page, 'IL-12');
      expect(at, 'no IL-12 mark on the page').not.toBeNull();
      await finger.swipe(at!.x, at!.y, 150);
      await expectNoBubble(page);
      // A fling: longer and faster, from a mark again.
      await page.evaluate(() => scrollTo(0, 0), null);
      await sleep(100);
      at = await markPoint(page, 'IFN-γ');
      expect(at, 'no IFN-γ mark on the page').not.toBeNull();
      await finger.swipe(at!.x, at!.y, 300);
      await expectNoBubble(page);
      // A scroll down and back that lifts on the mark it started on: a drag, not a tap.
      await page.evaluate(() => scrollTo(0, 0), null);
      await sleep(100);
      at = await markPoint(page, 'IL-12');
      await finger.swipe(at!.x, at!.y, 150, true);
      await expectNoBubble(page);
      expect(await pointers(page)).toEqual(expect.arrayContaining(['pointerdown:touch:true']));
      expect(page.pageErrors).toEqual([]);
    } finally {
      await page.close();
      await env.browser.setSettings(null);
    }
  });

  it('logs no error and makes no request outside 127.0.0.1', () => {
    expect(env.browser.errors()).toEqual([]);
    expect(env.browser.blockedRequests()).toEqual([]);
  });
}
