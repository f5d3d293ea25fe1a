import { storage } from 'wxt/utils/storage';
import { serialQueue } from '../storage/serial-queue';
import { sanitizeSettings } from './sanitize';
import { defaultSettings, SETTINGS_KEY, type Settings } from './settings';

/** Settings in extension storage. Every reader goes through `readSettings`, so a bad value never reaches the UI. */
export const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: null,
  version: 1,
});

let warned = false;
function validate(stored: unknown): Settings {
  const { settings, problems } = sanitizeSettings(stored);
  if (problems.length > 0 && !warned) {
    warned = true;
    console.warn(
      'ImmunoLens: stored settings were partly invalid and fell back to defaults:',
      problems.join('; '),
    );
  }
  return settings;
}

export async function readSettings(): Promise<Settings> {
  try {
    return validate(await settingsItem.getValue());
  } catch (error) {
    console.warn('ImmunoLens: could not read settings, using defaults.', error);
    return defaultSettings();
  }
}

/** Changes one after another, each on a fresh read; only the background writes (extension pages ask it). */
const settingsWrites = serialQueue();

export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  return settingsWrites(async () => {
    const next = { ...(await readSettings()), ...change };
    await settingsItem.setValue(next);
    return next;
  });
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(validate(value)));
}
