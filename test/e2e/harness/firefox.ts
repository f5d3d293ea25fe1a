import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { CROSS_SITE_HOST } from './server';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
/** The build the e2e tests load (`npm run build:e2e`; see CHROME_BUILD in chromium.ts). */
export const FIREFOX_BUILD = join(root, '.output/firefox-mv3-e2e');
/** The build that ships (`npm run build:firefox`); production-build.e2e.ts checks it still works. */
export const FIREFOX_PRODUCTION_BUILD = join(root, '.output/firefox-mv3');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** `browser_specific_settings.gecko.id` in wxt.config.ts. */
export const EXTENSION_ID = 'immunolens@immunolens.app';
/**
 * Firefox gives each installed extension a random internal UUID, the host of its moz-extension:// pages.
 * The profile's `extensions.webextensions.uuids` pref fixes it in advance, so the tests know the base URL
 * (docs/browser-quirks.md#firefox-random-extension-uuid).
 */
export const EXTENSION_UUID = '6c0c1d2e-4b5a-4f3e-9a8b-1d2c3e4f5a6b';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Why the Firefox tests cannot run here, or null when they can. Only a missing browser skips them. */
export function firefoxUnavailable(): string | null {
  return existsSync(FIREFOX_PATH)
    ? null
    : `Firefox not found at ${FIREFOX_PATH}: install Debian's firefox-esr or set FIREFOX_PATH to run the Firefox end-to-end tests`;
}

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** The add-on id Firefox reports after installing the build. */
  extensionId: string;
  /** moz-extension://UUID, without a trailing slash. */
  origin: string;
  profileDir: string;
  /** Page requests (web pages and extension tabs) that left 127.0.0.1 or the extension, which the harness aborted. */
  blockedRequests: string[];
  /**
   * Every request that reached the refusing proxy, from any context including the background script and Firefox
   * itself (which keeps calling its remote-settings service): `http://…` URLs, and `CONNECT host:port` for HTTPS.
   */
  proxiedRequests: string[];
  /** `proxiedRequests` without Firefox's own services: what the extension may have tried to reach. */
  outsideRequests(): string[];
  /**
   * Page errors and console errors. Web pages report through WebDriver BiDi, with their URL. Extension pages,
   * the background script and content scripts are invisible to BiDi, so their errors come from Firefox's output:
   * uncaught errors as `JavaScript error: moz-extension://…`, console errors as `console.error: …`
   * (these lines carry no URL, and a web page's console error appears here as well as from BiDi).
   */
  errors: string[];
  /** Everything Firefox printed, for diagnosing a failure. */
  output: string[];
  /** A new tab with the request filter and error watchers attached. */
  newPage(): Promise<Page>;
  /** Attaches them to a tab opened otherwise (once; the harness does it for every new tab it hears of). */
  prepare(page: Page): Promise<void>;
  /** A new tab showing `path` (e.g. `popup.html`, `lookup.html?q=IL-12`) of the extension, fully loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Navigates `page` to `path` of the extension and waits until it has loaded. */
  gotoExtensionPage(page: Page, path: string): Promise<void>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

// 127.0.0.1, and CROSS_SITE_HOST, which resolves to it.
const ALLOWED = new RegExp(
  `^(http://(127\\.0\\.0\\.1|${CROSS_SITE_HOST.replaceAll('.', '\\.')})[:/]|moz-extension:|data:|blob:|about:)`,
);
/** Hosts Firefox itself calls (remote settings, telemetry, push, captive portal, updates, add-ons). */
const FIREFOX_SERVICES =
  /^(?:CONNECT |https?:\/\/)?(?:[\w-]+\.)*(?:mozilla\.(?:com|org|net)|firefox\.com|mozaws\.net)(?:[:/]|$)/;

/**
 * A proxy on 127.0.0.1 that refuses everything and records what was asked of it. All of Firefox's traffic except
 * to 127.0.0.1 goes through it, so nothing leaves the machine, even from contexts request interception cannot see.
 */
async function startRefusingProxy(seen: string[]): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the test harness');
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function firefoxPrefs(proxyPort: number, grantHostPermissions: boolean): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }),
    // MV3 host permissions (content-script matches included) are optional in Firefox. On install they are granted
    // only while this pref is true, as it is by default; with false the content script does not run at all
    // (docs/browser-quirks.md#firefox-mv3-host-access-is-the-users).
    'extensions.originControls.grantByDefault': grantHostPermissions,
    // Print console messages of web pages and extension contexts on stdout ("console.error: …").
    'devtools.console.stdout.content': true,
    // Everything but 127.0.0.1 goes to the refusing proxy.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': `127.0.0.1, ${CROSS_SITE_HOST}`,
    // Another site on the fixture servers (server.ts): that one name, resolved to the loopback address.
    'network.dns.localDomains': CROSS_SITE_HOST,
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.socks_remote_dns': true,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'dom.push.connection.enabled': false,
    'toolkit.telemetry.enabled': false,
    'datareporting.usage.uploadEnabled': false,
    'browser.region.network.url': '',
    'extensions.systemAddon.update.enabled': false,
    'extensions.getAddons.showPane': false,
  };
}

function readLines(stream: Readable | null | undefined, onLine: (line: string) => void): void {
  if (stream) createInterface({ input: stream }).on('line', onLine);
}

