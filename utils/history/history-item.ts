import { storage } from 'wxt/utils/storage';
import { readSettings } from '../settings/settings-item';
import { addToHistory, parseHistory, type HistoryItem } from './history';

/** Recent lookups, on this device only. */
export const historyItem = storage.defineItem<unknown>('local:history', { fallback: [] });

export async function readHistory(): Promise<HistoryItem[]> {
  return parseHistory(await historyItem.getValue());
}

/** Puts an entry or question first in the recent list; false when the reader turned history off. */
export async function rememberInHistory(item: Omit<HistoryItem, 'at'>): Promise<boolean> {
  if (!(await readSettings()).history) return false;
  await historyItem.setValue(addToHistory(await readHistory(), { ...item, at: Date.now() }));
  return true;
}

export async function clearHistory(): Promise<void> {
  await historyItem.setValue([]);
}
