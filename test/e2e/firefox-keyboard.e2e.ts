/**
 * The keyboard-only paths in Firefox. Its explain shortcut cannot be delivered from a test (no command hook
 * reaches Firefox's background over BiDi), so the two shortcut scenarios are skipped here and run in Chromium.
 */
import { launchFirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox, itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';
import { describeKeyboardScenarios } from './scenarios/keyboard-scenarios';

describeInFirefox('keyboard-only paths in Firefox', () => {
  const env = useBrowser(launchFirefoxDriver);
  describeKeyboardScenarios(env, {});
  itLoggedNoErrorAndStayedLocal(env);
});
