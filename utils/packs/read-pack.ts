/** A pack file, from its bytes to a validated pack or the list of what is wrong with it. */
import type { ImportStep } from './import-progress';
import type { PackErrors } from './pack-errors';
import { parseCsvPack } from './parse-csv-pack';
import { parseJsonPack } from './parse-json-pack';
import { readPackText, type PackFile } from './read-pack-text';
import { validatePack, type Known, type Validated } from './validate-pack';

const one = (error: PackErrors['errors'][number]): Validated => ({ ok: false, errors: [error], total: 1 });

export async function readPack(file: PackFile, known: Known): Promise<Validated> {
  const read = await readPackText(file);
  if (!read.ok) return one(read.error);
  return packFromText(file.name, read.text, read.format, known);
}

export function packFromText(
  name: string,
  text: string,
  format: 'json' | 'csv',
  known: Known,
  onStep?: (step: ImportStep) => void,
): Validated {
  onStep?.({ step: 'parsing' });
  const parsed = format === 'json' ? parseJsonPack(name, text) : parseCsvPack(name, text);
  if (!parsed.ok) return one(parsed.error);
  return validatePack(parsed.raw, known, onStep);
}
