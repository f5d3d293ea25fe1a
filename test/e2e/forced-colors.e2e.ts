/**
 * Forced colours and reduced motion in Chromium, which emulates both per tab (forced-colors-scenarios.ts).
 */
import { describe } from 'vitest';
import { axeViolations } from './harness/axe';
import { launchChromiumDriver, type ChromiumPageDriver } from './harness/chromium-driver';
import type { PageDriver } from './harness/driver';
import { itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';
import { chromiumViewTools } from './harness/view-tools';
import { describeForcedColorsScenarios } from './scenarios/forced-colors-scenarios';

const tab = (page: PageDriver) => (page as ChromiumPageDriver).playwright;

describe('forced colours and reduced motion in Chromium', () => {
  const env = useBrowser(launchChromiumDriver);
  describeForcedColorsScenarios(env, {
    ...chromiumViewTools(env),
    violations: (page, check) => axeViolations(tab(page), check),
    force: (page) => tab(page).emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' }),
  });
  itLoggedNoErrorAndStayedLocal(env);
});
