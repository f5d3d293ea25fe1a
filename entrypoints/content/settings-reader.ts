import { sanitizeSettings } from '@/utils/settings/sanitize';
import { SETTINGS_KEY, type Settings } from '@/utils/settings/settings';

// The content script reads settings straight from storage.local rather than through WXT's storage items: that
// library (with its versioning and locks) would be a quarter of a script parsed in every tab. Writing, and
// migrating old versions, happens in the extension's own pages and background, which use the storage item.

export async function readContentSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return sanitizeSettings(stored[SETTINGS_KEY]).settings;
  } catch {
    return sanitizeSettings(undefined).settings;
  }
}

export function watchContentSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes)
      onChange(sanitizeSettings(changes[SETTINGS_KEY]!.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
