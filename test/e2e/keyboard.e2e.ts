/// <reference types="chrome" />
/**
 * The keyboard-only paths in Chromium, the explain shortcut included: headless Chromium delivers no extension
 * shortcut, so the scenarios call the background's command handler through its test hook, as the browser would.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { launchChromiumDriver, type ChromiumPageDriver } from './harness/chromium-driver';
import type { PageDriver } from './harness/driver';
import { itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';
import { describeKeyboardScenarios } from './scenarios/keyboard-scenarios';

/**
 * A profile with caret browsing on, as F7 turns it on (Chrome's setting `settings.a11y.caretbrowsing.enabled`):
 * a keyboard reader selects a page's text with Shift and the arrow keys from a caret.
 */
function caretBrowsingProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'immunolens-caret-'));
  mkdirSync(join(dir, 'Default'));
  const prefs = { settings: { a11y: { caretbrowsing: { enabled: true } } } };
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify(prefs));
  return dir;
}

describe('keyboard-only paths in Chromium', () => {
  const env = useBrowser(() => launchChromiumDriver({ userDataDir: caretBrowsingProfile() }));
  describeKeyboardScenarios(env, {
    async shortcut(page: PageDriver) {
      const tab = (page as ChromiumPageDriver).playwright;
      await tab.bringToFront();
      const worker = await env.browser.chromium.serviceWorker();
      // The tab brought to the front is the one active tab of a normal window (the extension may not read URLs).
      await worker.evaluate(async () => {
        const [active] = await chrome.tabs.query({ active: true, windowType: 'normal' });
        type Hooks = { immunolens: { handleCommand(command: string, tab: unknown): Promise<void> } };
        await (self as unknown as Hooks).immunolens.handleCommand('lookup-selection', active);
      });
    },
    async openedTab(path) {
      const { context, extensionId } = env.browser.chromium;
      const tab = await context.waitForEvent('page', {
        predicate: (p) => p.url().startsWith(`chrome-extension://${extensionId}/${path}`),
        timeout: 10_000,
      });
      await tab.waitForLoadState('load');
      return {
        evaluate: (fn, arg) => tab.evaluate(fn as never, arg as never),
        heading: () => tab.evaluate(() => document.querySelector('h1')?.textContent ?? ''),
        close: () => tab.close(),
      } as PageDriver & { heading(): Promise<string> };
    },
  });
  itLoggedNoErrorAndStayedLocal(env);
});
