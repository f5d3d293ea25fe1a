/**
 * The lens's and the side panel's keyboard rows in Chromium (keyboard-lens-scenarios.ts); the shortcut through the
 * background's test hook, as keyboard.e2e.ts presses it.
 */
import { describe } from 'vitest';
import { launchChromiumDriver } from './harness/chromium-driver';
import { itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';
import { chromiumViewTools } from './harness/view-tools';
import { describeKeyboardLensScenarios } from './scenarios/keyboard-lens-scenarios';

describe('keyboard paths of the lens and the side panel in Chromium', () => {
  const env = useBrowser(launchChromiumDriver);
  describeKeyboardLensScenarios(env, chromiumViewTools(env));
  itLoggedNoErrorAndStayedLocal(env);
});
