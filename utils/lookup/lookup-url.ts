import type { OpenLookupRequest } from '../messages';

/** Path of the full lookup page with a query or a deep link to an entry (`#term/ID`, `#qa/ID`). */
export function lookupPath(target: OpenLookupRequest['target']): string {
  if (target.kind === 'query') return `/lookup.html?q=${encodeURIComponent(target.text)}`;
  return `/lookup.html#${target.kind}/${encodeURIComponent(target.id)}`;
}

export function lookupPageUrl(target: OpenLookupRequest['target']): string {
  return browser.runtime.getURL(lookupPath(target) as '/lookup.html');
}
