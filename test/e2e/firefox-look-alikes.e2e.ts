import { describe, it } from 'vitest';
import { firefoxUnavailable } from './harness/firefox';
import { launchFirefoxDriver } from './harness/firefox-driver';
import { describeLookAlikeScenarios } from './scenarios/look-alike-scenarios';

const unavailable = firefoxUnavailable();

describe.skipIf(unavailable)('look-alikes in Firefox', () => {
  describeLookAlikeScenarios(launchFirefoxDriver);
});

if (unavailable) {
  console.warn(`Skipping the Firefox look-alike scenarios. ${unavailable}`);
  describe('look-alikes in Firefox', () => {
    it('needs Firefox', (context) => context.skip(unavailable));
  });
}
