import { MAX_HISTORY } from '../limits';

export interface HistoryItem {
  kind: 'term' | 'qa';
  id: string;
  title: string;
  /** Milliseconds since the epoch. */
  at: number;
}

/** The list with `item` first, without an older copy of it, capped at MAX_HISTORY. */
export function addToHistory(list: readonly HistoryItem[], item: HistoryItem): HistoryItem[] {
  return [item, ...list.filter((h) => !(h.kind === item.kind && h.id === item.id))].slice(0, MAX_HISTORY);
}

/** Keeps only well-formed items, so a corrupt stored list shows as empty rather than breaking the popup. */
export function parseHistory(stored: unknown): HistoryItem[] {
  if (!Array.isArray(stored)) return [];
  return stored
    .filter(
      (h): h is HistoryItem =>
        typeof h === 'object' &&
        h !== null &&
        (h.kind === 'term' || h.kind === 'qa') &&
        typeof h.id === 'string' &&
        typeof h.title === 'string' &&
        typeof h.at === 'number',
    )
    .slice(0, MAX_HISTORY);
}
