/**
 * The lens's polite live region. The lens adds nothing to the page's body, so the region lives in a host of its
 * own appended to <html> (as the bubble's is), with a closed shadow root and a :host rule that keeps it off the
 * screen and out of the page's layout; a page's styles cannot reach into it (decision 0002). It exists only
 * while the lens is on and is removed when it turns off.
 */

import { TEST_BUILD } from '@/utils/test-build';

/** Long enough for the accessibility tree to take in the freshly added (empty) region first. */
const ANNOUNCE_DELAY_MS = 150;

// Constructed sheets: a page served with `style-src 'none'` blocks <style> elements, not adopted sheets.
const HOST_RULES =
  ':host{all:initial!important;display:block!important;position:fixed!important;left:0!important;' +
  'top:0!important;width:1px!important;height:1px!important;overflow:hidden!important;' +
  'clip-path:inset(50%)!important;white-space:nowrap!important;pointer-events:none!important}';

export interface LensAnnouncer {
  /**
   * Adds the (empty) region to the page now, for a later `say` to be heard: the lens does it with its first mark,
   * whose drawing it then shares, so that a page is drawn once for both.
   */
  ready(): void;
  say(text: string): void;
  remove(): void;
}

export function createLensAnnouncer(): LensAnnouncer {
  let host: HTMLElement | null = null;
  let region: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const announcer: LensAnnouncer = {
    ready() {
      if (!host || !region) {
        // A <span>, not the bubble's <div>: a built-in element (a page cannot redefine it) that the bubble's host
        // is never confused with.
        host = document.createElement('span');
        // Open only in the e2e build, for the tests to read (utils/test-build.ts), as the bubble's.
        const root = host.attachShadow({ mode: TEST_BUILD ? 'open' : 'closed' });
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(HOST_RULES);
        root.adoptedStyleSheets = [sheet];
        region = document.createElement('div');
        region.setAttribute('role', 'status');
        region.setAttribute('aria-live', 'polite');
        root.append(region);
      }
      if (!host.isConnected) document.documentElement.append(host);
    },
    say(text) {
      announcer.ready();
      const target = region!;
      target.textContent = '';
      clearTimeout(timer);
      timer = setTimeout(() => (target.textContent = text), ANNOUNCE_DELAY_MS);
    },
    remove() {
      clearTimeout(timer);
      host?.remove();
    },
  };
  return announcer;
}
