/**
 * Touch selections in Firefox: WebDriver BiDi's `input.performActions` with a pointer of type "touch" reaches the
 * page as trusted touch pointer events (pointerdown/pointerup of type touch, touchstart/touchend, no mouse events).
 * As in Chromium (touch.e2e.ts), holding the finger down selects nothing by itself
 * (docs/browser-quirks.md#headless-long-press-selects-nothing), so the harness selects the word from script
 * while the finger is down, which the page sees as the browser's own `selectionchange`.
 */
import type { Page } from 'puppeteer-core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { expectHeadings, expectNoBubble, placement, readBubble } from './harness/bubble';
import { selectionBox, sleep, type PageDriver } from './harness/driver';
import { launchFirefoxDriver, type FirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox, itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';

const IL12 = 'Interleukin-12';

interface BidiConnection {
  send(method: string, params: unknown): Promise<unknown>;
}

describeInFirefox('touch selections in Firefox (WebDriver BiDi touch input)', () => {
  const env = useBrowser<FirefoxDriver>(launchFirefoxDriver);
  let page: PageDriver;
  let raw: Page;

  beforeEach(async () => {
    page = await env.browser.newPage();
    const pages = await env.browser.firefox.browser.pages();
    raw = pages[pages.length - 1]!;
  });
  afterEach(async () => {
    await page.close();
  });

  /** One finger's actions in the page's browsing context (its id is the frame's `_id`, as firefox-driver.ts reads it). */
  const finger = (actions: unknown[]) =>
    (env.browser.firefox.browser as unknown as { connection: BidiConnection }).connection.send(
      'input.performActions',
      {
        context: (raw.mainFrame() as unknown as { _id: string })._id,
        actions: [{ type: 'pointer', id: 'finger', parameters: { pointerType: 'touch' }, actions }],
      },
    );
  const middleOfTerm = () =>
    page.evaluate(() => {
      const r = document.getElementById('il12')!.getBoundingClientRect();
      return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) };
    }, null);
  const selectTerm = () =>
    page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('il12')!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    }, null);
  /** Finger down on the term; after a long press's time the term is selected; then `then` and the finger goes up. */
  async function press(then: (at: { x: number; y: number }) => unknown[] = () => []) {
    const at = await middleOfTerm();
    await finger([
      { type: 'pointerMove', x: at.x, y: at.y },
      { type: 'pointerDown', button: 0 },
    ]);
    await sleep(500);
    await selectTerm();
    await finger([...then(at), { type: 'pointerUp', button: 0 }]);
  }

  it('opens the bubble below a touch selection', async () => {
    await page.goto(`${env.server.origin}/article.html`);
    await press();
    await expectHeadings(page, [IL12]);
    const { box } = (await readBubble(page))!;
    expect(placement(box, await selectionBox(page))).toEqual({ side: 'below', gap: 6 });
  });

  it('shows a sheet along the bottom of a narrow screen', async () => {
    await raw.setViewport({ width: 390, height: 700 });
    await page.goto(`${env.server.origin}/article.html`);
    await press();
    await expectHeadings(page, [IL12]);
    const { box, viewport } = (await readBubble(page))!;
    expect(Math.round(box.x)).toBe(8);
    expect(Math.round(box.width)).toBe(viewport.width - 16);
    expect(Math.round(box.y + box.height)).toBe(viewport.height - 8);
  });

  it('opens nothing for a swipe that starts on the word', async () => {
    await page.goto(`${env.server.origin}/article.html`);
    await press(({ x, y }) =>
      [1, 2, 3, 4, 5, 6].map((step) => ({ type: 'pointerMove', x, y: y + step * 30, duration: 20 })),
    );
    await expectNoBubble(page);
  });

  itLoggedNoErrorAndStayedLocal(env);
});
