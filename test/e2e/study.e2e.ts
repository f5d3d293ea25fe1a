import { describe } from 'vitest';
import { launchChromiumDriver } from './harness/chromium-driver';
import { describeStudyScenarios } from './scenarios/study-scenarios';

describe('the study list in Chromium', () => {
  describeStudyScenarios(launchChromiumDriver);
});
