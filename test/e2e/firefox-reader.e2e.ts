import { describe, it } from 'vitest';
import { firefoxUnavailable } from './harness/firefox';
import { launchFirefoxReader } from './reader/reader-tab';
import { describeReaderScenarios } from './scenarios/reader-scenarios';

const unavailable = firefoxUnavailable();

describe.skipIf(unavailable)('the PDF reader in Firefox', () => {
  describeReaderScenarios(launchFirefoxReader);
});

if (unavailable) {
  console.warn(`Skipping the Firefox reader scenarios. ${unavailable}`);
  describe('the PDF reader in Firefox', () => {
    it('needs Firefox', (context) => context.skip(unavailable));
  });
}
