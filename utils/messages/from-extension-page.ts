/**
 * Messages the extension's own pages (popup, options, full view page) send to the background, which is the one
 * writer of history and settings. They are accepted only from extension pages, never from a content script.
 */
import type { HistoryItem } from '../history/history';
import { MAX_ID_CHARS } from '../limits';
import { sanitizeSettings } from '../settings/sanitize';
import type { Settings } from '../settings/settings';
import { fieldsOf, isText } from './parse';

/** Longest title a history record keeps (an entry's name or a question). */
const MAX_TITLE_CHARS = 300;

export type ViewedItem = Omit<HistoryItem, 'at'>;

/** Extension page → background: every message and its reply. */
export interface FromExtensionPage {
  /** An entry or question the reader opened: add it to the recent list (unless history is off). */
  rememberViewed: [ViewedItem, 'remembered' | 'history off'];
  /** Change some settings; the reply is all of them after the change. Turning history off clears it. */
  changeSettings: [Partial<Settings>, Settings];
  clearHistory: [Record<string, never>, 'cleared'];
}

export function parseViewedItem(value: unknown): ViewedItem | null {
  const v = fieldsOf(value);
  if (!v || (v.kind !== 'term' && v.kind !== 'qa')) return null;
  if (!isText(v.id, MAX_ID_CHARS) || !isText(v.title, MAX_TITLE_CHARS)) return null;
  return { kind: v.kind, id: v.id, title: v.title };
}

/** The fields of a settings change, each valid; null when any field is unknown or invalid. */
export function parseSettingsChange(value: unknown): Partial<Settings> | null {
  const v = fieldsOf(value);
  if (!v) return null;
  const { settings, problems } = sanitizeSettings(v);
  const keys = Object.keys(v);
  if (problems.length > 0 || keys.length === 0 || !keys.every((key) => Object.hasOwn(settings, key)))
    return null;
  return Object.fromEntries(keys.map((key) => [key, settings[key as keyof Settings]])) as Partial<Settings>;
}

export const FROM_EXTENSION_PAGE = {
  rememberViewed: parseViewedItem,
  changeSettings: parseSettingsChange,
  clearHistory: (value: unknown) => (fieldsOf(value) ? {} : null),
};

/** The messages only the extension's own pages may send. */
export const EXTENSION_PAGE_ONLY = Object.keys(FROM_EXTENSION_PAGE) as (keyof FromExtensionPage)[];
