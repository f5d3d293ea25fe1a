import { Index } from 'flexsearch';
import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '@/utils/knowledge/knowledge';
import { sourcesOf } from '@/utils/search/search-index';
import { Postings, PostingsBuilder, slotOf, type Slots } from '@/utils/search/postings';
import { searchTokens } from '@/utils/search/tokenize';
import { QUERIES } from '../../eval/queries';
import { READER_QUERIES } from '../../eval/reader-queries';

const sources = sourcesOf(bundledKnowledge());
const keystrokes = [...QUERIES, ...READER_QUERIES].flatMap(({ query }) =>
  Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)),
);

/** A FlexSearch index reading its posting lists from `postings`, as search-index.ts makes it. */
function over(postings: Postings, tokenize: 'forward' | 'strict'): Index {
  const index = new Index({ tokenize, encode: searchTokens });
  const get = (key: string): Slots | undefined =>
    tokenize === 'forward' ? postings.prefix(key) : postings.word(key);
  (index as unknown as { map: { get: typeof get } }).map = { get };
  return index;
}

describe('postings behind FlexSearch', () => {
  for (const [field, tokenize] of [
    ['names', 'forward'],
    ['body', 'strict'],
  ] as const) {
    it(`answer every eval keystroke as FlexSearch's own ${tokenize} index of the ${field}`, () => {
      const own = new Index({ tokenize, encode: searchTokens });
      const builder = new PostingsBuilder();
      sources.forEach((s, n) => {
        own.add(n, s[field]);
        builder.add(n, searchTokens(s[field]));
      });
      const postings = builder.finish();
      const restored = Postings.restore(structuredClone(postings.snapshot()), sources.length)!;
      const ours = over(postings, tokenize);
      const fromSnapshot = over(restored, tokenize);
      for (const q of keystrokes) {
        const expected = own.search(q, { limit: 72, suggest: true });
        expect(ours.search(q, { limit: 72, suggest: true }), q).toEqual(expected);
        expect(fromSnapshot.search(q, { limit: 72, suggest: true }), q).toEqual(expected);
      }
    });
  }

  it("scores positions as FlexSearch's default resolution does", () => {
    expect([0, 1, 8].map((p) => slotOf(9, p))).toEqual([0, 1, 8]);
    expect([0, 1, 10, 19].map((p) => slotOf(20, p))).toEqual([0, 1, 5, 8]);
  });

  it('refuses a damaged snapshot', () => {
    const builder = new PostingsBuilder();
    builder.add(0, ['a', 'b']);
    const snapshot = builder.finish().snapshot();
    expect(Postings.restore(structuredClone(snapshot), 1)).not.toBeNull();
    expect(Postings.restore(structuredClone(snapshot), 0)).toBeNull();
    expect(Postings.restore({ ...snapshot, words: 'a' }, 1)).toBeNull();
    expect(Postings.restore({ ...snapshot, docs: [0, 0] }, 1)).toBeNull();
    expect(Postings.restore(null, 1)).toBeNull();
  });
});
