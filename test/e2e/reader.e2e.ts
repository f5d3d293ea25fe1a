import { describe } from 'vitest';
import { launchChromiumReader } from './reader/reader-tab';
import { describeReaderScenarios } from './scenarios/reader-scenarios';

describe('the PDF reader in Chromium', () => {
  describeReaderScenarios(launchChromiumReader);
});
