/**
 * The lens's keyboard command in Firefox, pressed as a reader presses it: the keys go through Firefox's own input
 * path in the browser window (harness/firefox-browser-ui.ts, `pressShortcut`), so the page, Firefox's menu bar and
 * the add-on's `<key>` each see them in the order a real keyboard gives. Calling the command's handler (what
 * Chromium's lens.e2e.ts does) cannot find what this does: Alt+Shift+H, the first default, opened Firefox's Help
 * menu and never reached `commands.onCommand` (docs/browser-quirks.md#firefox-alt-shift-letters-open-menus).
 * The per-site switch is the real toolbar popup's, opened by its own shortcut and reached from the options page
 * through `extension.getViews` (BiDi does not see the popup).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { LENS_SHORTCUT } from '../../utils/a11y/lens-announcement';
import { waitUntil, type PageDriver } from './harness/driver';
import { closeMenuBarMenus, menuBarMenus } from './harness/firefox-browser-ui';
import { launchFirefoxDriver } from './harness/firefox-driver';
import { lensMarkCount, waitForLensMarks } from './harness/lens-marks';
import { SHARED_PAGES_DIR } from './harness/server';
import { describeInFirefox, useBrowser } from './harness/use-browser';

interface Command {
  name?: string;
  shortcut?: string;
}
type ExtensionPageGlobals = {
  browser: {
    commands: { getAll(): Promise<Command[]> };
    storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  };
};

/** A saved Wikipedia article: its links carry accesskeys (h is "history"), which take Alt+Shift+letter first. */
const WIKIPEDIA = '/pages/wikipedia.html';

