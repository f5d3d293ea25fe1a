/// <reference types="chrome" />
import { describe } from 'vitest';
import {
  launchChromiumDriver,
  type ChromiumDriver,
  type ChromiumPageDriver,
} from './harness/chromium-driver';
import type { PageDriver } from './harness/driver';
import { describeFrameScenarios } from './scenarios/frame-scenarios';

/**
 * Calls one of the service worker's test hooks (`self.immunolens`) as the browser would call the listener it
 * stands for (headless Chromium has no menu to click and no shortcut to press), with the page's tab.
 */
async function callBackground(browser: ChromiumDriver, page: PageDriver, hook: string, info?: unknown) {
  await (page as ChromiumPageDriver).playwright.bringToFront();
  const worker = await browser.chromium.serviceWorker();
  await worker.evaluate(
    async ({ hook, info }) => {
      const [tab] = await chrome.tabs.query({ active: true, windowType: 'normal' });
      const hooks = (self as unknown as { immunolens: Record<string, (...a: unknown[]) => Promise<void>> })
        .immunolens;
      await (hook === 'handleCommand'
        ? hooks.handleCommand!('lookup-selection', tab)
        : hooks.handleContextMenuClick!(info, tab));
    },
    { hook, info },
  );
}

describe('the shortcut and the context menu in frames, in Chromium', () => {
  describeFrameScenarios(launchChromiumDriver, {
    shortcut: (browser, page) => callBackground(browser, page, 'handleCommand'),
    async watchAskingFrames(browser) {
      const worker = await browser.chromium.serviceWorker();
      await worker.evaluate(() => {
        const g = self as unknown as { askingFrame?: number; watching?: boolean };
        if (g.watching) return;
        g.watching = true;
        // Only reads who asks; returns nothing, so the background's own listener answers.
        chrome.runtime.onMessage.addListener((message: { immunolens?: string }, sender) => {
          if (message?.immunolens === 'explain') g.askingFrame = sender.frameId;
        });
      });
    },
    async menuOnSelection(browser, page, _frame, selectionText) {
      const worker = await browser.chromium.serviceWorker();
      const frameId = await worker.evaluate(() => (self as unknown as { askingFrame?: number }).askingFrame);
      const info = { menuItemId: 'immunolens-lookup', selectionText, frameId, editable: false };
      await callBackground(browser, page, 'handleContextMenuClick', info);
    },
    fullViewPages: async (browser) =>
      browser.chromium.context
        .pages()
        .map((p) => p.url())
        .filter((url) => url.includes('/lookup.html')),
  });
});
