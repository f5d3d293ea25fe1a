import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearHistory, historyItem, readHistory, rememberInHistory } from '@/utils/history/history-item';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const term = (id: string) => ({ kind: 'term' as const, id, title: id });

describe('history writes', () => {
  it('keeps both of two lookups remembered at once', async () => {
    await Promise.all([rememberInHistory(term('il-12')), rememberInHistory(term('ifn-gamma'))]);
    expect((await readHistory()).map((h) => h.id).sort()).toEqual(['ifn-gamma', 'il-12']);
  });

  it('a lookup in flight cannot bring back what "Clear history" removed', async () => {
    await historyItem.setValue([{ ...term('old'), at: 1 }]);
    // The reader clears just after the lookup has read the list it is adding to.
    const read = historyItem.getValue.bind(historyItem);
    let clearing: Promise<void> | undefined;
    vi.spyOn(historyItem, 'getValue').mockImplementation(async () => {
      const value = await read();
      clearing ??= clearHistory();
      return value;
    });
    await rememberInHistory(term('il-12'));
    await clearing;
    expect((await readHistory()).map((h) => h.id)).not.toContain('old');
  });
});