/**
 * Debian's Firefox ESR, headless over WebDriver BiDi, with the built extension installed as a temporary add-on and
 * every outside request refused.
 */
export async function launchFirefox(
  options: {
    profileDir?: string;
    grantHostPermissions?: boolean;
    prefs?: Record<string, unknown>;
    build?: string;
  } = {},
): Promise<FirefoxExtensionBrowser> {
  const build = options.build ?? FIREFOX_BUILD;
  if (!existsSync(join(build, 'manifest.json'))) {
    throw new Error(
      `No Firefox build in ${build}: run \`npm run build:e2e\` (or \`npm run build:firefox\`) first`,
    );
  }
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'immunolens-firefox-'));
  const proxiedRequests: string[] = [];
  const proxy = await startRefusingProxy(proxiedRequests);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profileDir,
      // WebDriver BiDi refuses to navigate to moz-extension:// URLs without this flag
      // (docs/browser-quirks.md#bidi-extension-page-load-events).
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        ...firefoxPrefs(proxy.port, options.grantHostPermissions ?? true),
        ...options.prefs,
      },
    });
  } catch (error) {
    await proxy.close();
    if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }

  const errors: string[] = [];
  const output: string[] = [];
  const child = browser.process();
  readLines(child?.stdout, (line) => {
    output.push(line);
    // Firefox's own experiments loader (Nimbus, "RSLoader") logs one when it cannot reach remote settings, which
    // no pref turns off in ESR 153: docs/browser-quirks.md#firefox-nimbus-loader-console-error
    if (line.startsWith('console.error: ') && !line.startsWith('console.error: RSLoader: '))
      errors.push(`firefox: ${line}`);
  });
  readLines(child?.stderr, (line) => {
    output.push(line);
    if (line.startsWith('JavaScript error: moz-extension://')) errors.push(`firefox: ${line}`);
  });

  const blockedRequests: string[] = [];
  const onRequest = (request: HTTPRequest) => {
    // Puppeteer reports an iframe's navigation twice, the second time on a page object of its own that has no
    // interception: that copy is not to be resolved (the first was), and trying throws
    // (docs/browser-quirks.md#puppeteer-iframe-navigation-reported-twice).
    if (request.interceptResolutionState().action === 'disabled') return;
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    // A request may be gone by the time it is resolved, when its page closed or navigated: nothing to do then.
    const gone = () => undefined;
    if (ALLOWED.test(url)) return void request.continue().catch(gone);
    blockedRequests.push(url);
    return void request.abort('blockedbyclient').catch(gone);
  };
  // Each page is prepared once, whether the harness or the extension (e.g. by opening a tab) created it.
  const prepared = new WeakMap<Page, Promise<void>>();
  const prepare = (page: Page): Promise<void> => {
    let ready = prepared.get(page);
    if (!ready) {
      page.on('request', onRequest);
      page.on('pageerror', (e) =>
        errors.push(`${page.url()}: ${e instanceof Error ? e.message : String(e)}`),
      );
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`${page.url()}: console: ${m.text()}`);
      });
      ready = page.setRequestInterception(true);
      prepared.set(page, ready);
    }
    return ready;
  };
  browser.on('targetcreated', (target) => {
    // A tab closed at once rejects here; the harness has nothing to watch in it then.
    target
      .page()
      .then((page) => page && prepare(page))
      .catch(() => undefined);
  });

  let extensionId: string;
  try {
    extensionId = await browser.installExtension(build);
  } catch (error) {
    await browser.close();
    await proxy.close();
    if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }

  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage();
    await prepare(page);
    return page;
  };

  /**
   * Firefox's BiDi leaves extension pages out of its events (bug 1755014): the navigation starts and commits but
   * puppeteer never hears of its load. So start it, then watch the document until it has loaded.
   * See docs/browser-quirks.md#bidi-extension-page-load-events
   */
  const gotoExtensionPage = async (page: Page, path: string, timeout = 15_000): Promise<void> => {
    const url = new URL(path, `${EXTENSION_ORIGIN}/`).href;
    const stop = new AbortController();
    let failure: unknown = null;
    const navigation = page.goto(url, { signal: stop.signal }).catch((error: unknown) => {
      if (!stop.signal.aborted) failure = error;
    });
    const deadline = Date.now() + timeout;
    try {
      for (;;) {
        if (failure) throw failure;
        const state = await page
          .evaluate(() => [location.href, document.readyState] as const)
          .catch(() => null);
        if (state?.[0] === url && state[1] === 'complete') return;
        if (Date.now() > deadline) throw new Error(`${url} did not load within ${timeout} ms`);
        await new Promise((ok) => setTimeout(ok, 50));
      }
    } finally {
      stop.abort();
      await navigation;
    }
  };

  return {
    browser,
    extensionId,
    origin: EXTENSION_ORIGIN,
    profileDir,
    blockedRequests,
    proxiedRequests,
    outsideRequests: () => proxiedRequests.filter((r) => !FIREFOX_SERVICES.test(r)),
    errors,
    output,
    newPage,
    prepare,
    gotoExtensionPage: (page, path) => gotoExtensionPage(page, path),
    async openExtensionPage(path) {
      const page = await newPage();
      await gotoExtensionPage(page, path);
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await browser.close();
      await proxy.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
