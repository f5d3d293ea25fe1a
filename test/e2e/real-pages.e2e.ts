import { describe } from 'vitest';
import { launchChromiumDriver } from './harness/chromium-driver';
import { describeRealPageScenarios } from './scenarios/real-page-scenarios';

describe('saved real pages in Chromium', () => {
  describeRealPageScenarios(launchChromiumDriver);
});
