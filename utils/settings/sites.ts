import { MAX_DISABLED_SITES } from '../limits';

/** Per-site switches work on host names: `www.example.org`, typed or pasted as a URL, is `example.org`. */
export function normalizeSite(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (text === '' || text.length > 253) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    try {
      text = new URL(text).hostname;
    } catch {
      return null;
    }
  }
  text = text
    .replace(/\/.*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  // Host names, IPv4 addresses and localhost; no spaces, no wildcards, no paths.
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(text) && !/^\[[0-9a-f:]+\]$/.test(text)) return null;
  return text;
}

/** Whether `hostname` is one of `sites` or a sub-domain of one. */
export function isSiteDisabled(hostname: string, sites: readonly string[]): boolean {
  const host = normalizeSite(hostname);
  if (!host) return false;
  return sites.some((site) => host === site || host.endsWith('.' + site));
}

/**
 * The list with `hostname` switched off, or on. Switching a host on removes every entry that covers it, its parent
 * domains too (there are no exceptions): otherwise the popup's switch on `news.example.org` could not turn back on
 * while `example.org` is off.
 */
export function toggleSite(sites: readonly string[], hostname: string, disabled: boolean): string[] {
  const host = normalizeSite(hostname);
  if (!host) return [...sites];
  if (disabled) return [...sites.filter((s) => s !== host), host];
  return sites.filter((site) => !isSiteDisabled(host, [site]));
}

/** What adding a typed site to the disabled list gives: the new list, or why it was not added. */
export type AddSiteResult = { sites: string[] } | { error: string };

/**
 * The list with the site `input` names added (unchanged when it is already there), or a message for the reader:
 * the input is no site name, or the list is full. Saving a full list would drop the new site silently (the
 * sanitizer keeps the first MAX_DISABLED_SITES), so the form says so instead.
 */
export function addSite(sites: readonly string[], input: string, max = MAX_DISABLED_SITES): AddSiteResult {
  const site = normalizeSite(input);
  if (!site) return { error: `“${input.trim()}” is not a site name such as example.org.` };
  if (sites.includes(site)) return { sites: [...sites] };
  if (sites.length >= max)
    return {
      error: `The list is full: ImmunoLens keeps at most ${max} sites. Remove one before adding ${site}.`,
    };
  return { sites: [...sites, site] };
}

/** What the popup's per-site switches say when a list has no room left for `site` (`what`: how to change it). */
export const siteListFull = (site: string, what: string, max = MAX_DISABLED_SITES) =>
  `The list is full: ImmunoLens keeps at most ${max} sites. ${what} before changing ${site}.`;

/**
 * The list with `hostname` switched off or on (toggleSite), or a message where switching it off would need a
 * place beyond `max`: the settings' writer keeps only the first `max` sites, so the list would drop it silently.
 * Switching on only removes entries, so it always succeeds.
 */
export function switchSite(
  sites: readonly string[],
  hostname: string,
  disabled: boolean,
  max = MAX_DISABLED_SITES,
): AddSiteResult {
  const next = toggleSite(sites, hostname, disabled);
  if (next.length > max && next.length > sites.length)
    return { error: siteListFull(normalizeSite(hostname) ?? hostname, 'Remove one in Options', max) };
  return { sites: next };
}
