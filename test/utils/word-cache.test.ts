import { describe, expect, it } from 'vitest';
import { WordCache } from '@/utils/word-cache';

const word = (i: number, length: number) => `${i}`.padStart(length, 'x');

describe('a word cache', () => {
  it('remembers what it was given', () => {
    const cache = new WordCache<string>(10, 1000, 64, (v) => v.length);
    cache.set('cytokines', 'cytokine');
    expect(cache.get('cytokines')).toBe('cytokine');
    expect(cache.has('cytokines')).toBe(true);
    expect(cache.totalChars).toBe('cytokines'.length + 'cytokine'.length);
  });

  it('counts a word set again once', () => {
    const cache = new WordCache<string>(10, 1000, 64, (v) => v.length);
    cache.set('ab', 'a');
    cache.set('ab', 'abc');
    expect(cache.size).toBe(1);
    expect(cache.totalChars).toBe(5);
  });

  it('stays under its character cap when flooded with long distinct words', () => {
    const cache = new WordCache<string>(50_000, 10_000, 64, (v) => v.length);
    for (let i = 0; i < 20_000; i++) {
      cache.set(word(i, 60), word(i, 60).toLowerCase());
      expect(cache.totalChars).toBeLessThanOrEqual(10_000);
    }
    expect(cache.size).toBeGreaterThan(0);
  });

  it('keeps no word longer than its key limit, and no more entries than its cap', () => {
    const cache = new WordCache<number>(100, 1_000_000, 64);
    cache.set('a'.repeat(65), 1);
    expect(cache.size).toBe(0);
    for (let i = 0; i < 1000; i++) cache.set(`w${i}`, i);
    expect(cache.size).toBeLessThanOrEqual(100);
  });
});
