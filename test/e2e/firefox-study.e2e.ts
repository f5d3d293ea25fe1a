import { launchFirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox } from './harness/use-browser';
import { describeStudyScenarios } from './scenarios/study-scenarios';

describeInFirefox('the study list in Firefox', () => {
  describeStudyScenarios(launchFirefoxDriver);
});
