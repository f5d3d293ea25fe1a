/** A JSON pack's text as a raw pack: its fields, and each entry with its number. */
import type { PackError } from './pack-errors';
import { shown } from './pack-errors';
import type { RawPack } from './validate-pack';

export function parseJsonPack(
  file: string,
  text: string,
): { ok: true; raw: RawPack } | { ok: false; error: PackError } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Engines word the position differently ("at position 12", "line 3 column 5"); it is passed on as written.
    const detail = error instanceof SyntaxError ? error.message : String(error);
    return { ok: false, error: { file, expected: 'valid JSON', found: `a syntax error (${detail})` } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {
      ok: false,
      error: {
        file,
        expected: 'an object with name, version, licence, source and entries',
        found: Array.isArray(value) ? 'a list (put it in the pack’s “entries”)' : shown(value),
      },
    };
  const { entries, ...info } = value as Record<string, unknown>;
  if (!Array.isArray(entries))
    return {
      ok: false,
      error: { file, field: 'entries', expected: 'a list of entries', found: shown(entries) },
    };
  return {
    ok: true,
    raw: { file, info, entries: entries.map((e, i) => ({ place: { entry: i + 1 }, value: e })) },
  };
}
