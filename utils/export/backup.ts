/**
 * One file with everything the reader made: settings, the study list, recent lookups. Import validates the whole
 * file before any of it is used; a newer or damaged file is refused with a message and changes nothing.
 */
import { parseHistory, type HistoryItem } from '../history/history';
import { MAX_HISTORY } from '../limits';
import { sanitizeSettings } from '../settings/sanitize';
import type { Settings } from '../settings/settings';
import type { StudyEntry } from '../study/study-entry';
import { openJsonFile, type Refused } from './json-file';
import { parseEntries } from './study-json';

export const BACKUP_FORMAT = 'immunolens-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  settings: Settings;
  study: StudyEntry[];
  history: HistoryItem[];
}

export function toBackupJson(backup: Backup, now: number): string {
  return (
    JSON.stringify(
      { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), ...backup },
      null,
      2,
    ) + '\n'
  );
}

export type RestoredBackup = { ok: true; backup: Backup; notes: string[] } | Refused;

export function readBackupJson(text: string): RestoredBackup {
  const file = openJsonFile(text, BACKUP_FORMAT, BACKUP_VERSION);
  if (!file.ok) return file;
  const { settings, study, history } = file.fields;
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings))
    return { ok: false, message: 'The backup has no settings; it may be damaged. Nothing was changed.' };
  const sanitized = sanitizeSettings(settings);
  const entries = parseEntries(study ?? []);
  if (!entries.ok) return entries;
  if (history !== undefined && !Array.isArray(history))
    return { ok: false, message: 'The backup’s recent lookups are damaged. Nothing was changed.' };
  const notes = [...entries.notes];
  if (sanitized.problems.length) notes.push(`Settings reset to default: ${sanitized.problems.join(', ')}.`);
  return {
    ok: true,
    backup: { settings: sanitized.settings, study: entries.entries, history: parseHistory(history ?? []) },
    notes,
  };
}

/**
 * Recent lookups after a restore: both lists, each entry or question once at its latest time, newest first,
 * capped as the list always is. A lookup made on this device since the backup is kept.
 */
export function mergeHistory(
  current: readonly HistoryItem[],
  restored: readonly HistoryItem[],
): HistoryItem[] {
  const latest = new Map<string, HistoryItem>();
  for (const item of [...current, ...restored]) {
    const key = `${item.kind}:${item.id}`;
    const old = latest.get(key);
    if (!old || item.at > old.at) latest.set(key, item);
  }
  return [...latest.values()].sort((a, b) => b.at - a.at).slice(0, MAX_HISTORY);
}
