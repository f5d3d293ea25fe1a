/** A pack file's text turned into the pack to store, with what the person should know about it. */
import type { PackClashes } from './alias-conflicts';
import { packClashes, type NamedSource } from './alias-conflicts';
import type { ImportStep } from './import-progress';
import type { PackErrors } from './pack-errors';
import { packId, type StoredPack } from './pack';
import { packFromText } from './read-pack';
import type { Known } from './validate-pack';

export interface ImportMeta {
  fileName: string;
  bytes: number;
  format: 'json' | 'csv';
}

export type ImportOutcome =
  { ok: true; pack: StoredPack; clashes: PackClashes } | ({ ok: false } & PackErrors);

/**
 * Validates the text and lists its clashes with the bundled glossary and the other stored packs (a pack of the
 * same name is the one being replaced, so it is not a clash).
 */
export function preparePackImport(
  text: string,
  meta: ImportMeta,
  known: Known,
  others: readonly (NamedSource & { id: string })[],
  now: number,
  /** Told how far the check has got (utils/packs/import-progress.ts). */
  onStep?: (step: ImportStep) => void,
): ImportOutcome {
  const validated = packFromText(meta.fileName, text, meta.format, known, onStep);
  if (!validated.ok) return validated;
  const { pack: valid } = validated;
  const id = packId(valid.name);
  const clashes = packClashes(
    { name: valid.name, entries: valid.entries },
    others.filter((o) => o.id !== id),
    onStep,
  );
  const pack: StoredPack = {
    id,
    name: valid.name,
    version: valid.version,
    licence: valid.licence,
    source: valid.source,
    enabled: true,
    entryCount: valid.entries.length,
    bytes: meta.bytes,
    importedAt: now,
    fileName: meta.fileName,
    warnings: valid.warnings,
    entries: valid.entries,
  };
  return { ok: true, pack, clashes };
}
