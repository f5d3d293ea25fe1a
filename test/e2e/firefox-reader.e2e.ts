import { launchFirefoxReader } from './reader/reader-tab';
import { describeInFirefox } from './harness/use-browser';
import { describeReaderScenarios } from './scenarios/reader-scenarios';

describeInFirefox('the PDF reader in Firefox', () => {
  describeReaderScenarios(launchFirefoxReader);
});
