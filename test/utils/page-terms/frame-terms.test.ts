import { describe, expect, it } from 'vitest';
import { locateUse, mergeFrameTerms, placeFrames, type FrameList } from '@/utils/page-terms/frame-terms';
import { termRows } from '@/utils/page-terms/term-rows';
import { tallyUses } from '@/utils/page-terms/tally-uses';
import { bundledKnowledge } from '@/utils/knowledge/knowledge';

/** A frame's list as its content script makes it: the tally of its uses in reading order. */
const listOf = (frameId: number, ids: string[]): FrameList => ({
  frameId,
  terms: tallyUses(ids.map((id) => ({ id }))).terms,
});

describe('placing a page’s frames in reading order', () => {
  const seen = [
    { frameId: 9, url: 'https://ads.example/slot' },
    { frameId: 4, url: 'https://other.example/article' },
    { frameId: 0, url: 'https://news.example/' },
    { frameId: 7, url: 'https://news.example/aside' },
  ];

  it('puts the top document’s frames in document order, named by frame id, and leaves out the top frame', () => {
    expect(placeFrames(seen, ['7', '9', '4'])).toEqual([
      { frameId: 7, url: 'https://news.example/aside', element: 0 },
      { frameId: 9, url: 'https://ads.example/slot', element: 1 },
      { frameId: 4, url: 'https://other.example/article', element: 2 },
    ]);
  });

  it('names frames by URL where the browser tells no frame id, two of one URL in frame id order', () => {
    const twins = [
      { frameId: 12, url: 'https://w.example/a' },
      { frameId: 5, url: 'https://w.example/a' },
      { frameId: 8, url: 'https://w.example/b' },
    ];
    expect(placeFrames(twins, ['https://w.example/b', 'https://w.example/a', 'https://w.example/a'])).toEqual(
      [
        { frameId: 8, url: 'https://w.example/b', element: 0 },
        { frameId: 5, url: 'https://w.example/a', element: 1 },
        { frameId: 12, url: 'https://w.example/a', element: 2 },
      ],
    );
  });

  it('puts frames the top document does not name (nested ones, navigated ones) last, by frame id', () => {
    expect(placeFrames(seen, ['about:srcdoc', '9'])).toEqual([
      { frameId: 9, url: 'https://ads.example/slot', element: 1 },
      { frameId: 4, url: 'https://other.example/article' },
      { frameId: 7, url: 'https://news.example/aside' },
    ]);
    expect(placeFrames(seen)).toEqual([
      { frameId: 4, url: 'https://other.example/article' },
      { frameId: 7, url: 'https://news.example/aside' },
      { frameId: 9, url: 'https://ads.example/slot' },
    ]);
    expect(placeFrames([])).toEqual([]);
  });
});

describe('merging the terms of a page’s frames', () => {
  const lists = [
    listOf(0, ['il-12', 'nk-cell', 'il-12']),
    listOf(7, ['ifn-gamma']),
    listOf(4, ['nk-cell', 'ifn-gamma', 'nk-cell']),
  ];

  it('sums the uses of a term over the frames and keeps reading order: the top frame first, then each frame', () => {
    expect(mergeFrameTerms(lists)).toEqual([
      { id: 'il-12', count: 2, first: 0 },
      { id: 'nk-cell', count: 3, first: 1 },
      { id: 'ifn-gamma', count: 2, first: 3 },
    ]);
  });

  it('lists a term only a frame holds after the top frame’s terms', () => {
    const merged = mergeFrameTerms([listOf(0, ['il-12']), listOf(3, ['pd-1', 'il-12'])]);
    expect(merged).toEqual([
      { id: 'il-12', count: 2, first: 0 },
      { id: 'pd-1', count: 1, first: 1 },
    ]);
  });

  it('gives the same list as one page holding every frame’s text in turn', () => {
    const all = ['il-12', 'nk-cell', 'il-12', 'ifn-gamma', 'nk-cell', 'ifn-gamma', 'nk-cell'];
    expect(mergeFrameTerms(lists)).toEqual(tallyUses(all.map((id) => ({ id }))).terms);
  });

  it('keeps "most used first" working: counts over all frames, ties in reading order', () => {
    const knowledge = bundledKnowledge();
    const [a, b, c] = [...knowledge.termById.keys()];
    const merged = mergeFrameTerms([listOf(0, [a!, b!]), listOf(5, [c!, c!, b!]), listOf(6, [a!])]);
    expect(termRows(knowledge, merged, 'count').map((r) => [r.id, r.count])).toEqual([
      [a, 2],
      [b, 2],
      [c, 2],
    ]);
    expect(termRows(knowledge, merged, 'reading').map((r) => r.id)).toEqual([a, b, c]);
  });

  it('handles frames without terms and no frames at all', () => {
    expect(mergeFrameTerms([])).toEqual([]);
    expect(mergeFrameTerms([listOf(0, []), listOf(2, ['il-12'])])).toEqual([
      { id: 'il-12', count: 1, first: 0 },
    ]);
  });
});

describe('finding the frame a use is in', () => {
  const lists = [listOf(0, ['nk-cell']), listOf(7, ['ifn-gamma']), listOf(4, ['nk-cell', 'nk-cell'])];

  it('steps through the top frame’s uses, then each frame’s, with the index inside that frame', () => {
    expect([0, 1, 2].map((i) => locateUse(lists, 'nk-cell', i))).toEqual([
      { frameId: 0, index: 0 },
      { frameId: 4, index: 0 },
      { frameId: 4, index: 1 },
    ]);
    expect(locateUse(lists, 'ifn-gamma', 0)).toEqual({ frameId: 7, index: 0 });
  });

  it('finds nothing past the last use or for a term the page does not hold', () => {
    expect(locateUse(lists, 'nk-cell', 3)).toBeNull();
    expect(locateUse(lists, 'pd-1', 0)).toBeNull();
    expect(locateUse([], 'nk-cell', 0)).toBeNull();
  });
});
