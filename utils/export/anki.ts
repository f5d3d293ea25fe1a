/**
 * The study list as an Anki text import (File → Import): tab-separated, with the header lines Anki 2.1.55+ reads,
 * one note per line of the Basic note type. Fields are plain text (`#html:false`): Anki shows a sentence holding
 * `<script>` as those characters.
 */
import type { StudyEntry } from '../study/study-entry';
import { termTextOf, type TermLookup } from './term-text';

export const ANKI_COLUMNS = ['Front', 'Back'] as const;

/**
 * One field: tabs and line breaks cannot occur (every line keeps the header's field count); a field holding a
 * double quote or starting with `#` is quoted, its quotes doubled, as Anki's reader expects.
 */
export function ankiField(value: string): string {
  const line = value.replace(/[\t\r\n]+/g, ' ');
  return /["]|^#/.test(line) ? `"${line.replace(/"/g, '""')}"` : line;
}

function back(entry: StudyEntry, lookup: TermLookup): string {
  const t = termTextOf(entry, lookup);
  const parts = [t.summary];
  if (t.inCancer) parts.push(`In cancer: ${t.inCancer}`);
  if (entry.sentence)
    parts.push(`Saved sentence: “${entry.sentence}”${entry.pageTitle ? ` (${entry.pageTitle})` : ''}`);
  return parts.filter(Boolean).join(' — ');
}

export function toAnki(entries: readonly StudyEntry[], lookup: TermLookup, deck = 'ImmunoLens'): string {
  const header = [
    '#separator:tab',
    '#html:false',
    '#notetype:Basic',
    `#deck:${deck.replace(/[\t\r\n]+/g, ' ')}`,
    '#tags:immunolens',
    `#columns:${ANKI_COLUMNS.join('\t')}`,
  ];
  const lines = entries.map((e) => [termTextOf(e, lookup).name, back(e, lookup)].map(ankiField).join('\t'));
  return [...header, ...lines].join('\n') + '\n';
}
