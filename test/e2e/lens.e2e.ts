import { describe } from 'vitest';
import { launchChromiumDriver } from './harness/chromium-driver';
import { describeLensScenarios } from './scenarios/lens-scenarios';

describe('the lens in Chromium', () => {
  describeLensScenarios(launchChromiumDriver);
});
