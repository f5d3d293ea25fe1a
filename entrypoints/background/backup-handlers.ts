import { readBackupJson, mergeHistory, toBackupJson } from '@/utils/export/backup';
import { datedFileName } from '@/utils/export/term-text';
import { changeHistory, clearHistory, readHistory } from '@/utils/history/history-item';
import { MAX_STUDY_ENTRIES } from '@/utils/limits';
import type { BackupFromExtensionPage } from '@/utils/messages/backup';
import type { Handlers } from '@/utils/messages/transport';
import { readSettings, updateSettings } from '@/utils/settings/settings-item';
import { hasPermission as mayRedirectPdfs } from './pdf-redirect';
import { studyStore } from './study-handlers';

const NOT_STORED =
  'The backup could not be stored (the browser refused to write it; its storage may be full). Nothing was changed.';

/**
 * Backup and restore of everything the reader made. A restore checks the whole file first (readBackupJson), then
 * writes the study list (one IndexedDB transaction), the settings and the recent lookups; when a later write fails
 * the earlier ones are undone, so a restore changes everything or nothing.
 */
export const backupHandlers: Handlers<BackupFromExtensionPage> = {
  async exportBackup() {
    const now = Date.now();
    const [settings, study, history] = await Promise.all([
      readSettings(),
      studyStore().then((s) => s.list()),
      readHistory(),
    ]);
    return {
      text: toBackupJson({ settings, study, history }, now),
      fileName: datedFileName('backup', 'json', now),
      entries: study.length,
      lookups: history.length,
    };
  },

  async restoreBackup({ text }) {
    const read = readBackupJson(text);
    if (!read.ok) return read;
    const { study, history } = read.backup;
    let settings = read.backup.settings;
    const notes = [...read.notes];
    // A permission is granted to one browser profile, not carried by a file: the option waits until it is asked.
    if (settings.openPdfsInReader && !(await mayRedirectPdfs())) {
      settings = { ...settings, openPdfsInReader: false };
      notes.push(
        '“Open PDFs in the ImmunoLens reader” stays off until you turn it on here, which asks for its permission.',
      );
    }
    const store = await studyStore();
    const [studyBefore, settingsBefore] = await Promise.all([store.list(), readSettings()]);
    let merged;
    try {
      merged = await store.merge(study, MAX_STUDY_ENTRIES);
    } catch {
      return { ok: false, message: NOT_STORED };
    }
    if (!merged.fits)
      return {
        ok: false,
        message: `With this backup the study list would hold more than ${MAX_STUDY_ENTRIES} entries. Nothing was changed.`,
      };
    try {
      await updateSettings(settings);
      // Recent lookups follow the restored history setting: off means none are kept (as turning it off clears them).
      if (settings.history) await changeHistory((current) => mergeHistory(current, history));
      else await clearHistory();
    } catch {
      await Promise.allSettled([store.replaceAll(studyBefore), updateSettings(settingsBefore)]);
      return { ok: false, message: NOT_STORED };
    }
    return {
      ok: true,
      added: merged.added,
      updated: merged.updated,
      lookups: settings.history ? history.length : 0,
      notes,
    };
  },
};
