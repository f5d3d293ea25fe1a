/**
 * Messages the extension's own pages (popup, full view page) send to the background, which is the one writer of
 * history. They are accepted only from extension pages, never from a content script.
 */
import type { HistoryItem } from '../history/history';
import { MAX_ID_CHARS } from '../limits';
import { fieldsOf, isText } from './parse';

/** Longest title a history record keeps (an entry's name or a question). */
const MAX_TITLE_CHARS = 300;

export type ViewedItem = Omit<HistoryItem, 'at'>;

/** Extension page → background: every message and its reply. */
export interface FromExtensionPage {
  /** An entry or question the reader opened: add it to the recent list (unless history is off). */
  rememberViewed: [ViewedItem, 'remembered' | 'history off'];
}

export function parseViewedItem(value: unknown): ViewedItem | null {
  const v = fieldsOf(value);
  if (!v || (v.kind !== 'term' && v.kind !== 'qa')) return null;
  if (!isText(v.id, MAX_ID_CHARS) || !isText(v.title, MAX_TITLE_CHARS)) return null;
  return { kind: v.kind, id: v.id, title: v.title };
}

export const FROM_EXTENSION_PAGE = {
  rememberViewed: parseViewedItem,
};
