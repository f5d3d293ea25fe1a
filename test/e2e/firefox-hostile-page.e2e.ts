import { launchFirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox } from './harness/use-browser';
import { describeHostilePageScenarios } from './scenarios/hostile-page-scenarios';

describeInFirefox('hostile and strict pages in Firefox', () => {
  describeHostilePageScenarios(launchFirefoxDriver);
});
