/** Target sizes and focus rings of the popup's and the bubble's controls, in Firefox. */
import { launchFirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox, itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';
import { describeControlScenarios } from './scenarios/controls-scenarios';

describeInFirefox('controls in Firefox', () => {
  const env = useBrowser(launchFirefoxDriver);
  describeControlScenarios(env);
  itLoggedNoErrorAndStayedLocal(env);
});
