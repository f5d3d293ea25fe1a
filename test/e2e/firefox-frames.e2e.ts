import { selectionBox } from './harness/driver';
import { launchFirefoxDriver, type FirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox } from './harness/use-browser';
import { describeFrameScenarios } from './scenarios/frame-scenarios';

describeInFirefox('the shortcut and the context menu in frames, in Firefox', () => {
  describeFrameScenarios<FirefoxDriver>(launchFirefoxDriver, {
    // Firefox's own keys and menu, from its parent process (harness/firefox-browser-ui.ts): BiDi's key input
    // stops at the page and its right-click cannot choose a menu item
    // (docs/browser-quirks.md#bidi-key-input-skips-browser-shortcuts, #bidi-cannot-click-the-context-menu).
    shortcut: (browser, page) => browser.pressShortcut(page, 'Alt+Shift+L'),
    async menuOnSelection(browser, page, frame) {
      // A right-click on the selected text, as a reader opens the menu on it: Firefox tells the background
      // which frame it was in.
      const box = await selectionBox(frame);
      await browser.chooseFromContextMenu(page, {
        x: frame.origin.x + box.x + box.width / 2,
        y: frame.origin.y + box.y + box.height / 2,
      });
    },
    // The full view page opens in a popup window of its own: every tab of every window.
    fullViewPages: async (browser) =>
      (await browser.tabs()).map((tab) => tab.url).filter((url) => url.includes('/lookup.html')),
  });
});
