/**
 * The keyboard-only paths in Firefox, the explain shortcut included: it is pressed through Firefox's own key
 * handling from its parent process (harness/firefox-browser-ui.ts), since BiDi's keys stop at the page
 * (docs/browser-quirks.md#bidi-key-input-skips-browser-shortcuts).
 */
import { waitUntil } from './harness/driver';
import { EXTENSION_ORIGIN } from './harness/firefox';
import { launchFirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox, itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';
import { describeKeyboardScenarios } from './scenarios/keyboard-scenarios';

describeInFirefox('keyboard-only paths in Firefox', () => {
  const env = useBrowser(launchFirefoxDriver);
  describeKeyboardScenarios(env, {
    shortcut: (page) => env.browser.pressShortcut(page, 'Alt+Shift+L'),
    async openedTab(path) {
      const prefix = `${EXTENSION_ORIGIN}/${path}`;
      const before = new Set((await env.browser.tabs()).map((tab) => tab.navigable));
      let opened: string | undefined;
      await waitUntil(
        async () =>
          (opened = (await env.browser.tabs()).find(
            (tab) => !before.has(tab.navigable) && tab.url.startsWith(prefix),
          )?.navigable) !== undefined,
        () => `no tab opened ${prefix}`,
      );
      const tab = await env.browser.pageOfTab(opened!);
      return {
        ...tab,
        heading: () => tab.evaluate(() => document.querySelector('h1')?.textContent ?? '', null),
      };
    },
  });
  itLoggedNoErrorAndStayedLocal(env);
});
