import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ExtensionBrowser } from './harness/chromium';
import { describeSearchScenarios } from './scenarios/search-scenarios';

describe('search answers and the lookup page in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describeSearchScenarios(async (path) => {
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    await page.waitForSelector('[role=combobox]');
    return {
      type: (text) => page.locator('[role=combobox]').pressSequentially(text),
      press: (key) => page.keyboard.press(key),
      evaluate: (fn) => page.evaluate(fn),
      close: () => page.close(),
    };
  });

  it('logs no error and makes no request outside 127.0.0.1', () => {
    expect(browser.errors).toEqual([]);
    expect(browser.blockedRequests).toEqual([]);
  });
});
