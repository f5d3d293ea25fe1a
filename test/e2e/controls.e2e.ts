/** Target sizes and focus rings of the popup's and the bubble's controls, in Chromium. */
import { describe } from 'vitest';
import { launchChromiumDriver } from './harness/chromium-driver';
import { itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';
import { describeControlScenarios } from './scenarios/controls-scenarios';

describe('controls in Chromium', () => {
  const env = useBrowser(launchChromiumDriver);
  describeControlScenarios(env);
  itLoggedNoErrorAndStayedLocal(env);
});
