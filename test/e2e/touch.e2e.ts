/**
 * Touch selections in Chromium with touch emulation (CDP `Emulation.setTouchEmulationEnabled` and
 * `Input.dispatchTouchEvent`, which the page receives as trusted touch pointer events). Headless Chromium turns
 * neither a held touch nor `Input.synthesizeTapGesture` with a long duration into a long press that selects a
 * word (docs/browser-quirks.md#headless-long-press-selects-nothing), so the harness plays the browser's
 * part there: while the finger is down it selects the word from script, which the page sees as the browser's own
 * (trusted) `selectionchange`, as it would see a long press or a dragged handle; then the finger leaves with
 * `touchCancel`, as the browser ends a touch sequence it took over for a selection. No mouse event is involved.
 */
import type { CDPSession } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectClosed, expectHeadings, expectNoBubble, placement, readBubble } from './harness/bubble';
import { launchChromiumDriver, type ChromiumPageDriver } from './harness/chromium-driver';
import {
  BUBBLE_TAG,
  clearSelection,
  dragSelect,
  selectionBox,
  sleep,
  type DocumentDriver,
} from './harness/driver';
import { itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';

const IL12 = 'Interleukin-12';

/** Selects characters [start, end) of the element's first text node from script, as a long press or handle would. */
function selectChars(doc: DocumentDriver, selector: string, start: number, end: number): Promise<void> {
  return doc.evaluate(
    ({ selector, start, end }) => {
      const text = document.querySelector(selector)!.firstChild!;
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, end);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    { selector, start, end },
  );
}

const hasHost = (doc: DocumentDriver) =>
  doc.evaluate((tag) => document.querySelector(tag) !== null, BUBBLE_TAG);

describe('touch selections in Chromium (touch emulation)', () => {
  const env = useBrowser(launchChromiumDriver);
  let page: ChromiumPageDriver;
  let cdp: CDPSession;

  const finger = (type: 'touchStart' | 'touchMove' | 'touchEnd' | 'touchCancel', x = 0, y = 0) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' || type === 'touchCancel' ? [] : [{ x, y }],
    });
  /** The middle of the element's text, in the page's viewport. */
  const middleOf = (selector: string) =>
    page.evaluate((sel) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }, selector);
  /** The room above and below the term in the viewport. */
  const selectionRoom = () =>
    page.evaluate(() => {
      const r = document.getElementById('il12')!.getBoundingClientRect();
      return { above: r.top, below: innerHeight - r.bottom };
    }, null);
  /** A long press on `selector` that selects its first `chars` characters (the harness plays the browser). */
  async function longPress(selector: string, chars: number) {
    const { x, y } = await middleOf(selector);
    await finger('touchStart', x, y);
    await sleep(500);
    await selectChars(page, selector, 0, chars);
    await finger('touchCancel');
  }

  beforeEach(async () => {
    page = await env.browser.newPage();
    cdp = await page.playwright.context().newCDPSession(page.playwright);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  });
  afterEach(async () => {
    await page.close();
  });

  it('sees the touch as trusted touch pointer events, with no mouse events', async () => {
    await page.goto(`${env.server.origin}/article.html`);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      for (const type of ['pointerdown', 'pointercancel', 'mousedown', 'mouseup'])
        addEventListener(type, (e) =>
          seen.push(`${type}:${(e as PointerEvent).pointerType ?? ''}:${e.isTrusted}`),
        );
    }, null);
    await longPress('#il12', 5);
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen, null)).toEqual([
      'pointerdown:touch:true',
      'pointercancel:touch:true',
    ]);
  });

  it('opens the bubble below a touch selection once it settles, adding nothing while the handles move', async () => {
    await page.goto(`${env.server.origin}/article.html`);
    // The long press selects "IL"; then a handle is dragged to "IL-12", one character at a time.
    await longPress('#il12', 2);
    for (const end of [3, 4, 5]) {
      await sleep(150);
      expect(await hasHost(page), 'the bubble host was added while the selection was changing').toBe(false);
      await selectChars(page, '#il12', 0, end);
    }
    await sleep(250);
    expect(await hasHost(page), 'the bubble host was added before the selection settled').toBe(false);
    await expectHeadings(page, [IL12]);
    const { box } = (await readBubble(page))!;
    expect(placement(box, await selectionBox(page))).toEqual({ side: 'below', gap: 6 });
  });

  it('keeps it below the selection where a mouse selection would flip it above', async () => {
    await page.playwright.setViewportSize({ width: 800, height: 360 });
    await page.goto(`${env.server.origin}/article.html`);
    // The term low in the viewport: about 130 px below it, more above (room to scroll added around the text).
    await page.evaluate(() => {
      document.body.style.padding = '400px 0 1000px';
      const r = document.getElementById('il12')!.getBoundingClientRect();
      scrollBy(0, r.bottom - (innerHeight - 136));
    }, null);
    const before = await selectionRoom();
    expect(before.below).toBeLessThan(before.above);
    await longPress('#il12', 5);
    await expectHeadings(page, [IL12]);
    const { box } = (await readBubble(page))!;
    expect(placement(box, await selectionBox(page))).toEqual({ side: 'below', gap: 6 });
    expect(box.y + box.height).toBeLessThanOrEqual(360 - 8);
    // The same selection made with the mouse: its bubble is taller than the room below, so it goes above.
    await page.keyboard.press('Escape');
    await expectClosed(page);
    await clearSelection(page);
    await dragSelect(page, '#il12');
    await expectHeadings(page, [IL12]);
    expect(placement((await readBubble(page))!.box, await selectionBox(page)).side).toBe('above');
  });

  it('shows a sheet along the bottom of a narrow screen, clear of the selection', async () => {
    await page.playwright.setViewportSize({ width: 390, height: 700 });
    await page.goto(`${env.server.origin}/article.html`);
    await longPress('#il12', 5);
    await expectHeadings(page, [IL12]);
    const { box, viewport } = (await readBubble(page))!;
    expect(Math.round(box.x)).toBe(8);
    expect(Math.round(box.width)).toBe(viewport.width - 16);
    expect(Math.round(box.y + box.height)).toBe(viewport.height - 8);
    expect(box.y).toBeGreaterThan((await selectionBox(page)).y + (await selectionBox(page)).height);
  });

  it('keeps the sheet inside the pinch-zoomed part of the page, at its unzoomed size', async () => {
    await page.playwright.setViewportSize({ width: 390, height: 700 });
    await page.goto(`${env.server.origin}/article.html`);
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2 });
    const zoom = await page.evaluate(
      () => ({
        scale: visualViewport!.scale,
        x: visualViewport!.offsetLeft,
        y: visualViewport!.offsetTop,
        width: visualViewport!.width,
        height: visualViewport!.height,
      }),
      null,
    );
    expect(zoom.scale).toBe(2);
    await longPress('#il12', 5);
    await expectHeadings(page, [IL12]);
    const { box } = (await readBubble(page))!;
    // In layout-viewport px: inside what the reader sees, 4 px (8 screen px) from its sides and from the edge it
    // sits on (the top here: the term is in the lower half of the zoomed view), and clear of the selection.
    const selection = await selectionBox(page);
    expect(box.x).toBeCloseTo(zoom.x + 4, 0);
    expect(box.x + box.width).toBeCloseTo(zoom.x + zoom.width - 4, 0);
    expect(box.y).toBeCloseTo(zoom.y + 4, 0);
    expect(box.y + box.height).toBeLessThanOrEqual(selection.y);
    // No taller than half of what the reader sees.
    expect(box.height).toBeLessThanOrEqual(zoom.height / 2 + 0.5);
  });

  it('opens nothing for a swipe that starts on a word: the finger travels on after the selection changed', async () => {
    await page.goto(`${env.server.origin}/article.html`);
    const { x, y } = await middleOf('#il12');
    // A long press's time: the first press in a frame also loads the touch watcher.
    await finger('touchStart', x, y);
    await sleep(500);
    await selectChars(page, '#il12', 0, 5);
    for (let step = 1; step <= 6; step++) await finger('touchMove', x, y - step * 30);
    await finger('touchEnd');
    await expectNoBubble(page);
  });

  it('opens nothing when the page scrolled after the selection changed during the gesture', async () => {
    // Short enough for the article to scroll.
    await page.playwright.setViewportSize({ width: 800, height: 300 });
    await page.goto(`${env.server.origin}/article.html`);
    const { x, y } = await middleOf('#il12');
    await finger('touchStart', x, y);
    await sleep(500);
    await selectChars(page, '#il12', 0, 5);
    // The page scrolls under the finger (a fling); the finger itself has barely moved.
    await page.evaluate(() => scrollBy(0, 60), null);
    expect(await page.evaluate(() => scrollY, null)).toBe(60);
    await finger('touchCancel');
    await expectNoBubble(page);
  });

  itLoggedNoErrorAndStayedLocal(env);
});
