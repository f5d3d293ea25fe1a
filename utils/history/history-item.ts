import { storage } from 'wxt/utils/storage';
import { readSettings } from '../settings/settings-item';
import { serialQueue } from '../storage/serial-queue';
import { addToHistory, parseHistory, type HistoryItem } from './history';

/** Recent lookups, on this device only. */
export const historyItem = storage.defineItem<unknown>('local:history', { fallback: [] });

export async function readHistory(): Promise<HistoryItem[]> {
  return parseHistory(await historyItem.getValue());
}

/**
 * Every write of the list, one after another on a fresh read. The background is the only context that writes
 * (extension pages ask it with `clearHistory`, `changeSettings`), so a lookup in flight cannot write back a list
 * read before "Clear history".
 */
const historyWrites = serialQueue();

/** Puts an entry or question first in the recent list; false when the reader turned history off. */
export function rememberInHistory(item: Omit<HistoryItem, 'at'>): Promise<boolean> {
  return historyWrites(async () => {
    if (!(await readSettings()).history) return false;
    await historyItem.setValue(addToHistory(await readHistory(), { ...item, at: Date.now() }));
    return true;
  });
}

/** Rewrites the list from its current value, in the same queue (restoring a backup merges into it). */
export function changeHistory(change: (current: HistoryItem[]) => HistoryItem[]): Promise<void> {
  return historyWrites(async () => historyItem.setValue(change(await readHistory())));
}

export function clearHistory(): Promise<void> {
  return historyWrites(() => historyItem.setValue([]));
}
