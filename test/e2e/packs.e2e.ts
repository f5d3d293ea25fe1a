import { describe } from 'vitest';
import { launchChromiumDriver } from './harness/chromium-driver';
import { describePackScenarios } from './scenarios/pack-scenarios';

describe('glossary packs in Chromium', () => {
  describePackScenarios(launchChromiumDriver);
});
