/// <reference types="chrome" />
/**
 * The lens in Chromium: the shared scenarios (lens-scenarios.ts), and what only Chromium's harness reaches: the
 * real toolbar popup's per-site switch and the keyboard command (called through the worker's test hook, as the
 * browser would call its listener: headless Chromium has no shortcut to press).
 */
import { describe, expect, it } from 'vitest';
import { openActionPopup } from './harness/action-popup';
import { LENS_SHORTCUT } from '../../utils/a11y/lens-announcement';
import { launchChromiumDriver } from './harness/chromium-driver';
import { waitUntil } from './harness/driver';
import { useBrowser } from './harness/use-browser';
import { describeLensScenarios, lensMarks } from './scenarios/lens-scenarios';

describe('the lens in Chromium', () => {
  describeLensScenarios(launchChromiumDriver);
});

describe('the lens switch and command in Chromium', () => {
  const env = useBrowser(launchChromiumDriver);
  const worker = () => env.browser.chromium.serviceWorker();
  const storedSettings = async () =>
    (await worker()).evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? null);

  it('the popup switch turns the lens on and off for the page’s site, live', async () => {
    await env.browser.setSettings(null);
    const page = await env.browser.newPage();
    await page.goto(`${env.server.origin}/article.html?lens-popup`);
    await page.playwright.bringToFront();
    const lensSwitch = (popup: Awaited<ReturnType<typeof openActionPopup>>) =>
      popup.evaluate(() => {
        const label = document.querySelector('.lens-switch');
        return {
          text: label?.textContent ?? '',
          on: label?.querySelector<HTMLInputElement>('input[role=switch]')?.checked ?? null,
        };
      });

    let popup = await openActionPopup(env.browser.chromium, page.playwright);
    await waitUntil(
      async () => (await lensSwitch(popup)).on !== null,
      () => 'the popup shows no lens switch',
    );
    expect(await lensSwitch(popup)).toEqual({ text: 'Highlight terms on 127.0.0.1', on: false });
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('.lens-switch input')!.click());
    await waitUntil(
      async () =>
        ((await storedSettings()) as { lensOnSites?: string[] } | null)?.lensOnSites?.[0] === '127.0.0.1',
      () => 'the switch did not list the site',
    );
    expect(popup.errors).toEqual([]);
    await popup.close();
    await waitUntil(
      async () => (await lensMarks(page)).count >= 5,
      () => 'the lens did not mark the page after the switch',
    );

    popup = await openActionPopup(env.browser.chromium, page.playwright);
    await waitUntil(
      async () => (await lensSwitch(popup)).on === true,
      () => 'the popup does not show the lens on',
    );
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('.lens-switch input')!.click());
    await waitUntil(
      async () => (await lensMarks(page)).count === 0,
      () => 'the marks stayed after the switch turned the lens off',
    );
    expect(popup.errors).toEqual([]);
    await popup.close();
    await page.close();
    await env.browser.setSettings(null);
  });

  it('the command turns the lens on in the current tab, and off again', async () => {
    await env.browser.setSettings(null);
    const page = await env.browser.newPage();
    await page.goto(`${env.server.origin}/article.html?lens-command`);
    await page.playwright.bringToFront();
    const command = async () => {
      const w = await worker();
      await w.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, windowType: 'normal' });
        const hooks = (self as unknown as { immunolens: Record<string, (...a: unknown[]) => Promise<void>> })
          .immunolens;
        await hooks.handleCommand!('toggle-lens', tab);
      });
    };
    await command();
    await waitUntil(
      async () => (await lensMarks(page)).count >= 5,
      () => 'the command did not turn the lens on',
    );
    // Only this tab: the settings are unchanged.
    expect(await storedSettings()).toBeNull();
    await command();
    await waitUntil(
      async () => (await lensMarks(page)).count === 0,
      () => 'the command did not turn the lens off',
    );
    expect(page.pageErrors).toEqual([]);
    await page.close();
  });

  it('adds and says nothing on a page without terms it came on with, and answers the command there', async () => {
    await env.browser.setSettings({ highlightTerms: true });
    const page = await env.browser.newPage();
    // Every live region added to <html> from the document's start on (the lens's is in an open shadow root in
    // the e2e build).
    await page.playwright.addInitScript(() => {
      const w = window as unknown as { __regions: number };
      w.__regions = 0;
      new MutationObserver((records) => {
        for (const r of records)
          for (const node of r.addedNodes)
            if (
              node.parentNode === document.documentElement &&
              (node as Element).shadowRoot?.querySelector('[role=status]')
            )
              w.__regions++;
      }).observe(document, { childList: true, subtree: true });
    });
    const regions = () => page.evaluate(() => (window as unknown as { __regions: number }).__regions, null);
    const said = () =>
      page.evaluate(() => {
        for (const child of document.documentElement.children) {
          const text = child.shadowRoot?.querySelector('[role="status"]')?.textContent;
          if (text) return text;
        }
        return null;
      }, null);
    try {
      await page.goto(`${env.server.origin}/pages/wikipedia-4.html?lens-quiet`);
      // The lens's reading is over when its count of idle slices (its own, in its isolated world) stops growing.
      const cdp = await env.browser.chromium.context.newCDPSession(page.playwright);
      const worlds: number[] = [];
      cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
        if (c.origin.startsWith('chrome-extension://') && c.auxData?.type === 'isolated') worlds.push(c.id);
      });
      await cdp.send('Runtime.enable');
      const slices = async () => {
        let most = 0;
        for (const contextId of worlds) {
          const { result } = await cdp.send('Runtime.evaluate', {
            contextId,
            expression: 'globalThis.immunolensLensStats?.slices ?? 0',
            returnByValue: true,
          });
          most = Math.max(most, Number(result.value));
        }
        return most;
      };
      let [last, still] = [-1, 0];
      await waitUntil(
        async () => {
          const now = await slices();
          still = now > 0 && now === last ? still + 1 : 0;
          last = now;
          return still >= 4;
        },
        () => `the lens ran ${last} slices and did not settle`,
        { timeoutMs: 15_000, everyMs: 250 },
      );
      // Past the announcement's delay: nothing marked, nothing added to the page, nothing said.
      await new Promise((ok) => setTimeout(ok, 500));
      expect(await lensMarks(page)).toMatchObject({ count: 0 });
      expect(await regions()).toBe(0);

      // The reader's command, off and on again: the answer is said.
      await page.playwright.bringToFront();
      const command = async () => {
        const w = await worker();
        await w.evaluate(async () => {
          const [tab] = await chrome.tabs.query({ active: true, windowType: 'normal' });
          const hooks = (
            self as unknown as { immunolens: Record<string, (...a: unknown[]) => Promise<void>> }
          ).immunolens;
          await hooks.handleCommand!('toggle-lens', tab);
        });
      };
      await command();
      await command();
      await waitUntil(
        async () => (await said()) === 'ImmunoLens: no known terms marked on this page.',
        () => 'the lens said nothing after the command turned it on',
      );
      expect(await regions()).toBe(1);
      expect(page.pageErrors).toEqual([]);
    } finally {
      await page.close();
      await env.browser.setSettings(null);
    }
  });

  it('declares the command with a suggested key, within Chrome’s four', async () => {
    const manifest = await (await worker()).evaluate(() => chrome.runtime.getManifest());
    const commands = manifest.commands as Record<string, { suggested_key?: unknown }>;
    expect(commands['toggle-lens']?.suggested_key).toEqual({ default: LENS_SHORTCUT });
    expect(Object.values(commands).filter((c) => c.suggested_key).length).toBeLessThanOrEqual(4);
  });
});
