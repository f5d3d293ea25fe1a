import type { Knowledge } from '../knowledge/knowledge';
import { termCard } from '../lookup/explain';
import type { TermCard } from '../messages/to-background';
import type { PageTerm } from '../messages/to-page';

/** One row of the side panel: a term of the page with what the bundled knowledge says of it. */
export interface TermRow extends PageTerm {
  card: TermCard;
  /** Name, short name and aliases, folded for the filter box. */
  names: string;
}

/** Reading order (first use first) or most used first. */
export type TermOrder = 'reading' | 'count';

/** Case, width, accents' forms, dashes and spaces folded away: "il 12" finds IL-12, "ifn-γ" finds IFN-γ. */
export function foldForFilter(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The panel's rows for a page's terms, in the order asked for; ties in count keep reading order. A term the
 * knowledge does not hold (the page answered with an id from another version) is left out.
 */
export function termRows(knowledge: Knowledge, terms: readonly PageTerm[], order: TermOrder): TermRow[] {
  const rows: TermRow[] = [];
  for (const term of terms) {
    const entry = knowledge.termById.get(term.id);
    if (!entry) continue;
    const names = [entry.name, entry.short ?? '', ...entry.aliases].map(foldForFilter).join('\n');
    rows.push({ ...term, card: termCard(knowledge, entry), names });
  }
  return rows.sort(
    order === 'count' ? (a, b) => b.count - a.count || a.first - b.first : (a, b) => a.first - b.first,
  );
}

/** The rows whose name, short name or an alias holds the filter's text (all rows for an empty filter). */
export function filterRows(rows: readonly TermRow[], filter: string): readonly TermRow[] {
  const folded = foldForFilter(filter);
  return folded === '' ? rows : rows.filter((row) => row.names.includes(folded));
}
