/**
 * axe-core in Firefox: the same engine's source injected into each view over WebDriver BiDi, every view in the
 * light and dark themes and at 200 % text (Firefox's system colour scheme is not emulated here: the themes are
 * set by the setting, which fixes the same colours).
 */
import { axeViolationsIn } from './harness/axe';
import { launchFirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox, itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';
import { firefoxViewTools } from './harness/view-tools';
import { describeAxeScenarios } from './scenarios/axe-scenarios';

describeInFirefox('accessibility in Firefox', () => {
  const env = useBrowser(launchFirefoxDriver);
  describeAxeScenarios(env, {
    ...firefoxViewTools(env),
    violations: (page, check) => axeViolationsIn(page, check),
  });
  itLoggedNoErrorAndStayedLocal(env);
});
