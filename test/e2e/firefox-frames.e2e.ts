import { launchFirefoxDriver, type FirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox } from './harness/use-browser';
import { describeFrameScenarios } from './scenarios/frame-scenarios';

/** The URLs of every tab in every browser window (the full view page opens in a popup window of its own). */
function allTabUrls(): string[] {
  const { Services } = globalThis as unknown as {
    Services: {
      wm: {
        getEnumerator(
          type: string,
        ): Iterable<{ gBrowser: { tabs: { linkedBrowser: { currentURI: { spec: string } } }[] } }>;
      };
    };
  };
  const urls: string[] = [];
  for (const window of Services.wm.getEnumerator('navigator:browser'))
    for (const tab of window.gBrowser.tabs) urls.push(tab.linkedBrowser.currentURI.spec);
  return urls;
}

describeInFirefox('the shortcut in frames, in Firefox', () => {
  describeFrameScenarios<FirefoxDriver>(launchFirefoxDriver, {
    // WebDriver BiDi's key input goes to the page and never reaches Firefox's own shortcut keys, so the harness
    // fires the command of the extension's <key> in the browser window, as pressing it would
    // (docs/browser-quirks.md#bidi-key-input-skips-browser-shortcuts).
    async shortcut(browser) {
      const fired = await browser.inBrowserWindow(() => {
        // The add-on's keyset (ext-keyset-id-<add-on id>) holds one <key> per command, named by its keys only.
        const keys = [
          ...document.querySelectorAll('keyset[id="ext-keyset-id-immunolens_immunolens_app"] key[key="L"]'),
        ].filter((k) => k.getAttribute('modifiers') === 'alt,shift');
        for (const key of keys) (key as unknown as { doCommand(): void }).doCommand();
        return keys.map((k) => k.getAttribute('key'));
      }, null);
      if (fired.length !== 1)
        throw new Error(`expected one key for the shortcut, found ${JSON.stringify(fired)}`);
    },
    fullViewPages: async (browser) =>
      (await browser.inBrowserWindow(allTabUrls, null)).filter((url) => url.includes('/lookup.html')),
  });
});
