import { describe } from 'vitest';
import { launchChromiumDriver } from './harness/chromium-driver';
import { describeHostilePageScenarios } from './scenarios/hostile-page-scenarios';

describe('hostile and strict pages in Chromium', () => {
  describeHostilePageScenarios(launchChromiumDriver);
});
