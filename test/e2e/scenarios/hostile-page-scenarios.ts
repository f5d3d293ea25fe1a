/**
 * Pages that try to drive or read the extension, and pages with the strictest content security policy: the same
 * scenarios in every browser (hostile-page.e2e.ts, firefox-hostile-page.e2e.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bubbleStyle, expectHeadings, expectNoBubble } from '../harness/bubble';
import { dragSelect, type BrowserDriver, type PageDriver } from '../harness/driver';
import { useBrowser } from '../harness/use-browser';

export function describeHostilePageScenarios(launch: () => Promise<BrowserDriver>): void {
  const env = useBrowser(launch);
  let page: PageDriver;
  beforeEach(async () => {
    page = await env.browser.newPage();
  });
  afterEach(async () => {
    await page.close();
  });
  const open = (path: string) => page.goto(`${env.server.origin}${path}`);

  describe('a page script', () => {
    it.each(['mouseup', 'dblclick', 'alt'])(
      'that selects "IL-12" and dispatches a fake %s gets no bubble',
      async (kind) => {
        await open('/hostile-script.html');
        await page.evaluate(
          (k) => (window as unknown as { fakeGesture(k: string): void }).fakeGesture(k),
          kind,
        );
        await expectNoBubble(page);
      },
    );

    it('cannot break the bubble with a custom element, nor read its theme or size from its host', async () => {
      await open('/hostile-script.html');
      await dragSelect(page, '#il12');
      await expectHeadings(page, ['Interleukin-12']);
      const host = await page.evaluate(() => {
        const div = [...document.documentElement.children].find((e) => e.localName === 'div')!;
        return { attributes: div.getAttributeNames(), style: div.getAttribute('style') ?? '' };
      }, null);
      // No attribute at all: its box is pinned by a :host rule inside the shadow root (shadow-host.ts).
      expect(host.attributes).toEqual([]);
      expect(host.style).not.toMatch(/font-size|theme/);
    });

    it('hears no start-up event or message from the extension', async () => {
      await open('/hostile-script.html');
      await dragSelect(page, '#il12');
      await expectHeadings(page, ['Interleukin-12']);
      expect(await page.evaluate(() => (window as unknown as { seen: unknown }).seen, null)).toEqual({
        startEvents: [],
        messages: [],
      });
    });
  });

  it("shows a styled bubble on a page served with Content-Security-Policy: default-src 'none'", async () => {
    await open('/strict-csp.html');
    await dragSelect(page, '#il12');
    await expectHeadings(page, ['Interleukin-12']);
    expect(await bubbleStyle(page)).toEqual({ theme: expect.stringMatching(/light|dark/), fontSize: 14 });
    // The bubble's own stylesheet applied: a bordered, padded panel, not unstyled text.
    const look = await page.evaluate(() => {
      const host = [...document.documentElement.children].find((e) => e.localName === 'div')!;
      const s = getComputedStyle(host.shadowRoot!.querySelector('.bubble')!);
      return { padding: s.paddingTop, radius: s.borderTopLeftRadius };
    }, null);
    expect(look).toEqual({ padding: '12px', radius: '10px' });
  });

  it('logs no error of its own and makes no request outside 127.0.0.1', () => {
    // Firefox reports the strict page blocking its own favicon: the page's policy at work, not ours. It names the
    // strict page or, once the tab has moved on, about:blank as the source.
    const pageOwn = (error: string) =>
      /^(\S*strict-csp\.html|about:blank): .*favicon\.ico because it violates .*default-src 'none'/.test(
        error,
      );
    expect(env.browser.errors().filter((error) => !pageOwn(error))).toEqual([]);
    expect(env.browser.blockedRequests()).toEqual([]);
  });
}
