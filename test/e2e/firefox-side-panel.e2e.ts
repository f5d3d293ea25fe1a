import { launchFirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox } from './harness/use-browser';
import { describeSidePanelScenarios } from './scenarios/side-panel-scenarios';

describeInFirefox('the side panel (sidebar) in Firefox', () => {
  describeSidePanelScenarios(launchFirefoxDriver);
});