describeInFirefox(
  'the lens command and the popup’s per-site switch in Firefox, used as a reader does',
  () => {
    const env = useBrowser(launchFirefoxDriver);
    let extensionPage: PageDriver | undefined;
    const extension = async () => (extensionPage ??= await env.browser.openExtensionPage('options.html'));
    const commands = async () =>
      (await extension()).evaluate(
        () => (globalThis as unknown as ExtensionPageGlobals).browser.commands.getAll(),
        null,
      );
    const storedSettings = async () =>
      (await extension()).evaluate(
        async () =>
          (await (globalThis as unknown as ExtensionPageGlobals).browser.storage.local.get('settings'))
            .settings ?? null,
        null,
      );

    it('binds the shortcut the options page names to toggle-lens', async () => {
      const toggle = (await commands()).find((c) => c.name === 'toggle-lens');
      expect(toggle?.shortcut).toBe(LENS_SHORTCUT);
    });

    it('gives no command a letter that opens a Firefox menu with Alt (and so with Alt+Shift)', async () => {
      const menus = await env.browser.inBrowserWindow(menuBarMenus, null);
      // The menu bar is there, with its access keys: File, Edit, View, History, Bookmarks, Tools, Help.
      expect(menus.map((m) => m.id)).toContain('helpMenu');
      const menuKeys = new Set(menus.map((m) => m.accessKey.toUpperCase()).filter(Boolean));
      expect(menuKeys.has('H')).toBe(true);
      const clashes = (await commands())
        .filter(({ shortcut }) => {
          const parts = shortcut?.split('+') ?? [];
          const key = parts.pop() ?? '';
          // Only Alt, with or without Shift, reaches the menu bar's access keys.
          return (
            parts.includes('Alt') && parts.every((p) => p === 'Alt' || p === 'Shift') && menuKeys.has(key)
          );
        })
        .map((c) => `${c.name}: ${c.shortcut}`);
      expect(clashes).toEqual([]);
    });

    it('turns the lens on with the real keys on a saved Wikipedia page, and off again, opening no menu', async () => {
      await env.browser.setSettings(null);
      const page = await env.browser.newPage();
      try {
        await page.goto(`${env.server.origin}${WIKIPEDIA}`);
        // A known term in the text: the article (about Mozilla) has none of its own.
        await page.evaluate(() => {
          const p = document.createElement('p');
          p.textContent = 'Interleukin-12 (IL-12) induces IFN-γ in NK cells.';
          document.body.prepend(p);
        }, null);
        const address = await page.evaluate(() => location.href, null);
        const errorsBefore = page.pageErrors.length;
        // No accesskey of the page takes the shortcut's letter before the add-on does.
        const letter = LENS_SHORTCUT.split('+').pop()!;
        expect(
          await page.evaluate(
            (l) => document.querySelectorAll(`[accesskey="${l.toLowerCase()}" i]`).length,
            letter,
          ),
        ).toBe(0);
        expect(await lensMarkCount(page)).toBe(0);

        await env.browser.pressShortcut(page, LENS_SHORTCUT);
        await waitForLensMarks(page, 2);
        const openMenus = async () =>
          (await env.browser.inBrowserWindow(menuBarMenus, null)).filter((m) => m.open).map((m) => m.id);
        expect(await openMenus()).toEqual([]);
        expect(await page.evaluate(() => location.href, null)).toBe(address);
        // For this tab only: the settings are unchanged.
        expect(await storedSettings()).toBeNull();

        await env.browser.pressShortcut(page, LENS_SHORTCUT);
        let count = -1;
        await waitUntil(
          async () => (count = await lensMarkCount(page)) === 0,
          () => `the second press left ${count} marks`,
        );
        expect(await openMenus()).toEqual([]);
        expect(await page.evaluate(() => location.href, null)).toBe(address);
        expect(page.pageErrors.slice(errorsBefore)).toEqual([]);
      } finally {
        await env.browser.inBrowserWindow(closeMenuBarMenus, null);
        await page.close();
      }
    });

    it('turns the lens on and off for the page’s site with the real toolbar popup’s switch, live', async () => {
      await env.browser.setSettings(null);
      const page = await env.browser.newPage();
      await page.goto(`${env.server.origin}/article.html?lens-popup`);
      /** The real toolbar popup (opened by its own shortcut), read and clicked from the add-on's options page. */
      const lensSwitch = async (click = false) =>
        (await extension()).evaluate((click) => {
          const [popup] = (
            globalThis as unknown as {
              browser: { extension: { getViews(o: { type: string }): Window[] } };
            }
          ).browser.extension.getViews({ type: 'popup' });
          const label = popup?.document.querySelector('.lens-switch');
          const input = label?.querySelector<HTMLInputElement>('input[role=switch]');
          if (!label || !input) return null;
          if (click) input.click();
          return { text: label.textContent ?? '', on: input.checked };
        }, click);
      const openPopup = async () => {
        // The toolbar button's own command, `_execute_action`: Firefox opens the real popup for this tab.
        const action = (await commands()).find((c) => c.name === '_execute_action')?.shortcut;
        await env.browser.pressShortcut(page, action!);
        await waitUntil(
          async () => (await lensSwitch()) !== null,
          () => 'the toolbar popup shows no lens switch',
        );
      };
      const closePopup = async () =>
        (await extension()).evaluate(() => {
          type Views = { browser: { extension: { getViews(o: { type: string }): Window[] } } };
          for (const popup of (globalThis as unknown as Views).browser.extension.getViews({ type: 'popup' }))
            popup.close();
        }, null);
      try {
        await openPopup();
        expect(await lensSwitch()).toEqual({ text: 'Highlight terms on 127.0.0.1', on: false });
        await lensSwitch(true);
        await waitUntil(
          async () =>
            ((await storedSettings()) as { lensOnSites?: string[] } | null)?.lensOnSites?.[0] === '127.0.0.1',
          () => 'the switch did not list the site',
        );
        await closePopup();
        await waitForLensMarks(page, 5);

        await openPopup();
        expect(await lensSwitch()).toEqual({ text: 'Highlight terms on 127.0.0.1', on: true });
        await lensSwitch(true);
        let count = -1;
        await waitUntil(
          async () => (count = await lensMarkCount(page)) === 0,
          () => `the switch turned off left ${count} marks`,
        );
        await closePopup();
        expect(page.pageErrors).toEqual([]);
      } finally {
        await closePopup();
        await page.close();
        await env.browser.setSettings(null);
      }
    });

    it('logs no error and asks for nothing outside 127.0.0.1 but the saved page’s own images', () => {
      expect(env.browser.errors()).toEqual([]);
      expect(env.browser.extensionRequests()).toEqual([]);
      // The saved article still names its images on upload.wikimedia.org; the harness turned those away.
      const html = readFileSync(join(SHARED_PAGES_DIR, WIKIPEDIA.slice('/pages/'.length)), 'utf8');
      expect(
        env.browser.blockedRequests().filter((url) => !html.includes(url.replace(/^https:/, ''))),
      ).toEqual([]);
    });
  },
);
