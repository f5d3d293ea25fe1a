import { describe } from 'vitest';
import { launchChromiumDriver } from './harness/chromium-driver';
import { describeLookAlikeScenarios } from './scenarios/look-alike-scenarios';

describe('look-alikes in Chromium', () => {
  describeLookAlikeScenarios(launchChromiumDriver);
});
