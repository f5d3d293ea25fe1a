/**
 * Backup messages: settings, the study list and recent lookups as one file, and that file read back. Only the
 * extension's own pages may send them (a content script never sees the list or the settings as a whole).
 */
import { MAX_IMPORT_CHARS } from '../limits';
import { fieldsOf, isText } from './parse';

export interface BackupFile {
  /** The backup's JSON text. */
  text: string;
  /** A dated name to download it under (`immunolens-backup-2026-12-01.json`). */
  fileName: string;
  /** What it holds, for the page to say. */
  entries: number;
  lookups: number;
}

export type RestoreReply =
  | { ok: true; added: number; updated: number; lookups: number; notes: string[] }
  | { ok: false; message: string };

/** Extension page → background only. */
export interface BackupFromExtensionPage {
  exportBackup: [Record<string, never>, BackupFile];
  /** A backup file's text: restored whole, or refused whole with nothing changed. */
  restoreBackup: [{ text: string }, RestoreReply];
}

export const BACKUP_FROM_EXTENSION_PAGE = {
  exportBackup: (value: unknown) => (fieldsOf(value) ? {} : null),
  restoreBackup: (value: unknown) => {
    // A larger file is refused by the page before it is sent (readBackupJson says how large it was).
    const text = fieldsOf(value)?.text;
    return isText(text, MAX_IMPORT_CHARS) ? { text } : null;
  },
};

export const BACKUP_EXTENSION_PAGE_ONLY = Object.keys(
  BACKUP_FROM_EXTENSION_PAGE,
) as (keyof BackupFromExtensionPage)[];
