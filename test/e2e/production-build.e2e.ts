/**
 * The build that ships, not the e2e build the other files load (docs/architecture.md#test-build): its bubble's
 * shadow root is closed and its worker has no test hook, and the bubble still shows beside a selection in both
 * browsers. `npm run test:e2e` makes both builds before the tests run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bubbleSeenByPage, placement } from './harness/bubble';
import { CHROME_BUILD, CHROME_PRODUCTION_BUILD } from './harness/chromium';
import { launchChromiumDriver, type ChromiumPageDriver } from './harness/chromium-driver';
import { dragSelect, selectionBox, type BrowserDriver, type PageDriver } from './harness/driver';
import { FIREFOX_BUILD, FIREFOX_PRODUCTION_BUILD } from './harness/firefox';
import { launchFirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox, itLoggedNoErrorAndStayedLocal, useBrowser } from './harness/use-browser';

const read = (build: string, file: string) => readFileSync(join(build, file), 'utf8');
const ATTACH = /attachShadow\(\{mode:[`"'](\w+)[`"']\}\)/g;
const shadowModes = (build: string) =>
  [...read(build, 'content-scripts/bubble.js').matchAll(ATTACH)].map((m) => m[1]);
/** The hook's object keys survive minification: `{immunolens:{handleContextMenuClick:…,handleCommand:…}}`. */
const hasWorkerHook = (build: string) =>
  /immunolens:\{handleContextMenuClick:/.test(read(build, 'background.js'));

describe('the shipped files', () => {
  it.each([
    ['Chromium', CHROME_PRODUCTION_BUILD, CHROME_BUILD],
    ['Firefox', FIREFOX_PRODUCTION_BUILD, FIREFOX_BUILD],
  ])(
    '%s: the production build closes the shadow root and has no worker hook; the e2e build differs',
    (_, prod, e2e) => {
      expect(shadowModes(prod)).toEqual(['closed']);
      expect(hasWorkerHook(prod)).toBe(false);
      expect(shadowModes(e2e)).toEqual(['open']);
      expect(hasWorkerHook(e2e)).toBe(true);
    },
  );
});

/** The bubble as the page sees it: a host it can hit, beside the selection, but not open. */
function describeProductionBubble<B extends BrowserDriver>(
  launch: () => Promise<B>,
  more?: (env: { readonly browser: B; readonly server: { origin: string } }) => void,
): void {
  const env = useBrowser(launch);
  let page: PageDriver;
  beforeEach(async () => {
    page = await env.browser.newPage();
  });
  afterEach(async () => {
    await page.close();
  });

  it('shows the bubble beside a selection, painted, with a shadow root the page reads as null', async () => {
    await page.goto(`${env.server.origin}/article.html`);
    await dragSelect(page, '#il12');
    await expect
      .poll(async () => (await bubbleSeenByPage(page))?.hits ?? 0, { timeout: 5_000 })
      .toBeGreaterThan(200);
    const seen = (await bubbleSeenByPage(page))!;
    expect(seen.shadowRootIsNull).toBe(true);
    // A real bubble's size, below the selection as in bubble.e2e.ts (6 px gap); the 10-pixel grid makes it coarse.
    expect(seen.box!.width).toBeGreaterThan(250);
    expect(seen.box!.height).toBeGreaterThan(100);
    const where = placement(seen.box!, await selectionBox(page));
    expect(where.side).toBe('below');
    expect(where.gap).toBeGreaterThanOrEqual(0);
    expect(where.gap).toBeLessThanOrEqual(6 + 10);
  });

  more?.(env);
  itLoggedNoErrorAndStayedLocal(env);
}

interface DomNode {
  nodeName: string;
  nodeValue?: string;
  shadowRootType?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}
const kids = (node: DomNode) => [...(node.shadowRoots ?? []), ...(node.children ?? [])];
const textOf = (node: DomNode): string => (node.nodeValue ?? '') + kids(node).map(textOf).join('');
/** The text of every <h2> under a closed shadow root in a DOM.getDocument tree. */
function headingsInClosedRoots(node: DomNode, inClosed = false): string[] {
  const here = inClosed || node.shadowRootType === 'closed';
  if (here && node.nodeName === 'H2') return [textOf(node)];
  return kids(node).flatMap((child) => headingsInClosedRoots(child, here));
}

describe('the production build in Chromium', () => {
  describeProductionBubble(
    () => launchChromiumDriver({ build: CHROME_PRODUCTION_BUILD }),
    (env) => {
      it('holds the entry in a closed shadow root (the debugging protocol pierces it) and has no worker hook', async () => {
        const page = (await env.browser.newPage()) as ChromiumPageDriver;
        try {
          await page.goto(`${env.server.origin}/article.html`);
          await dragSelect(page, '#il12');
          const cdp = await page.playwright.context().newCDPSession(page.playwright);
          await expect
            .poll(async () => {
              const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
                root: DomNode;
              };
              return headingsInClosedRoots(root);
            })
            .toEqual(['Interleukin-12']);
          const worker = await env.browser.chromium.serviceWorker();
          expect(await worker.evaluate(() => typeof (self as { immunolens?: unknown }).immunolens)).toBe(
            'undefined',
          );
        } finally {
          await page.close();
        }
      });
    },
  );
});

describeInFirefox('the production build in Firefox', () => {
  describeProductionBubble(() => launchFirefoxDriver({ build: FIREFOX_PRODUCTION_BUILD }));
});
