import { launchFirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox } from './harness/use-browser';
import { describeBubbleScenarios } from './scenarios/bubble-scenarios';

describeInFirefox('the bubble in Firefox', () => {
  describeBubbleScenarios(launchFirefoxDriver);
});
