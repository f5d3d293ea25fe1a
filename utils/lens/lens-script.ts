/**
 * Where the lens's start script runs: the background registers `lens-start.js` (scripting.registerContentScripts)
 * for the pages the settings may turn the lens on for, and for none while it is off everywhere (the default). So a
 * tab where the lens is off pays nothing for it: no storage read, no listener, no module (issue #16: "with the lens
 * off, the content script's cost is unchanged").
 *
 * The patterns may take in more than the lens is on for, never less: the lens module decides again for the exact
 * host (lens-state.ts, `lensOnFor`) once it is loaded. A site no match pattern can name (an IPv6 address) widens
 * the patterns rather than lose the site.
 */
import type { Settings } from '../settings/settings';

export interface LensScriptMatches {
  matches: string[];
  excludeMatches: string[];
}

/** Match patterns for a stored site entry and its sub-domains, or null when no pattern names it. */
export function sitePatterns(site: unknown): string[] | null {
  if (typeof site !== 'string') return null;
  // An IPv4 address has no sub-domains; "*." before it would not be one.
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(site)) return [`*://${site}/*`];
  // "*.example.org" takes in example.org itself (Chrome and Firefox match patterns).
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(site)) return [`*://*.${site}/*`];
  return null;
}

const ALL = ['<all_urls>'];

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Patterns for every entry of `list`; `complete` is false when an entry had none. */
function patternsOf(list: unknown): { patterns: string[]; complete: boolean } {
  const patterns: string[] = [];
  let complete = true;
  for (const site of listOf(list)) {
    const mine = sitePatterns(site);
    if (mine) patterns.push(...mine);
    else complete = false;
  }
  return { patterns: [...new Set(patterns)], complete };
}

/**
 * The pages the lens's start script is registered for, by the stored settings value (of any shape: anything not as
 * written reads as off), or null for none.
 */
export function lensScriptMatches(stored: unknown): LensScriptMatches | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const s = stored as Partial<Record<keyof Settings, unknown>>;
  // Sites where ImmunoLens, or its lens, is off. Leaving one out only costs that site a look by the lens module.
  const disabled = patternsOf(s.disabledSites).patterns;
  if (s.highlightTerms === true)
    return {
      matches: ALL,
      excludeMatches: [...new Set([...disabled, ...patternsOf(s.lensOffSites).patterns])],
    };
  const on = patternsOf(s.lensOnSites);
  if (listOf(s.lensOnSites).length === 0) return null;
  return { matches: on.complete ? on.patterns : ALL, excludeMatches: disabled };
}
