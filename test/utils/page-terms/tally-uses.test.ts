import { describe, expect, it } from 'vitest';
import { tallyUses } from '@/utils/page-terms/tally-uses';

describe('tallying the uses of a page’s terms', () => {
  it('lists each term once in the order of its first use, with its count', () => {
    const ids = ['il-12', 'ifn-gamma', 'il-12', 'nk-cell', 'il-12', 'ifn-gamma'];
    const { terms, usesOf } = tallyUses(ids.map((id) => ({ id })));
    expect(terms).toEqual([
      { id: 'il-12', count: 3, first: 0 },
      { id: 'ifn-gamma', count: 2, first: 1 },
      { id: 'nk-cell', count: 1, first: 3 },
    ]);
    expect(usesOf.get('il-12')).toEqual([0, 2, 4]);
    expect(usesOf.get('ifn-gamma')).toEqual([1, 5]);
    expect(usesOf.get('cd8')).toBeUndefined();
  });

  it('gives an empty list for a page without terms', () => {
    expect(tallyUses([])).toEqual({ terms: [], usesOf: new Map() });
  });
});
