import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CROSS_SITE_HOST } from './server';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
/**
 * The build the e2e tests load (`npm run build:e2e`, WXT's mode "e2e"): the bubble's shadow root stays open for the
 * page objects and the worker has its test hook (utils/test-build.ts).
 */
export const CHROME_BUILD = join(root, '.output/chrome-mv3-e2e');
/** The build that ships (`npm run build`); production-build.e2e.ts checks it still works. */
export const CHROME_PRODUCTION_BUILD = join(root, '.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  serviceWorker(): Promise<Worker>;
  /** Requests that left 127.0.0.1 or the extension, which the harness aborted. */
  blockedRequests: string[];
  /** Page errors and console errors seen on any page, with the page's URL. */
  errors: string[];
  newPage(): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * Debian Chromium's flags for these tests: headless as root, and none of its own traffic (this machine has no
 * network, and refused connections only slow it down). With `extension`, that unpacked extension is loaded.
 */
export function chromiumArgs(extension: string | null): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    // Another site on the fixture servers (server.ts): that one name, resolved to 127.0.0.1.
    `--host-resolver-rules=MAP ${CROSS_SITE_HOST} 127.0.0.1`,
    ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
  ];
}

// 127.0.0.1, and CROSS_SITE_HOST, which resolves to it.
const ALLOWED = new RegExp(
  `^(http://(127\\.0\\.0\\.1|${CROSS_SITE_HOST.replaceAll('.', '\\.')})[:/]|chrome-extension:|data:|blob:|about:)`,
);

/**
 * Debian's Chromium, headless, in the profile at `userDataDir`, with `extension` loaded (or none) and every request
 * for anything but 127.0.0.1 and the browser's own schemes aborted and passed to `onBlocked`. The bench launches
 * its comparison browsers with it too.
 */
export async function launchChromiumContext(
  userDataDir: string,
  extension: string | null,
  onBlocked: (url: string) => void = () => undefined,
  extraArgs: string[] = [],
): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...chromiumArgs(extension), ...extraArgs],
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (ALLOWED.test(url)) return route.continue();
    onBlocked(url);
    return route.abort('blockedbyclient');
  });
  return context;
}

/**
 * Loads the unpacked extension at `build`, allowed in incognito windows as the user would allow it in
 * chrome://extensions. Playwright's pipe offers no browser-wide session for a persistent context, so this goes
 * through a second DevTools connection on the port Chromium wrote to the profile; the Extensions domain needs
 * --enable-unsafe-extension-debugging. Disconnects when done; the extension stays loaded.
 */
async function loadAllowedInIncognito(userDataDir: string, build: string): Promise<void> {
  const portFile = join(userDataDir, 'DevToolsActivePort');
  const [port] = readFileSync(portFile, 'utf8').split('\n');
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`, { timeout: 20_000 });
  try {
    const cdp = await browser.newBrowserCDPSession();
    await cdp.send('Extensions.loadUnpacked' as never, { path: build, enableInIncognito: true } as never);
    await cdp.detach();
  } finally {
    await browser.close();
  }
}

/**
 * Allowing an extension in incognito reloads it, so the first service worker may be gone a moment later: waits
 * until one worker answers twice, half a second apart.
 */
async function settledWorker(context: BrowserContext): Promise<void> {
  // A worker stopped by the reload may never answer (the evaluation neither resolves nor rejects: a clean-clone
  // run hung here until the hook's 90 s ran out), so each question gets two seconds.
  const answers = (w: Worker) =>
    Promise.race([
      w.evaluate(() => chrome.extension.isAllowedIncognitoAccess()).catch(() => false),
      new Promise<false>((ok) => setTimeout(() => ok(false), 2_000)),
    ]);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    // The newest: Playwright may still list the worker of the extension as first loaded, gone with its reload.
    const worker = context
      .serviceWorkers()
      .filter((w) => w.url().startsWith('chrome-extension://'))
      .pop();
    if (worker && (await answers(worker))) {
      await new Promise((ok) => setTimeout(ok, 500));
      if (context.serviceWorkers().includes(worker) && (await answers(worker))) return;
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error('the extension allowed in incognito has no service worker that stays');
}

/**
 * Debian's Chromium, headless, with the e2e build (or the unpacked extension at `build`: the production build, or a
 * copy with a test-only manifest change) loaded and every outside request aborted.
 */
export async function launchChromium(
  options: {
    userDataDir?: string;
    build?: string;
    /** Allow the extension in incognito windows (the private-window tests open them from the worker). */
    allowInIncognito?: boolean;
  } = {},
): Promise<ExtensionBrowser> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'immunolens-chromium-'));
  const build = options.build ?? CHROME_BUILD;
  if (!existsSync(join(build, 'manifest.json'))) {
    throw new Error(`No Chromium build in ${build}: run \`npm run build:e2e\` (or \`npm run build\`) first`);
  }
  const blockedRequests: string[] = [];
  const incognito = options.allowInIncognito === true;
  const context = await launchChromiumContext(
    userDataDir,
    incognito ? null : build,
    (url) => blockedRequests.push(url),
    // --disable-extensions-except keeps Playwright from adding --disable-extensions; the extension itself comes
    // from loadAllowedInIncognito.
    incognito
      ? [
          `--disable-extensions-except=${build}`,
          '--enable-unsafe-extension-debugging',
          '--remote-debugging-port=0',
        ]
      : [],
  );
  if (incognito) {
    await loadAllowedInIncognito(userDataDir, build);
    await settledWorker(context);
  }
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: console: ${m.text()}`);
    });
  };
  context.on('page', watch);
  context.pages().forEach(watch);

  const serviceWorker = async (): Promise<Worker> => {
    // The newest, as in settledWorker.
    const existing = context
      .serviceWorkers()
      .filter((w) => w.url().startsWith('chrome-extension://'))
      .pop();
    return existing ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  };
  const worker = await serviceWorker();
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    serviceWorker,
    blockedRequests,
    errors,
    newPage: () => context.newPage(),
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
