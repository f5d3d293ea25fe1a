/**
 * The memos on the lookup path (folded words in pieces.ts, trie walks in recognize.ts, nearest words in
 * vocabulary.ts) stay under their character caps when a page floods the background with long distinct words.
 */
import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '@/utils/knowledge/knowledge';
import { MAX_SELECTION_CHARS } from '@/utils/limits';
import { Vocabulary } from '@/utils/search/vocabulary';
import { foldCache } from '@/utils/terms/pieces';
import { MAX_NUMBERED_WORDS, wordsNumbered } from '@/utils/terms/piece-table';
import { fromRootCache, recognize } from '@/utils/terms/recognize';
import { buildTermIndex } from '@/utils/terms/term-index';

/** Deterministic random lower-case letters (a small LCG), so every run floods with the same words. */
function letters(seed: number) {
  let state = seed;
  return (length: number) => {
    let word = '';
    for (let i = 0; i < length; i++) {
      state = (state * 1103515245 + 12345) >>> 0;
      word += String.fromCharCode(97 + ((state >>> 16) % 26));
    }
    return word;
  };
}

describe('word caches flooded with long distinct words', () => {
  it('keep the folded words and trie walks under their character caps', () => {
    const index = buildTermIndex(bundledKnowledge().glossary);
    const word = letters(1);
    let fed = 0;
    // 40,000 distinct words of 40 to 64 letters (about 2.5 M characters in all), and some of a whole selection's length, sent
    // as selections of at most MAX_SELECTION_CHARS.
    for (let n = 0; n < 1300; n++) {
      const words: string[] = [];
      let length = 0;
      while (length < MAX_SELECTION_CHARS - 70) {
        const w =
          n % 50 === 0 && words.length === 0 ? word(MAX_SELECTION_CHARS - 100) : word(40 + (length % 25));
        words.push(w);
        length += w.length + 1;
      }
      const text = words.join(' ');
      fed += text.length;
      recognize(index, text);
      expect(foldCache.totalChars).toBeLessThanOrEqual(foldCache.maxChars);
    }
    const walks = fromRootCache.get(index.trie)!;
    expect(fed).toBeGreaterThan(5 * foldCache.maxChars);
    expect(foldCache.totalChars).toBeLessThanOrEqual(foldCache.maxChars);
    expect(walks.totalChars).toBeLessThanOrEqual(walks.maxChars);
    expect(walks.size).toBeGreaterThan(0);
    // The words numbered for the recogniser's columns: a memo past its bound is dropped with its passage.
    expect(wordsNumbered(index.trie)).toBeLessThanOrEqual(MAX_NUMBERED_WORDS);
    // 80,000 distinct words: each number in base 26, as eight letters.
    const distinct = (n: number) =>
      Array.from({ length: 8 }, (_, k) => String.fromCharCode(97 + (Math.floor(n / 26 ** k) % 26))).join('');
    const huge = Array.from({ length: 80_000 }, (_, n) => distinct(n)).join(' ');
    recognize(index, huge);
    expect(wordsNumbered(index.trie)).toBeLessThanOrEqual(MAX_NUMBERED_WORDS);
    // Still a memo: a real word read twice is kept.
    recognize(index, 'Levels of IL-12 and interferon gamma rose.');
    expect(foldCache.has('interferon')).toBe(true);
  });

  it('keep the nearest-word memo under its character cap', () => {
    const vocabulary = new Vocabulary(
      new Map([
        ['cytokine', 5],
        ['chemokine', 3],
      ]),
    );
    const word = letters(2);
    for (let i = 0; i < 20_000; i++) vocabulary.nearest(word(30 + (i % 35)));
    expect(vocabulary.nearestCache.totalChars).toBeLessThanOrEqual(vocabulary.nearestCache.maxChars);
    expect(vocabulary.nearest('cytokien')).toBe('cytokine');
  });
});
