import { browser } from 'wxt/browser';
import { sanitizeSettings } from '@/utils/settings/sanitize';
import { SETTINGS_KEY, type Settings } from '@/utils/settings/settings';

// The content script reads settings straight from storage.local rather than through WXT's storage items: that
// library (with its versioning and locks) would be a quarter of a script parsed in every tab. Writing, and
// migrating old versions, happens in the extension's own pages and background, which use the storage item.

async function readContentSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return sanitizeSettings(stored[SETTINGS_KEY]).settings;
  } catch {
    return sanitizeSettings(undefined).settings;
  }
}

/**
 * The settings as this frame needs them: read on the first selection (until then the script only listens), then
 * kept current; `onChange` hears each change after that.
 */
export function contentSettings(onChange: (settings: Settings) => void): () => Promise<Settings> {
  let settings: Promise<Settings> | null = null;
  return () => {
    settings ??= readContentSettings().then((first) => {
      let current = first;
      browser.storage.onChanged.addListener(
        (changes: Record<string, { newValue?: unknown }>, area: string) => {
          if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
          current = sanitizeSettings(changes[SETTINGS_KEY]!.newValue).settings;
          settings = Promise.resolve(current);
          onChange(current);
        },
      );
      return current;
    });
    return settings;
  };
}
