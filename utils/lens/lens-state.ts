/**
 * Where the lens is on. Every tab's top frame asks this on load, before anything else of the lens is loaded, so
 * it reads the stored settings value directly and only the four fields it needs: the full sanitizer
 * (utils/settings/sanitize.ts) would put every setting's rules into content.js. Anything not as written (missing,
 * corrupt, from another version) reads as "off": the lens is opt-in.
 */
import { toggleSite } from '../settings/sites';
import type { Settings } from '../settings/settings';

type LensFields = Pick<Settings, 'highlightTerms' | 'lensOnSites' | 'lensOffSites' | 'disabledSites'>;

/**
 * Whether `host` is in the list (or a sub-domain of an entry in it). The same rule as isSiteDisabled
 * (utils/settings/sites.ts), for stored lists, which the settings' writer has already normalised: a location's
 * host name needs only its case and `www.` taken off, and the whole of normalizeSite stays out of content.js.
 */
function listed(host: string, list: unknown): boolean {
  return Array.isArray(list) && list.some((site) => host === site || host.endsWith('.' + String(site)));
}

/** Whether the lens is on for `hostname` by the stored settings value (of any shape). */
export function lensOnFor(stored: unknown, hostname: string): boolean {
  if (typeof stored !== 'object' || stored === null) return false;
  const s = stored as Record<string, unknown>;
  const host = hostname.toLowerCase().replace(/^www\./, '');
  // ImmunoLens switched off on this site switches its lens off too.
  if (listed(host, s.disabledSites)) return false;
  return s.highlightTerms === true ? !listed(host, s.lensOffSites) : listed(host, s.lensOnSites);
}

/**
 * The settings change that turns the lens on or off for `hostname` (the popup's switch): an exception in the
 * list that runs against the global option, removed again when the site goes back to the global choice.
 */
export function lensSiteChange(
  settings: LensFields,
  hostname: string,
  on: boolean,
): Pick<Settings, 'lensOnSites' | 'lensOffSites'> {
  const offSites = toggleSite(settings.lensOffSites, hostname, settings.highlightTerms && !on);
  const onSites = toggleSite(settings.lensOnSites, hostname, !settings.highlightTerms && on);
  return { lensOnSites: onSites, lensOffSites: offSites };
}
