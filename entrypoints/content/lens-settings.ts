import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '@/utils/settings/settings';

/**
 * Part of lens.js: the raw stored settings value, read once and then on each change, for the lens to decide by
 * (utils/lens/lens-state.ts). content.js reads nothing for the lens: the lens module loads only where the
 * background registered its start script, on the command, or on the background's word (background/lens-script.ts).
 * Resolves once the first value has been followed.
 */
export function watchLensSettings(follow: (stored: unknown) => void): Promise<void> {
  browser.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) follow(changes[SETTINGS_KEY]!.newValue);
  });
  return browser.storage.local.get(SETTINGS_KEY).then(
    (items) => follow(items[SETTINGS_KEY]),
    () => follow(undefined),
  );
}
