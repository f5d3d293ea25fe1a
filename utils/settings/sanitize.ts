import { MAX_DISABLED_SITES } from '../limits';
import {
  DEFAULT_SETTINGS,
  defaultSettings,
  FONT_SIZES,
  THEMES,
  TRIGGER_MODES,
  type Settings,
} from './settings';
import { normalizeSite } from './sites';

export interface Sanitized {
  settings: Settings;
  /** The fields whose stored values were invalid ("settings" when the whole value was), for one logged warning. */
  problems: string[];
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/**
 * Turns whatever is stored (valid, partial, corrupt, from a newer or older version) into valid settings:
 * each field that is fine is kept, each field that is not falls back to its default.
 */
export function sanitizeSettings(stored: unknown): Sanitized {
  const problems: string[] = [];
  if (stored === null || stored === undefined) return { settings: defaultSettings(), problems };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { settings: defaultSettings(), problems: ['settings'] };
  }
  const s = stored as Record<string, unknown>;
  const pick = <K extends keyof Settings>(key: K, ok: (v: unknown) => v is Settings[K]): Settings[K] => {
    if (s[key] === undefined) return DEFAULT_SETTINGS[key] as Settings[K];
    if (ok(s[key])) return s[key];
    problems.push(key);
    return DEFAULT_SETTINGS[key] as Settings[K];
  };
  const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
  const isFont = (v: unknown): v is number =>
    typeof v === 'number' && (FONT_SIZES as readonly number[]).includes(v);

  const siteList = (key: 'disabledSites' | 'lensOnSites' | 'lensOffSites'): string[] => {
    const value = s[key];
    if (Array.isArray(value)) {
      const sites = value.flatMap((v) => {
        const site = typeof v === 'string' ? normalizeSite(v) : null;
        return site ? [site] : [];
      });
      if (sites.length !== value.length) problems.push(`${key} had entries that are not sites`);
      return [...new Set(sites)].slice(0, MAX_DISABLED_SITES);
    }
    if (value !== undefined) problems.push(key);
    return [];
  };
  const disabledSites = siteList('disabledSites');

  return {
    settings: {
      trigger: pick('trigger', (v): v is Settings['trigger'] => oneOf(TRIGGER_MODES, v)),
      disabledSites,
      theme: pick('theme', (v): v is Settings['theme'] => oneOf(THEMES, v)),
      fontSize: pick('fontSize', isFont),
      history: pick('history', isBool),
      editableFields: pick('editableFields', isBool),
      openPdfsInReader: pick('openPdfsInReader', isBool),
      highlightTerms: pick('highlightTerms', isBool),
      lensOnSites: siteList('lensOnSites'),
      lensOffSites: siteList('lensOffSites'),
    },
    problems,
  };
}
