/**
 * The study list as CSV (RFC 4180: a header row, CRLF line ends, quoted fields with doubled quotes), UTF-8 with a
 * byte order mark so spreadsheet programs read γ and α rightly.
 */
import type { StudyEntry } from '../study/study-entry';
import { termTextOf, type TermLookup } from './term-text';

export const CSV_HEADER = [
  'term',
  'category',
  'summary',
  'in_cancer',
  'sentence',
  'page_title',
  'url',
  'saved_at',
  'knew',
  'again',
] as const;

/**
 * One field. A field a spreadsheet would run as a formula (starting with = + - @, tab or CR; a page chose the
 * sentence) is prefixed with an apostrophe, as OWASP's CSV-injection advice says.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(entries: readonly StudyEntry[], lookup: TermLookup): string {
  const rows = entries.map((e) => {
    const t = termTextOf(e, lookup);
    return [
      t.name,
      t.category,
      t.summary,
      t.inCancer ?? '',
      e.sentence,
      e.pageTitle,
      e.url,
      new Date(e.savedAt).toISOString(),
      String(e.knew),
      String(e.again),
    ];
  });
  return (
    '\uFEFF' +
    [CSV_HEADER as readonly string[], ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') +
    '\r\n'
  );
}
