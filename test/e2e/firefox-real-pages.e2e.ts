import { launchFirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox } from './harness/use-browser';
import { describeRealPageScenarios } from './scenarios/real-page-scenarios';

describeInFirefox('saved real pages in Firefox', () => {
  describeRealPageScenarios(launchFirefoxDriver);
});
