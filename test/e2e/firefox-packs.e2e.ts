import { launchFirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox } from './harness/use-browser';
import { describePackScenarios } from './scenarios/pack-scenarios';

describeInFirefox('glossary packs in Firefox', () => {
  describePackScenarios(launchFirefoxDriver);
});
