import { describeInFirefox } from './harness/use-browser';
import { launchFirefoxRedirect } from './redirect/redirect-browser';
import { describeRedirectScenarios } from './scenarios/pdf-redirect-scenarios';

describeInFirefox('“Open PDFs in the ImmunoLens reader” in Firefox', () => {
  describeRedirectScenarios(launchFirefoxRedirect);
});
