/**
 * The one way an e2e file gets its browser: `useBrowser(launchChromiumDriver)` (or `launchFirefoxDriver`) inside
 * a `describe` starts the fixture server and the browser before its tests and closes both after them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver } from './driver';
import { firefoxUnavailable } from './firefox';
import { startServer, type FixtureServer } from './server';

/**
 * Something opened before the enclosing `describe`'s tests and closed after them, read through `.value` once they
 * run. After-hooks run in reverse order, so what was opened last closes first.
 */
function useOpened<T>(open: () => Promise<T>, close: (value: T) => Promise<void>, what: string) {
  let value: T | undefined;
  beforeAll(async () => {
    value = await open();
  });
  afterAll(async () => {
    if (value !== undefined) await close(value);
  });
  return {
    get value(): T {
      if (value === undefined) throw new Error(`${what} is read before its describe started`);
      return value;
    },
  };
}

/** A fixture server for the enclosing `describe`, read once its tests run. */
export function useServer(): { readonly server: FixtureServer } {
  const server = useOpened(startServer, (s) => s.close(), 'the fixture server');
  return {
    get server() {
      return server.value;
    },
  };
}

/** A fixture server and a browser with the extension for the enclosing `describe`, read once its tests run. */
export function useBrowser<B extends BrowserDriver>(
  launch: () => Promise<B>,
): { readonly server: FixtureServer; readonly browser: B } {
  const served = useServer();
  const browser = useOpened(launch, (b) => b.close(), 'the browser');
  return {
    get server() {
      return served.server;
    },
    get browser() {
      return browser.value;
    },
  };
}

/** The last test of a describe: after all the others, no error was logged and nothing asked for the outside. */
export function itLoggedNoErrorAndStayedLocal(env: { readonly browser: BrowserDriver }): void {
  it('logs no error and makes no request outside 127.0.0.1', () => {
    expect(env.browser.errors()).toEqual([]);
    expect(env.browser.blockedRequests()).toEqual([]);
  });
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
