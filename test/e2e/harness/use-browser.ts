/**
 * The one way an e2e file gets its browser: `useBrowser(launchChromiumDriver)` (or `launchFirefoxDriver`) inside
 * a `describe` starts the fixture server and the browser before its tests and closes both after them.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { BrowserDriver } from './driver';
import { firefoxUnavailable } from './firefox';
import { startServer, type FixtureServer } from './server';

/** A fixture server for the enclosing `describe`, read once its tests run. */
export function useServer(): { readonly server: FixtureServer } {
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the fixture server is read before its describe started');
      return server;
    },
  };
}

/** A fixture server and a browser with the extension for the enclosing `describe`, read once its tests run. */
export function useBrowser<B extends BrowserDriver>(
  launch: () => Promise<B>,
): { readonly server: FixtureServer; readonly browser: B } {
  const served = useServer();
  let browser: B | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get server() {
      return served.server;
    },
    get browser() {
      if (!browser) throw new Error('the browser is read before its describe started');
      return browser;
    },
  };
}

/** `describe` for Firefox's tests: skipped, and said so in the default reporter too, where Firefox is missing. */
export function describeInFirefox(name: string, body: () => void): void {
  const unavailable = firefoxUnavailable();
  if (!unavailable) {
    describe(name, body);
    return;
  }
  console.warn(`Skipping ${name}. ${unavailable}`);
  describe(name, () => {
    it('needs Firefox', (context) => context.skip(unavailable));
  });
}
