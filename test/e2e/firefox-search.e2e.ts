import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxUnavailable, launchFirefox, type FirefoxExtensionBrowser } from './harness/firefox';
import { describeSearchScenarios } from './scenarios/search-scenarios';

const unavailable = firefoxUnavailable();

describe.skipIf(unavailable)('search answers and the lookup page in Firefox', () => {
  let firefox: FirefoxExtensionBrowser;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  describeSearchScenarios(async (path) => {
    const page = await firefox.openExtensionPage(path);
    await page.waitForSelector('[role=combobox]', { visible: true });
    return {
      type: (text) => page.type('[role=combobox]', text),
      press: (key) => page.keyboard.press(key as 'Enter'),
      evaluate: (fn) => page.evaluate(fn),
      close: () => page.close(),
    };
  });

  it('logs no error and makes no request outside 127.0.0.1', () => {
    expect(firefox.errors).toEqual([]);
    expect(firefox.blockedRequests).toEqual([]);
    expect(firefox.outsideRequests()).toEqual([]);
  });
});

if (unavailable) {
  // The skip note shows in the verbose reporter only; say it in the default one too.
  console.warn(`Skipping the Firefox search scenarios. ${unavailable}`);
  describe('search answers and the lookup page in Firefox', () => {
    it('needs Firefox', (context) => context.skip(unavailable));
  });
}
