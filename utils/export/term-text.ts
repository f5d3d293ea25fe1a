import type { StudyEntry } from '../study/study-entry';

/** What an export says about a term, from the glossary (the study list stores only the id). */
export interface TermText {
  name: string;
  category: string;
  summary: string;
  inCancer?: string;
}

export type TermLookup = (termId: string) => TermText | undefined;

/** The term's text, or its id alone when the glossary no longer has it (an export never drops an entry). */
export function termTextOf(entry: StudyEntry, lookup: TermLookup): TermText {
  return lookup(entry.termId) ?? { name: entry.termId, category: '', summary: '' };
}

/** A date as YYYY-MM-DD (UTC), for file names and exported rows. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `immunolens-study-2026-12-01.txt`: a dated file name, so exports never overwrite each other by name. */
export function datedFileName(kind: string, extension: string, now: number): string {
  return `immunolens-${kind}-${isoDay(now)}.${extension}`;
}
