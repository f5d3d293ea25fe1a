/**
 * The shortcut and the context menu on a selection inside an iframe, same-origin and cross-origin: the bubble
 * shows in the frame that holds the selection, no other frame shows one, and no full view window opens; a
 * password field inside a frame declines and opens nothing. How a browser presses the shortcut or clicks the menu
 * differs (a test hook in Chromium's worker, Firefox's own keys and context menu from its parent process), so each
 * browser passes its `ExplicitRequests`.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectHeadings, expectNoBubble, readBubble } from '../harness/bubble';
import {
  clearSelection,
  clickOn,
  dragSelect,
  expectStays,
  selectedText,
  type BrowserDriver,
  type DocumentDriver,
  type PageDriver,
} from '../harness/driver';
import { itLoggedNoErrorAndStayedLocal, useBrowser, useServer } from '../harness/use-browser';

const IL12 = 'Interleukin-12';

export interface ExplicitRequests<B extends BrowserDriver> {
  /** Presses the "look up the selection" shortcut in the tab `page` shows. */
  shortcut(browser: B, page: PageDriver): Promise<void>;
  /**
   * Clicks "Look up" in the context menu opened on the selection in `frame`. (Chromium's hook takes the frame
   * whose content script asked the background last, the test's first, automatic bubble.)
   */
  menuOnSelection(browser: B, page: PageDriver, frame: DocumentDriver, selectionText: string): Promise<void>;
  /** Starts watching which frame asks the background, before the page opens (with the menu). */
  watchAskingFrames?(browser: B): Promise<void>;
  /** The URLs of the full view pages (lookup.html) open now. */
  fullViewPages(browser: B): Promise<string[]>;
}

export function describeFrameScenarios<B extends BrowserDriver>(
  launch: () => Promise<B>,
  requests: ExplicitRequests<B>,
): void {
  const env = useBrowser(launch);
  /** A second origin, for the cross-origin frames. */
  const other = useServer();
  let page: PageDriver;
  /** The full view pages an earlier test opened: each test looks only at what it opens itself. */
  let openBefore: string[];

  beforeEach(async () => {
    await requests.watchAskingFrames?.(env.browser);
    openBefore = await requests.fullViewPages(env.browser);
    page = await env.browser.newPage();
    await page.goto(`${env.server.origin}/frames.html?cross=${encodeURIComponent(other.server.origin)}`);
  });
  afterEach(async () => {
    await env.browser.setSettings(null);
    await page.close();
  });

  const noFullViewPage = () =>
    expectStays(() => requests.fullViewPages(env.browser), openBefore, 'a full view page opened');

  /** Selects IL-12 in the frame with the mouse (which moves the focus there) while no bubble shows by itself. */
  async function selectInFrame(selector: string): Promise<DocumentDriver> {
    const frame = await page.frame(selector);
    await env.browser.setSettings({ trigger: 'off' });
    await dragSelect(page, '#il12', { doc: frame });
    expect(await selectedText(frame)).toBe('IL-12');
    await expectNoBubble(frame);
    return frame;
  }

  describe.each(['#same', '#cross'])('a selection inside the frame %s', (selector) => {
    it('is explained in that frame on the shortcut, and nowhere else', async () => {
      const frame = await selectInFrame(selector);
      await requests.shortcut(env.browser, page);
      await expectHeadings(frame, [IL12]);
      expect(await readBubble(page)).toBeNull();
      const otherFrame = await page.frame(selector === '#same' ? '#cross' : '#same');
      expect(await readBubble(otherFrame)).toBeNull();
      await noFullViewPage();
    });

    it('is explained in that frame from the context menu', async () => {
      const frame = await page.frame(selector);
      // A first, automatic bubble: its request tells the harness which frame id the menu click carries.
      await dragSelect(page, '#il12', { doc: frame });
      await expectHeadings(frame, [IL12]);
      await page.keyboard.press('Escape');
      await env.browser.setSettings({ trigger: 'off' });
      await clearSelection(frame);
      await dragSelect(page, '#il12', { doc: frame });
      await expectNoBubble(frame);
      await requests.menuOnSelection(env.browser, page, frame, 'IL-12');
      await expectHeadings(frame, [IL12]);
      expect(await readBubble(page)).toBeNull();
      await noFullViewPage();
    });
  });

  it('opens the full view page on the shortcut when no frame has a selection', async () => {
    const frame = await page.frame('#same');
    await clickOn(page, '#il12', frame);
    await requests.shortcut(env.browser, page);
    // A new window: slower to show than a bubble.
    await expect
      .poll(() => requests.fullViewPages(env.browser), { timeout: 10_000 })
      .toHaveLength(openBefore.length + 1);
    expect(await readBubble(frame)).toBeNull();
  });

  it('declines the shortcut in a password field inside a cross-origin frame: no bubble, no window', async () => {
    // Below the fold: in view, so that the harness can click in it.
    await page.evaluate(() => document.getElementById('login')!.scrollIntoView(), null);
    const login = await page.frame('#login');
    await clickOn(page, '#il12', login);
    // Into the password field, its text selected from the keyboard as a reader would.
    await login.evaluate(() => (document.getElementById('secret') as HTMLInputElement).focus(), null);
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    expect(
      await login.evaluate(() => {
        const field = document.getElementById('secret') as HTMLInputElement;
        return document.activeElement === field && field.selectionEnd! - field.selectionStart!;
      }, null),
    ).toBe('IL-12 is my password'.length);
    await requests.shortcut(env.browser, page);
    await expectNoBubble(login);
    await noFullViewPage();
    expect(await readBubble(page)).toBeNull();
  });

  itLoggedNoErrorAndStayedLocal(env);
}
