/**
 * The lens's and the side panel's keyboard rows in Firefox (keyboard-lens-scenarios.ts); the shortcut fired from
 * the add-on's <key> in the browser window (harness/view-tools.ts says why). And, from the popup's
 * page (as a tab: no driver opens Firefox's toolbar popup), Shift+Tab to "Terms on this page" and Enter opens the
 * add-on's sidebar, which the browser window reports.
 */
import { expect, it } from 'vitest';
import { launchFirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox, itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';
import { firefoxViewTools } from './harness/view-tools';
import { describeKeyboardLensScenarios } from './scenarios/keyboard-lens-scenarios';

describeInFirefox('keyboard paths of the lens and the side panel in Firefox', () => {
  const env = useBrowser(launchFirefoxDriver);
  describeKeyboardLensScenarios(env, firefoxViewTools(env));

  it('reaches "Terms on this page" in the popup with Shift+Tab, and Enter opens the sidebar', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.server.origin}/keyboard.html?popup-terms`);
    const popup = await env.browser.openExtensionPage('popup.html');
    /** The browser window's sidebar: open or not, and whose. */
    const sidebar = () =>
      env.browser.inBrowserWindow(() => {
        type Sidebar = { isOpen: boolean; currentID: string };
        const w = window as unknown as { SidebarController?: Sidebar; SidebarUI?: Sidebar };
        const c = w.SidebarController ?? w.SidebarUI;
        return c ? { open: c.isOpen, id: c.currentID } : null;
      }, null);
    const focused = () =>
      popup.evaluate(
        () => document.activeElement?.getAttribute('role') ?? document.activeElement?.textContent?.trim(),
        null,
      );
    try {
      expect(await sidebar()).toEqual({ open: false, id: '' });
      // Focus starts in the search box; the toolbar comes before it.
      await expect.poll(focused, { timeout: 10_000 }).toBe('combobox');
      for (let i = 0; i < 10 && (await focused()) !== 'Terms on this page'; i++) {
        await popup.keyboard.down('Shift');
        await popup.keyboard.press('Tab');
        await popup.keyboard.up('Shift');
      }
      expect(await focused()).toBe('Terms on this page');
      await popup.keyboard.press('Enter');
      await expect
        .poll(sidebar, { timeout: 5_000 })
        .toEqual({ open: true, id: expect.stringMatching(/-sidebar-action$/) });
    } finally {
      await env.browser.inBrowserWindow(() => {
        const w = window as unknown as { SidebarController?: { hide(): void }; SidebarUI?: { hide(): void } };
        (w.SidebarController ?? w.SidebarUI)?.hide();
      }, null);
      await popup.close().catch(() => undefined);
      await page.close();
    }
  });

  itLoggedNoErrorAndStayedLocal(env);
});
