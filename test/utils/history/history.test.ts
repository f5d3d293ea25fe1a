import { describe, expect, it } from 'vitest';
import { addToHistory, parseHistory, type HistoryItem } from '@/utils/history/history';
import { MAX_HISTORY } from '@/utils/limits';

const item = (id: string, at = 1): HistoryItem => ({ kind: 'term', id, title: id.toUpperCase(), at });

describe('lookup history', () => {
  it('puts the newest lookup first and keeps one copy of each', () => {
    expect(addToHistory([item('a'), item('b')], item('b', 2)).map((h) => h.id)).toEqual(['b', 'a']);
  });

  it(`keeps at most ${MAX_HISTORY} lookups`, () => {
    let list: HistoryItem[] = [];
    for (let i = 0; i < MAX_HISTORY + 5; i++) list = addToHistory(list, item(`t${i}`, i));
    expect(list).toHaveLength(MAX_HISTORY);
    expect(list[0]!.id).toBe(`t${MAX_HISTORY + 4}`);
  });

  it('reads a corrupt stored list as the well-formed items in it', () => {
    expect(parseHistory('junk')).toEqual([]);
    expect(parseHistory([item('a'), { kind: 'x' }, null, 3])).toEqual([item('a')]);
  });
});
