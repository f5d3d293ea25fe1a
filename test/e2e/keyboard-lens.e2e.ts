/**
 * The lens's and the side panel's keyboard rows in Chromium (keyboard-lens-scenarios.ts); the shortcut through the
 * background's test hook, as keyboard.e2e.ts presses it. And one row only Chromium's harness can drive: from the
 * real toolbar popup (harness/action-popup.ts), Shift+Tab to "Terms on this page" and Enter opens the side panel.
 */
import { describe, expect, it } from 'vitest';
import { openActionPopup } from './harness/action-popup';
import { launchChromiumDriver } from './harness/chromium-driver';
import { itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';
import { chromiumViewTools } from './harness/view-tools';
import { describeKeyboardLensScenarios } from './scenarios/keyboard-lens-scenarios';

describe('keyboard paths of the lens and the side panel in Chromium', () => {
  const env = useBrowser(launchChromiumDriver);
  describeKeyboardLensScenarios(env, chromiumViewTools(env));

  it('reaches "Terms on this page" in the popup with Shift+Tab, and Enter opens the side panel', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.server.origin}/keyboard.html?popup-terms`);
    await page.playwright.bringToFront();
    const { chromium } = env.browser;
    const session = await chromium.context.browser()!.newBrowserCDPSession();
    const panelUrl = `chrome-extension://${chromium.extensionId}/sidepanel.html`;
    const panels = async () =>
      (await session.send('Target.getTargets')).targetInfos.filter((t) => t.url.startsWith(panelUrl)).length;
    expect(await panels()).toBe(0);
    const popup = await openActionPopup(chromium, page.playwright);
    try {
      const focused = () => popup.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      // Shift+Tab: the toolbar comes before the search box, where focus starts.
      const tab = {
        key: 'Tab',
        code: 'Tab',
        windowsVirtualKeyCode: 9,
        nativeVirtualKeyCode: 9,
        modifiers: 8,
      };
      for (let i = 0; i < 10 && (await focused()) !== 'Terms on this page'; i++) {
        await popup.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...tab });
        await popup.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab });
      }
      expect(await focused()).toBe('Terms on this page');
      // A key down with its text, as a keyboard sends it: a button is pressed by the Enter key's keypress
      // (docs/browser-quirks.md#cdp-enter-needs-text).
      const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 };
      await popup
        .send('Input.dispatchKeyEvent', { type: 'keyDown', text: '\r', ...enter })
        .catch(() => undefined);
      await popup.send('Input.dispatchKeyEvent', { type: 'keyUp', ...enter }).catch(() => undefined);
      await expect.poll(panels, { timeout: 5_000 }).toBe(1);
      // The popup closes itself once the panel is open.
      await expect.poll(() => popup.isOpen()).toBe(false);
    } finally {
      await popup.close();
      await session.detach();
      await page.close();
    }
  });

  itLoggedNoErrorAndStayedLocal(env);
});
