/**
 * That the built extension starts and each of its views renders, in any browser: `describeSmokeScenarios(env)`
 * inside the browser's describe in smoke.e2e.ts and firefox-smoke.e2e.ts, beside what only that browser can check.
 */
import { expect, it } from 'vitest';
import { expectHeadings } from '../harness/bubble';
import { dragSelect, type BrowserDriver } from '../harness/driver';
import { openLookupPage, openOptionsPage, openPopupPage, pageHeading } from '../harness/extension-pages';
import type { FixtureServer } from '../harness/server';

const IL12 = 'Interleukin-12';

export function describeSmokeScenarios(env: {
  readonly browser: BrowserDriver;
  readonly server: FixtureServer;
}) {
  it('shows the bubble when "IL-12" is selected on a served page', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.server.origin}/article.html`);
    await dragSelect(page, '#il12');
    await expectHeadings(page, [IL12]);
    await page.close();
    expect(env.browser.errors()).toEqual([]);
  });

  it('renders the popup page with its search box, its disclaimer and no console error', async () => {
    const popup = await openPopupPage(env.browser);
    expect(await popup.disclaimer()).toContain('does not give medical advice');
    await popup.close();
    expect(env.browser.errors()).toEqual([]);
  });

  it('lists Interleukin-12 when "IL-12" is typed in the popup', async () => {
    const popup = await openPopupPage(env.browser);
    await popup.type('IL-12');
    await expect.poll(() => popup.firstOption()).toContain(IL12);
    await popup.close();
    expect(env.browser.errors()).toEqual([]);
  });

  it('moves through the popup results with the arrow keys and opens one with Enter', async () => {
    const popup = await openPopupPage(env.browser);
    await popup.type('il12');
    await expect.poll(async () => (await popup.options()).length).toBeGreaterThan(1);
    await popup.press('ArrowDown');
    await expect.poll(() => popup.activeOption()).toBe('il-result-0');
    await popup.press('ArrowDown');
    await expect.poll(() => popup.activeOption()).toBe('il-result-1');
    await popup.press('ArrowUp');
    await expect.poll(() => popup.activeOption()).toBe('il-result-0');
    await popup.press('Enter');
    await expect.poll(() => popup.title()).toBe(IL12);
    await popup.press('Escape');
    await expect.poll(() => popup.query()).toBe('il12');
    await popup.close();
    expect(env.browser.errors()).toEqual([]);
  });

  it('renders the lookup page with a query and no console error', async () => {
    const lookup = await openLookupPage(env.browser, 'IL-12');
    await expect.poll(() => lookup.title()).toBe(IL12);
    await lookup.close();
    expect(env.browser.errors()).toEqual([]);
  });

  it('renders the options page with no console error', async () => {
    const options = await openOptionsPage(env.browser);
    await expect.poll(() => pageHeading(options)).toBe('ImmunoLens options');
    await options.close();
    expect(env.browser.errors()).toEqual([]);
  });
}
