import type { FullViewTarget } from '../messages/to-background';

/** Path of the full view page with a query or a deep link to an entry (`#term/ID`, `#qa/ID`). */
function fullViewPath(target: FullViewTarget): string {
  if (target.kind === 'query') return `/lookup.html?q=${encodeURIComponent(target.text)}`;
  return `/lookup.html#${target.kind}/${encodeURIComponent(target.id)}`;
}

export function fullViewUrl(target: FullViewTarget): string {
  return browser.runtime.getURL(fullViewPath(target) as '/lookup.html');
}
