import { describe } from 'vitest';
import { launchChromiumDriver } from './harness/chromium-driver';
import { describeBubbleScenarios } from './scenarios/bubble-scenarios';

describe('the bubble in Chromium', () => {
  describeBubbleScenarios(launchChromiumDriver);
});
