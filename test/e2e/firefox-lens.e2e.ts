import { launchFirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox } from './harness/use-browser';
import { describeLensScenarios } from './scenarios/lens-scenarios';

describeInFirefox('the lens in Firefox', () => {
  describeLensScenarios(launchFirefoxDriver);
});
