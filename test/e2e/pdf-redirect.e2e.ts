import { describe } from 'vitest';
import { launchChromiumRedirect } from './redirect/redirect-browser';
import { describeRedirectScenarios } from './scenarios/pdf-redirect-scenarios';

describe('“Open PDFs in the ImmunoLens reader” in Chromium', () => {
  describeRedirectScenarios(launchChromiumRedirect);
});
