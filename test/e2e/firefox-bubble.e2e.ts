import { describe, it } from 'vitest';
import { firefoxUnavailable } from './harness/firefox';
import { launchFirefoxDriver } from './harness/firefox-driver';
import { describeBubbleScenarios } from './scenarios/bubble-scenarios';

const unavailable = firefoxUnavailable();

describe.skipIf(unavailable)('the bubble in Firefox', () => {
  describeBubbleScenarios(launchFirefoxDriver);
});

if (unavailable) {
  // The skip note shows in the verbose reporter only; say it in the default one too.
  console.warn(`Skipping the Firefox bubble scenarios. ${unavailable}`);
  describe('the bubble in Firefox', () => {
    it('needs Firefox', (context) => context.skip(unavailable));
  });
}
