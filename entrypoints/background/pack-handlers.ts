import { bundledKnowledge } from '@/utils/knowledge/knowledge';
import { cachingIndexLoader } from '@/utils/knowledge/index-cache';
import {
  PACKS_CHANGED_CHANNEL,
  type PackImportReply,
  type PacksFromExtensionPage,
} from '@/utils/messages/packs';
import { restartMark } from '@/utils/knowledge/restart-marks';
import { PACK_IMPORT_PROGRESS_CHANNEL, type ImportStep } from '@/utils/packs/import-progress';
import type { Handlers } from '@/utils/messages/transport';
import { preparePackImport } from '@/utils/packs/import-pack';
import { openPackStore, type PackStore } from '@/utils/packs/pack-store';

let opening: Promise<PackStore> | null = null;
/** The one writer's connection; opened on first use, again after the worker restarts. */
const packStore = () => (opening ??= openPackStore());

/**
 * The background's knowledge: bundled + enabled packs, rebuilt after each pack change. The term and search indexes
 * for packs are restored from their cached snapshots after a worker restart; built otherwise, and then cached.
 */
export const backgroundIndexes = cachingIndexLoader(packStore);

function changed(): void {
  backgroundIndexes.invalidate();
  // The new term index is built (and cached) now, after this reply, rather than on the reader's next lookup: at
  // 100,000 entries that took seconds.
  setTimeout(() => {
    void backgroundIndexes
      .indexes()
      .then((indexes) => indexes.terms)
      .catch(() => undefined);
  }, 0);
  // Open extension pages (the lookup page, the options page) rebuild or reload their lists.
  try {
    const channel = new BroadcastChannel(PACKS_CHANGED_CHANNEL);
    channel.postMessage('changed');
    channel.close();
  } catch {
    // No BroadcastChannel (a test's fake browser): pages read the packs again when they next open.
  }
}

interface PendingImport {
  id: string;
  meta: { fileName: string; bytes: number; format: 'json' | 'csv' };
  chunks: string[];
  chars: number;
}
/** One import at a time, held in memory until its last chunk: a worker stopped halfway stores nothing. */
let pending: PendingImport | null = null;

/**
 * Tells the options page how far the check and save have got (utils/packs/import-progress.ts). Posted while the
 * check runs: a BroadcastChannel message leaves when posted, so the page's bar moves though this worker is busy.
 */
function progressPoster(importId: string): ((step: ImportStep) => void) & { close(): void } {
  let channel: BroadcastChannel | null = null;
  try {
    channel = new BroadcastChannel(PACK_IMPORT_PROGRESS_CHANNEL);
  } catch {
    // No BroadcastChannel (a test's fake browser): the page shows the stage without its bar moving.
  }
  const post = (step: ImportStep) => {
    restartMark(`import ${step.step}`);
    channel?.postMessage({ importId, ...step });
  };
  return Object.assign(post, { close: () => channel?.close() });
}

/** Checks the pack sent and stores it whole, or says what is wrong. */
async function finish(job: PendingImport, step: (step: ImportStep) => void): Promise<PackImportReply> {
  const store = await packStore();
  const bundled = bundledKnowledge();
  const others = await store.enabled();
  const outcome = preparePackImport(
    job.chunks.join(''),
    job.meta,
    { termIds: new Set(bundled.termById.keys()), qaIds: new Set(bundled.qaById.keys()) },
    [
      { id: '', name: 'the built-in glossary', entries: bundled.glossary },
      ...others.map((p) => ({ id: p.summary.id, name: p.summary.name, entries: p.entries })),
    ],
    Date.now(),
    step,
  );
  if (!outcome.ok) return outcome;
  step({ step: 'saving' });
  const put = await store.put(outcome.pack);
  restartMark('import saved');
  if (put === 'too many packs')
    return {
      ok: false,
      errors: [
        {
          file: job.meta.fileName,
          expected: 'room for one more pack',
          found: 'the most packs ImmunoLens keeps (remove one first)',
        },
      ],
      total: 1,
    };
  changed();
  const { entries: _entries, ...summary } = outcome.pack;
  return { ok: true, pack: summary, replaced: put === 'replaced', clashes: outcome.clashes };
}

export const packHandlers: Handlers<PacksFromExtensionPage> = {
  async listPacks() {
    return (await packStore()).list();
  },
  startPackImport(meta) {
    pending = { id: crypto.randomUUID(), meta, chunks: [], chars: 0 };
    return { importId: pending.id };
  },
  addPackText({ importId, text }) {
    if (pending?.id !== importId) return 'no such import';
    // The file's size in bytes bounds its text in characters (UTF-8 takes at least a byte a character).
    if (pending.chars + text.length > pending.meta.bytes) return 'no such import';
    pending.chunks.push(text);
    pending.chars += text.length;
    return 'added';
  },
  async finishPackImport({ importId }) {
    const job = pending?.id === importId ? pending : null;
    pending = null;
    if (!job)
      return {
        ok: false,
        errors: [{ file: '', expected: 'an import in progress', found: 'none (start it again)' }],
        total: 1,
      };
    const step = progressPoster(job.id);
    try {
      return await finish(job, step);
    } finally {
      step.close();
    }
  },
  async setPackEnabled({ id, enabled }) {
    const done = await (await packStore()).setEnabled(id, enabled);
    if (done) changed();
    return done ? 'changed' : 'no such pack';
  },
  async removePack({ id }) {
    const done = await (await packStore()).remove(id);
    if (done) changed();
    return done ? 'removed' : 'no such pack';
  },
};
