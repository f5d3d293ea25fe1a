/**
 * Where the full view page goes for a request from `tab`. From a private tab its target travels through
 * `storage.session` and the URL carries only a one-time token (utils/lookup/hand-over.ts), whichever window the
 * browser opens it in.
 */
import { browser, type Browser } from 'wxt/browser';
import { fullViewUrl } from '@/utils/lookup/full-view-url';
import { handOverKey, handOverPath, staleHandOverKeys } from '@/utils/lookup/hand-over';
import type { FullViewTarget } from '@/utils/messages/to-background';

export async function fullViewUrlFrom(
  target: FullViewTarget,
  tab: Browser.tabs.Tab | undefined,
): Promise<string> {
  if (!tab?.incognito) return fullViewUrl(target);
  const session = browser.storage.session;
  const now = Date.now();
  // Hand-overs whose page never opened (closed at once, blocked) go with the next one.
  const stale = staleHandOverKeys(await session.get(null), now);
  if (stale.length > 0) await session.remove(stale);
  const token = crypto.randomUUID();
  await session.set({ [handOverKey(token)]: { target, at: now } });
  return browser.runtime.getURL(handOverPath(token) as '/lookup.html');
}

/**
 * A new window for a private tab's request is private too where the browser can show the extension's page there:
 * Firefox can (the extension runs in the private window, or the request would not have come), Chrome cannot (an
 * extension in the default "spanning" incognito mode has its pages in the normal profile):
 * docs/browser-quirks.md#private-windows-and-extension-pages.
 */
export function privateWindowOptions(tab: Browser.tabs.Tab | undefined): { incognito?: true } {
  // BROWSER, not FIREFOX: under Vitest the env values are strings, and "false" is truthy.
  return tab?.incognito && import.meta.env.BROWSER === 'firefox' ? { incognito: true } : {};
}
