import { PACK_TEXT_CHUNK_CHARS, type PackImportReply } from '@/utils/messages/packs';
import { sendToBackground } from '@/utils/messages/transport';
import type { StoredPack } from '@/utils/packs/pack';
import { openPackStore } from '@/utils/packs/pack-store';
import { importStepFrom, PACK_IMPORT_PROGRESS_CHANNEL, type ImportStep } from '@/utils/packs/import-progress';
import { readPackText, type PackFile } from '@/utils/packs/read-pack-text';

export type ImportStage =
  | { stage: 'reading' }
  | { stage: 'sending'; done: number; total: number }
  | { stage: 'checking'; step?: ImportStep };

/**
 * Imports a pack file: read and decoded here (refused by size before reading, and when it is not UTF-8), sent to
 * the background in chunks, which checks and stores it whole or not at all.
 */
export async function importPackFile(
  file: PackFile,
  onStage: (stage: ImportStage) => void,
): Promise<PackImportReply> {
  onStage({ stage: 'reading' });
  const read = await readPackText(file);
  if (!read.ok) return { ok: false, errors: [read.error], total: 1 };
  const { importId } = await sendToBackground('startPackImport', {
    fileName: file.name,
    bytes: file.size,
    format: read.format,
  });
  const total = Math.max(1, Math.ceil(read.text.length / PACK_TEXT_CHUNK_CHARS));
  for (let i = 0; i < total; i++) {
    onStage({ stage: 'sending', done: i, total });
    const text = read.text.slice(i * PACK_TEXT_CHUNK_CHARS, (i + 1) * PACK_TEXT_CHUNK_CHARS);
    if ((await sendToBackground('addPackText', { importId, text })) !== 'added')
      return {
        ok: false,
        errors: [
          { file: file.name, expected: 'one import at a time', found: 'another import started meanwhile' },
        ],
        total: 1,
      };
  }
  onStage({ stage: 'checking' });
  // The background tells how far its check and save have got, on a channel of the extension's own origin.
  let channel: BroadcastChannel | null = null;
  try {
    channel = new BroadcastChannel(PACK_IMPORT_PROGRESS_CHANNEL);
    channel.onmessage = (event: MessageEvent) => {
      const step = importStepFrom(event.data, importId);
      if (step) onStage({ stage: 'checking', step });
    };
  } catch {
    // No BroadcastChannel: the stage shows without its steps.
  }
  try {
    return await sendToBackground('finishPackImport', { importId });
  } finally {
    channel?.close();
  }
}

/** A stored pack as a pack file again (the JSON format), for export. Read here: pages may read the database. */
export async function packFileText(id: string): Promise<{ text: string; pack: StoredPack } | null> {
  const store = await openPackStore();
  try {
    const pack = await store.get(id);
    if (!pack) return null;
    const entries = pack.entries.map(({ searchOnly: _s, pack: _p, ...entry }) => entry);
    const file = {
      name: pack.name,
      version: pack.version,
      licence: pack.licence,
      source: pack.source,
      entries,
    };
    return { text: JSON.stringify(file, null, 2), pack };
  } finally {
    store.close();
  }
}
