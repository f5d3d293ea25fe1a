import { useState } from 'preact/hooks';
import { MAX_IMPORT_CHARS } from '@/utils/limits';
import type { RestoreReply } from '@/utils/messages/backup';
import { sendToBackground } from '@/utils/messages/transport';
import { downloadText } from '../download';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function restored(reply: RestoreReply): string {
  if (!reply.ok) return reply.message;
  const list =
    reply.added || reply.updated
      ? `study list: ${reply.added} added, ${reply.updated} updated`
      : 'study list: nothing new';
  return [
    `Restored settings, ${list}, ${plural(reply.lookups, 'recent lookup', 'recent lookups')}.`,
    ...reply.notes,
  ].join(' ');
}

/**
 * "Backup" on the options page: settings, the study list and recent lookups in one dated JSON file, and that file
 * restored. The background does both (it owns the three); a refused file changes nothing and says why.
 */
export function BackupOptions() {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function backUp() {
    setBusy(true);
    try {
      const file = await sendToBackground('exportBackup', {});
      downloadText(file.text, file.fileName, 'application/json');
      setMessage(
        `Saved ${file.fileName}: settings, ${plural(file.entries, 'study entry', 'study entries')}, ${plural(file.lookups, 'recent lookup', 'recent lookups')}.`,
      );
    } catch {
      setMessage('The backup could not be made; try again.');
    } finally {
      setBusy(false);
    }
  }

  async function restore(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      if (file.size > MAX_IMPORT_CHARS)
        setMessage(
          `This file is ${(file.size / 1024 / 1024).toFixed(0)} MB, too large to be an ImmunoLens backup. Nothing was changed.`,
        );
      else setMessage(restored(await sendToBackground('restoreBackup', { text: await file.text() })));
    } catch {
      setMessage('The file could not be read. Nothing was changed.');
    } finally {
      // The same file can be chosen again (after fixing it, or to see that a second restore adds nothing).
      input.value = '';
      setBusy(false);
    }
  }

  return (
    <fieldset class="backup">
      <legend>Backup</legend>
      <p class="muted" id="backup-what">
        One JSON file with your settings, study list and recent lookups. Restoring merges the study list and
        the lookups into what is here and replaces the settings; a file from a newer ImmunoLens, or a damaged
        one, changes nothing.
      </p>
      <p>
        <button type="button" disabled={busy} aria-describedby="backup-what" onClick={() => void backUp()}>
          Back up to a file
        </button>{' '}
        <label class="file-button">
          Restore from a file{' '}
          <input
            type="file"
            name="restoreBackup"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => void restore(e.currentTarget)}
          />
        </label>
      </p>
      <p role="status" class="backup-status">
        {message}
      </p>
    </fieldset>
  );
}
