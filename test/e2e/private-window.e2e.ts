/**
 * Private windows in Chromium: the extension allowed in incognito (loaded through the DevTools Extensions domain,
 * harness/chromium.ts), an incognito window opened by the worker, and the menu's lookup from it. Chrome opens the
 * extension's page in a normal window (spanning mode: docs/browser-quirks.md#private-windows-and-extension-pages),
 * so what matters is that nothing of the selected text reaches that page's URL, title or the lookup history.
 *
 * Firefox's equivalent is firefox-private-window.e2e.ts, with its real context menu and the bubble's link (an
 * earlier probe there "opened no tab" because the harness clicked where the link would be without scrolling the
 * bubble, which closed it: harness/bubble.ts's clickInBubble scrolls first).
 */
import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchChromiumDriver } from './harness/chromium-driver';
import { itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';

const SECRET = 'IL-12 and my biopsy results';

interface TabInfo {
  id: number;
  windowId: number;
  incognito: boolean;
}

/** A page no content script runs in, in a new incognito window: the menu there falls back to the full view page. */
function openIncognitoTab(worker: Worker): Promise<TabInfo> {
  return worker.evaluate(async () => {
    const window = (await chrome.windows.create({
      incognito: true,
      url: 'data:text/html,<p>IL-12 rose</p>',
    }))!;
    const tab = window.tabs![0]!;
    return { id: tab.id!, windowId: window.id!, incognito: tab.incognito };
  });
}

describe('the full view page asked for from a private window, in Chromium', () => {
  const env = useBrowser(() => launchChromiumDriver({ allowInIncognito: true }));

  it('gets the selected text without it in its URL, title or the history, and only once', async () => {
    const worker = await env.browser.chromium.serviceWorker();
    expect(await worker.evaluate(() => chrome.extension.isAllowedIncognitoAccess())).toBe(true);
    const tab = await openIncognitoTab(worker);
    expect(tab.incognito).toBe(true);

    const opened = env.browser.chromium.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/lookup.html'),
    });
    await worker.evaluate(
      ({ text, tab }) =>
        (
          self as unknown as {
            immunolens: { handleContextMenuClick: (info: unknown, tab: unknown) => Promise<void> };
          }
        ).immunolens.handleContextMenuClick(
          { menuItemId: 'immunolens-lookup', selectionText: text, frameId: 0, editable: false },
          tab,
        ),
      { text: SECRET, tab },
    );
    const page: Page = await opened;
    await page.waitForLoadState('load');
    const box = page.getByRole('combobox');
    // The page shows the selection…
    await expect.poll(() => box.inputValue(), { timeout: 10_000 }).toBe(SECRET);
    await expect.poll(() => page.locator('h2').first().innerText()).toBe('Interleukin-12');
    // …but its address holds only the token, and its title none of the text.
    expect(page.url()).toMatch(/\/lookup\.html\?handover=[0-9a-f-]{36}$/);
    expect(await page.title()).toBe('ImmunoLens');
    // Chrome put it in a normal window (no extension page in incognito in spanning mode).
    const where = await worker.evaluate(async () => {
      const [lookup] = await chrome.tabs.query({ url: chrome.runtime.getURL('/lookup.html') + '*' });
      return { incognito: lookup?.incognito };
    });
    expect(where.incognito).toBe(false);
    // Read once: session storage no longer holds it, and the lookup history has nothing of it.
    expect(await worker.evaluate(() => chrome.storage.session.get(null))).toEqual({});
    expect(await worker.evaluate(() => chrome.storage.local.get('history'))).toEqual({});

    // Typing in the box writes nothing to the address either.
    await box.fill('cytokines');
    await expect.poll(() => page.locator('[role=option]').count()).toBeGreaterThan(0);
    expect(page.url()).toMatch(/\?handover=[0-9a-f-]{36}$/);

    // Reloaded, the page has nothing left to show and says why.
    await page.reload();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'private window' }).count(), { timeout: 10_000 })
      .toBe(1);
    expect(await page.getByRole('combobox').inputValue()).toBe('');
    await page.close();
    await worker.evaluate((id) => chrome.windows.remove(id), tab.windowId);
  });

  itLoggedNoErrorAndStayedLocal(env);
});
