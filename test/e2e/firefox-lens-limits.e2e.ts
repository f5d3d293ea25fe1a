import { launchFirefoxDriver, type FirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox } from './harness/use-browser';
import { puppeteerTab } from './harness/view-tools';
import { describeLensLimitScenarios } from './scenarios/lens-limits-scenarios';

describeInFirefox('the lens at its limits in Firefox', () => {
  describeLensLimitScenarios(launchFirefoxDriver, {
    // The tab brought to the front hides the one that was: Firefox reports it `hidden`, as a reader's would be.
    show: async (browser, page) => (await puppeteerTab(browser as FirefoxDriver, page)).bringToFront(),
  });
});
