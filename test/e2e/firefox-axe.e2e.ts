/**
 * axe-core in Firefox: the same engine's source injected into each view over WebDriver BiDi, every view in the
 * light and dark themes and at 200 % text (Firefox's system colour scheme is not emulated here: the themes are
 * set by the setting, which fixes the same colours).
 */
import { axeViolationsIn } from './harness/axe';
import { waitUntil, type PageDriver } from './harness/driver';
import { launchFirefoxDriver, type FirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox, itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';
import { describeAxeScenarios } from './scenarios/axe-scenarios';

/** The puppeteer tab behind a page driver: the one showing the same address. */
async function puppeteerTab(browser: FirefoxDriver, page: PageDriver) {
  const url = await page.evaluate(() => location.href, null);
  const tab = (await browser.firefox.browser.pages()).find((p) => p.url() === url);
  if (!tab) throw new Error(`no tab shows ${url}`);
  return tab;
}

describeInFirefox('accessibility in Firefox', () => {
  const env = useBrowser(launchFirefoxDriver);
  describeAxeScenarios(env, {
    violations: (page, check) => axeViolationsIn(page, check),
    async setViewport(page, size) {
      await (await puppeteerTab(env.browser, page)).setViewport(size);
      // BiDi answers before the page has laid itself out at the new size.
      await waitUntil(
        () => page.evaluate((width) => innerWidth === width, size.width),
        () => `the viewport did not become ${size.width} px wide`,
      );
    },
  });
  itLoggedNoErrorAndStayedLocal(env);
});
