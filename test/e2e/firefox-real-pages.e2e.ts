import { describe, it } from 'vitest';
import { firefoxUnavailable } from './harness/firefox';
import { launchFirefoxDriver } from './harness/firefox-driver';
import { describeRealPageScenarios } from './scenarios/real-page-scenarios';

const unavailable = firefoxUnavailable();

describe.skipIf(unavailable)('saved real pages in Firefox', () => {
  describeRealPageScenarios(launchFirefoxDriver);
});

if (unavailable) {
  // The skip note shows in the verbose reporter only; say it in the default one too.
  console.warn(`Skipping the Firefox real-page scenarios. ${unavailable}`);
  describe('saved real pages in Firefox', () => {
    it('needs Firefox', (context) => context.skip(unavailable));
  });
}
