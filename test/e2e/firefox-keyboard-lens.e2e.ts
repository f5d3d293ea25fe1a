/**
 * The lens's and the side panel's keyboard rows in Firefox (keyboard-lens-scenarios.ts); the shortcut through the
 * background's test hook, called from an extension page (harness/view-tools.ts says why).
 */
import { launchFirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox, itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';
import { firefoxViewTools } from './harness/view-tools';
import { describeKeyboardLensScenarios } from './scenarios/keyboard-lens-scenarios';

describeInFirefox('keyboard paths of the lens and the side panel in Firefox', () => {
  const env = useBrowser(launchFirefoxDriver);
  describeKeyboardLensScenarios(env, firefoxViewTools(env));
  itLoggedNoErrorAndStayedLocal(env);
});
