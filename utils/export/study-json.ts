/** The study list as versioned JSON, and its import: validated first, merged without duplicates, or refused whole. */
import { MAX_STUDY_ENTRIES } from '../limits';
import { mergeStudyLists } from '../study/merge';
import { parseStudyEntry, STUDY_ENTRY_FIELDS, type StudyEntry } from '../study/study-entry';
import { openJsonFile, type Refused } from './json-file';

export const STUDY_FORMAT = 'immunolens-study';
export const STUDY_FILE_VERSION = 1;

export function toStudyJson(entries: readonly StudyEntry[], now: number): string {
  const file = {
    format: STUDY_FORMAT,
    version: STUDY_FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    entries: entries.map((e) => Object.fromEntries(STUDY_ENTRY_FIELDS.map((k) => [k, e[k]]))),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

export type Parsed = { ok: true; entries: StudyEntry[]; notes: string[] } | Refused;

/** Every entry of a file's `entries` array, or a refusal naming the first bad one. Unknown fields are noted and dropped. */
export function parseEntries(value: unknown): Parsed {
  if (!Array.isArray(value))
    return { ok: false, message: 'The file has no list of entries. Nothing was changed.' };
  if (value.length > MAX_STUDY_ENTRIES)
    return {
      ok: false,
      message: `The file has ${value.length} entries; at most ${MAX_STUDY_ENTRIES} fit. Nothing was changed.`,
    };
  const entries: StudyEntry[] = [];
  const unknown = new Set<string>();
  for (const [i, item] of value.entries()) {
    const parsed = parseStudyEntry(item);
    if ('problem' in parsed)
      return { ok: false, message: `Entry ${i + 1} is damaged (${parsed.problem}). Nothing was changed.` };
    for (const key of Object.keys(item as object))
      if (!(STUDY_ENTRY_FIELDS as readonly string[]).includes(key)) unknown.add(key);
    entries.push(parsed.entry);
  }
  const notes = unknown.size
    ? [`Ignored fields this version does not know: ${[...unknown].slice(0, 10).join(', ')}.`]
    : [];
  return { ok: true, entries, notes };
}

export type Imported =
  { ok: true; list: StudyEntry[]; added: number; updated: number; notes: string[] } | Refused;

/** The current list with the file's entries merged in, or a refusal; `current` is never changed. */
export function importStudyJson(text: string, current: readonly StudyEntry[]): Imported {
  const file = openJsonFile(text, STUDY_FORMAT, STUDY_FILE_VERSION);
  if (!file.ok) return file;
  const parsed = parseEntries(file.fields.entries);
  if (!parsed.ok) return parsed;
  const merged = mergeStudyLists(current, parsed.entries);
  if (merged.list.length > MAX_STUDY_ENTRIES)
    return {
      ok: false,
      message: `Together the lists would hold more than ${MAX_STUDY_ENTRIES} entries. Nothing was changed.`,
    };
  return { ok: true, ...merged, notes: parsed.notes };
}
