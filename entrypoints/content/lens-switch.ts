import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '@/utils/settings/settings';
import type { LazyInstance } from './module-loader';

export interface LensControl {
  /** The stored settings value (raw, any shape): the lens turns on or off by it (utils/lens/lens-state.ts). */
  follow(stored: unknown): void;
}

/** Whether a stored settings value uses the lens anywhere: only then is the lens loaded to decide for this site. */
function mayUseLens(stored: unknown): boolean {
  const s = stored as { highlightTerms?: unknown; lensOnSites?: unknown[] } | null | undefined;
  return s?.highlightTerms === true || (Array.isArray(s?.lensOnSites) && s.lensOnSites.length > 0);
}

/**
 * Part of content.js, in top frames only: one storage read of the raw settings value, and a storage listener.
 * Unless some setting turns the lens on (it is off by default), that is all: the lens module, which decides for
 * this site and follows later changes, loads only when it may be needed.
 */
export function watchLens(lens: LazyInstance<LensControl>): void {
  const follow = (stored: unknown) => {
    if (lens.current() || mayUseLens(stored)) lens.load().then((l) => l.follow(stored), console.debug);
  };
  void browser.storage.local.get(SETTINGS_KEY).then((items) => follow(items[SETTINGS_KEY]));
  browser.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) follow(changes[SETTINGS_KEY]!.newValue);
  });
}
