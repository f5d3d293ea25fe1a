/** The envelope every ImmunoLens JSON file has, and the checks an imported one passes before anything is read. */
import { MAX_IMPORT_CHARS } from '../limits';

export interface JsonFile {
  format: string;
  version: number;
  exportedAt: string;
}

export type Refused = { ok: false; message: string };

/** The file's fields when it is an ImmunoLens file of `format` at `version` or older; a message saying why not. */
export function openJsonFile(
  text: string,
  format: string,
  version: number,
): { ok: true; fields: Record<string, unknown>; version: number } | Refused {
  if (text.length > MAX_IMPORT_CHARS)
    return {
      ok: false,
      message: `This file is ${(text.length / 1024 / 1024).toFixed(0)} MB; ImmunoLens files are at most ${MAX_IMPORT_CHARS / 1024 / 1024} MB. Nothing was changed.`,
    };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {
      ok: false,
      message: 'This file is not JSON, so it is not an ImmunoLens export. Nothing was changed.',
    };
  }
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    (value as JsonFile).format !== format
  )
    return { ok: false, message: `This file is not an ImmunoLens ${format} file. Nothing was changed.` };
  const v = value as Record<string, unknown>;
  if (!Number.isInteger(v.version) || (v.version as number) < 1)
    return {
      ok: false,
      message: 'This file has no valid version number; it may be damaged. Nothing was changed.',
    };
  if ((v.version as number) > version)
    return {
      ok: false,
      message: `This file was made by a newer ImmunoLens (file version ${v.version as number}, this one reads up to ${version}). Update ImmunoLens and try again. Nothing was changed.`,
    };
  return { ok: true, fields: v, version: v.version as number };
}
