/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { launchChromiumDriver } from './harness/chromium-driver';
import { itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';
import { describeSmokeScenarios } from './scenarios/smoke-scenarios';

describe('extension smoke test in Chromium', () => {
  const env = useBrowser(launchChromiumDriver);

  it('starts its service worker', async () => {
    const worker = await env.browser.chromium.serviceWorker();
    expect(worker.url()).toBe(`chrome-extension://${env.browser.chromium.extensionId}/background.js`);
  });

  it('creates its context-menu entry', async () => {
    const worker = await env.browser.chromium.serviceWorker();
    // contextMenus.update rejects for an id that does not exist. The entry comes from runtime.onInstalled,
    // which may still be running when the worker is first seen.
    const exists = () =>
      worker.evaluate(() =>
        chrome.contextMenus.update('immunolens-lookup', {}).then(
          () => true,
          () => false,
        ),
      );
    await expect.poll(exists, { timeout: 5_000 }).toBe(true);
  });

  describeSmokeScenarios(env);
  itLoggedNoErrorAndStayedLocal(env);
});
