import { describe } from 'vitest';
import { launchChromiumDriver } from './harness/chromium-driver';
import { describeLensLimitScenarios } from './scenarios/lens-limits-scenarios';

describe('the lens at its limits in Chromium', () => {
  describeLensLimitScenarios(launchChromiumDriver, { show: null });
});
