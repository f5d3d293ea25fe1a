/**
 * Glossary pack messages, extension pages → background only (content scripts never see packs). A file's text
 * travels in chunks (a large pack would pass Chrome's 64 MiB message limit), and is parsed, checked and stored in
 * one transaction when the last chunk is in: an import cut short stores nothing.
 */
import type { PackClashes } from '../packs/alias-conflicts';
import type { PackError } from '../packs/pack-errors';
import type { PackSummary } from '../packs/pack';
import { MAX_ID_CHARS, MAX_PACK_FILE_BYTES } from '../limits';
import { fieldsOf, isText } from './parse';

/** Characters of a file's text in one chunk message. */
export const PACK_TEXT_CHUNK_CHARS = 4 * 1024 * 1024;

export type PackImportReply =
  | { ok: true; pack: PackSummary; replaced: boolean; clashes: PackClashes }
  | { ok: false; errors: PackError[]; total: number };

export interface PacksFromExtensionPage {
  listPacks: [Record<string, never>, PackSummary[]];
  /** Starts an import; a new start drops an unfinished one. */
  startPackImport: [{ fileName: string; bytes: number; format: 'json' | 'csv' }, { importId: string }];
  addPackText: [{ importId: string; text: string }, 'added' | 'no such import'];
  finishPackImport: [{ importId: string }, PackImportReply];
  setPackEnabled: [{ id: string; enabled: boolean }, 'changed' | 'no such pack'];
  removePack: [{ id: string }, 'removed' | 'no such pack'];
}

const packRef = (value: unknown) => {
  const v = fieldsOf(value);
  return v && isText(v.id, MAX_ID_CHARS) ? v : null;
};
const importRef = (value: unknown) => {
  const v = fieldsOf(value);
  return v && isText(v.importId, 64) ? v : null;
};

export const PACKS_FROM_EXTENSION_PAGE = {
  listPacks: (value: unknown) => (fieldsOf(value) ? {} : null),
  startPackImport: (value: unknown) => {
    const v = fieldsOf(value);
    if (!v || !isText(v.fileName, 500) || (v.format !== 'json' && v.format !== 'csv')) return null;
    if (typeof v.bytes !== 'number' || !(v.bytes >= 0 && v.bytes <= MAX_PACK_FILE_BYTES)) return null;
    return { fileName: v.fileName, bytes: v.bytes, format: v.format as 'json' | 'csv' };
  },
  addPackText: (value: unknown) => {
    const v = importRef(value);
    return v && isText(v.text, PACK_TEXT_CHUNK_CHARS)
      ? { importId: v.importId as string, text: v.text }
      : null;
  },
  finishPackImport: (value: unknown) => {
    const v = importRef(value);
    return v && { importId: v.importId as string };
  },
  setPackEnabled: (value: unknown) => {
    const v = packRef(value);
    return v && typeof v.enabled === 'boolean' ? { id: v.id as string, enabled: v.enabled } : null;
  },
  removePack: (value: unknown) => {
    const v = packRef(value);
    return v && { id: v.id as string };
  },
};

export const PACKS_EXTENSION_PAGE_ONLY = Object.keys(
  PACKS_FROM_EXTENSION_PAGE,
) as (keyof PacksFromExtensionPage)[];

/** Posted on this BroadcastChannel by the background after each change, so open pages rebuild their indexes. */
export const PACKS_CHANGED_CHANNEL = 'immunolens-packs';
