/**
 * Why a tab's page could not answer the side panel: a page no extension may read (the browser's own pages, its
 * add-on stores, other extensions' pages), or a web page that was open before ImmunoLens was installed or updated
 * and has no content script until it reloads; or either, when the browser hides the tab's URL (Chrome shows it
 * only to extensions with the "tabs" permission, which ImmunoLens does not ask for).
 */
export type NoAnswer = 'unreadable' | 'reload' | 'unknown';

/** Hosts where the browsers run no extension's content scripts. */
const STORES =
  /^(chromewebstore\.google\.com|chrome\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com)$/;

export function whyNoAnswer(url: string | undefined): NoAnswer {
  if (!url) return 'unknown';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unreadable';
  }
  if (parsed.protocol === 'file:') return 'reload';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'unreadable';
  return STORES.test(parsed.hostname) ? 'unreadable' : 'reload';
}
