import { describe } from 'vitest';
import { launchChromiumDriver } from './harness/chromium-driver';
import { describeSidePanelScenarios } from './scenarios/side-panel-scenarios';

describe('the side panel in Chromium', () => {
  describeSidePanelScenarios(launchChromiumDriver);
});
