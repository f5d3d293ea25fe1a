/** A pack file's bytes as text: refused by its size before it is read, and refused when it is not UTF-8. */
import { MAX_PACK_FILE_BYTES } from '../limits';
import type { PackError } from './pack-errors';

/** The part of a File this needs (a Blob in the page, a Buffer-backed stand-in in tests). */
export interface PackFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type PackText = { ok: true; text: string; format: 'json' | 'csv' } | { ok: false; error: PackError };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** JSON or CSV by its name; by its first character for any other name (.txt). */
export function formatOf(name: string, text: string): 'json' | 'csv' {
  if (/\.json$/i.test(name)) return 'json';
  if (/\.csv$/i.test(name)) return 'csv';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

export async function readPackText(file: PackFile): Promise<PackText> {
  if (file.size > MAX_PACK_FILE_BYTES)
    return {
      ok: false,
      error: {
        file: file.name,
        expected: `a file of at most ${megabytes(MAX_PACK_FILE_BYTES)}`,
        found: `${megabytes(file.size)} (split the pack into smaller packs)`,
      },
    };
  if (file.size === 0)
    return { ok: false, error: { file: file.name, expected: 'a JSON or CSV pack', found: 'an empty file' } };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    // fatal: a byte sequence that is not UTF-8 is an error, not a silent U+FFFD in a term's name.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      ok: false,
      error: {
        file: file.name,
        expected: 'text in UTF-8 (save the file as “CSV UTF-8” or JSON)',
        found: `bytes that are not UTF-8${firstBadByte(bytes)}`,
      },
    };
  }
  if (text.includes('\u0000'))
    return {
      ok: false,
      error: { file: file.name, expected: 'a text file', found: 'a binary file (it holds NUL characters)' },
    };
  return { ok: true, text, format: formatOf(file.name, text) };
}

/** The line of the first invalid sequence (where the lenient decoder put U+FFFD), for finding it in an editor. */
function firstBadByte(bytes: Uint8Array): string {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const at = lenient.indexOf('\uFFFD');
  if (at < 0) return '';
  return ` (line ${lenient.slice(0, at).split('\n').length})`;
}
