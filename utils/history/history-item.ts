import { storage } from 'wxt/utils/storage';
import { readSettings } from '../settings/settings-item';
import { addToHistory, parseHistory, type HistoryItem } from './history';

/** Recent lookups, on this device only. */
export const historyItem = storage.defineItem<unknown>('local:history', { fallback: [] });

export async function readHistory(): Promise<HistoryItem[]> {
  return parseHistory(await historyItem.getValue());
}

export async function recordLookup(item: Omit<HistoryItem, 'at'>): Promise<void> {
  if (!(await readSettings()).history) return;
  await historyItem.setValue(addToHistory(await readHistory(), { ...item, at: Date.now() }));
}

export async function clearHistory(): Promise<void> {
  await historyItem.setValue([]);
}
