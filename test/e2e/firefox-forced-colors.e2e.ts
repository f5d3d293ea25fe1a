/**
 * Forced colours and reduced motion in Firefox (forced-colors-scenarios.ts). Firefox has no emulation of forced
 * colours a test can switch, but its prefs turn both on for every document, as a reader's settings would:
 * "Override the colours specified by the page with your selections: Always" (browser.display.document_color_use
 * 2, which makes `(forced-colors: active)` match) and the system's "reduce motion" (ui.prefersReducedMotion 1).
 * The first scenario checks that both media queries match (docs/browser-quirks.md#firefox-forced-colors-by-pref).
 */
import { axeViolationsIn } from './harness/axe';
import { launchFirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox, itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';
import { firefoxViewTools } from './harness/view-tools';
import { describeForcedColorsScenarios } from './scenarios/forced-colors-scenarios';

const FORCED = { 'browser.display.document_color_use': 2, 'ui.prefersReducedMotion': 1 };

describeInFirefox('forced colours and reduced motion in Firefox', () => {
  const env = useBrowser(() => launchFirefoxDriver({ prefs: FORCED }));
  describeForcedColorsScenarios(env, {
    ...firefoxViewTools(env),
    violations: (page, check) => axeViolationsIn(page, check),
    force: async () => {},
  });
  itLoggedNoErrorAndStayedLocal(env);
});
