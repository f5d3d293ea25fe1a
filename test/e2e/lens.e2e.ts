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

  it('declares the command with a suggested key, within Chrome’s four', async () => {
    const manifest = await (await worker()).evaluate(() => chrome.runtime.getManifest());
    const commands = manifest.commands as Record<string, { suggested_key?: unknown }>;
    expect(commands['toggle-lens']?.suggested_key).toEqual({ default: LENS_SHORTCUT });
    expect(Object.values(commands).filter((c) => c.suggested_key).length).toBeLessThanOrEqual(4);
  });
});
