import { expect, it } from 'vitest';
import { EXTENSION_ID } from './harness/firefox';
import { launchFirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox, itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';
import { describeSmokeScenarios } from './scenarios/smoke-scenarios';

describeInFirefox('extension smoke test in Firefox', () => {
  const env = useBrowser(launchFirefoxDriver);

  it('installs the extension under its fixed id', () => {
    expect(env.browser.firefox.extensionId).toBe(EXTENSION_ID);
  });

  it('holds the <all_urls> host permission after install', async () => {
    // Firefox treats MV3 host permissions as optional; this profile keeps its default of granting them on install.
    const page = await env.browser.openExtensionPage('popup.html');
    const granted = await page.evaluate(
      () => browser.permissions.contains({ origins: ['<all_urls>'] }),
      null,
    );
    await page.close();
    expect(granted).toBe(true);
  });

  describeSmokeScenarios(env);
  // Firefox's driver counts what reached its refusing proxy (all but Firefox's own services) as blocked too.
  itLoggedNoErrorAndStayedLocal(env);
});
