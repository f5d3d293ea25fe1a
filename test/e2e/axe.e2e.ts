/**
 * axe-core in Chromium, through @axe-core/playwright: every view in the light and dark themes, at 200 % text,
 * and in the system's dark theme (Chromium emulates prefers-color-scheme).
 */
import { describe } from 'vitest';
import { axeViolations } from './harness/axe';
import { launchChromiumDriver, type ChromiumPageDriver } from './harness/chromium-driver';
import type { PageDriver } from './harness/driver';
import { itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';
import { chromiumViewTools } from './harness/view-tools';
import { describeAxeScenarios } from './scenarios/axe-scenarios';

const tab = (page: PageDriver) => (page as ChromiumPageDriver).playwright;

describe('accessibility in Chromium', () => {
  const env = useBrowser(launchChromiumDriver);
  describeAxeScenarios(env, {
    ...chromiumViewTools(env),
    violations: (page, check) => axeViolations(tab(page), check),
    emulateColorScheme: (page, colorScheme) => tab(page).emulateMedia({ colorScheme }),
    extraLooks: [{ name: 'system dark theme', settings: { theme: 'system' }, system: 'dark' }],
  });
  itLoggedNoErrorAndStayedLocal(env);
});
