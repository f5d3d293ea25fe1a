import { expect, it } from 'vitest';
import { clickInBubble, expectHeadings } from './harness/bubble';
import { BUBBLE_TAG, dragSelect } from './harness/driver';
import { launchFirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox, useBrowser } from './harness/use-browser';
import { describeStudyScenarios } from './scenarios/study-scenarios';

describeInFirefox('the study list in Firefox', () => {
  describeStudyScenarios(launchFirefoxDriver);
});

// Chromium has no such test: extensions run in its incognito windows only once the user allows it on
// chrome://extensions (no API or flag turns that on for an unpacked extension), and Playwright's persistent
// context, the only kind that loads extensions, cannot open an incognito window.
describeInFirefox('the study list in a private window in Firefox', () => {
  const env = useBrowser(launchFirefoxDriver);

  it('asks before saving from a private window, says why, saves only once confirmed, and keeps no lookup', async () => {
    const page = await env.browser.newPrivatePage();
    await page.goto(`${env.server.origin}/article.html`);
    await dragSelect(page, '#il12');
    await expectHeadings(page, ['Interleukin-12']);
    const save = () =>
      page.evaluate((tag) => {
        const root = document.querySelector(tag)?.shadowRoot;
        return {
          pressed: root?.querySelector('button[data-save]')?.getAttribute('aria-pressed') ?? null,
          note: root?.querySelector('.save-note')?.textContent ?? null,
        };
      }, BUBBLE_TAG);
    await expect
      .poll(save)
      .toEqual({ pressed: 'false', note: 'Private window: nothing is saved unless you confirm.' });
    await clickInBubble(page, 'button[data-save]');
    await expect
      .poll(save)
      .toEqual({ pressed: 'false', note: 'This is a private window: press again to save it anyway.' });
    const listed = async () => {
      const list = await env.browser.openExtensionPage('lookup.html#study');
      await expect
        .poll(() => list.evaluate(() => document.querySelector('.study') !== null, null))
        .toBe(true);
      await expect
        .poll(() =>
          list.evaluate(
            () =>
              document.querySelector('.study-rows, .study > p:last-of-type') === null
                ? null
                : [...document.querySelectorAll('.study-row h2')].map((h) => h.textContent),
            null,
          ),
        )
        .not.toBeNull();
      const names = await list.evaluate(
        () => [...document.querySelectorAll('.study-row h2')].map((h) => h.textContent),
        null,
      );
      const history = await list.evaluate(
        async () => (await browser.storage.local.get('history')).history as unknown,
        null,
      );
      await list.close();
      return { names, history };
    };
    // Nothing saved yet, and the private tab's lookup left no recent lookup.
    expect(await listed()).toEqual({ names: [], history: undefined });
    await page.evaluate(() => window.focus(), null);
    await clickInBubble(page, 'button[data-save]');
    await expect.poll(save).toEqual({ pressed: 'true', note: 'Saved, although this window is private.' });
    expect((await listed()).names).toEqual(['Interleukin-12']);
    await page.close();
  });
});
