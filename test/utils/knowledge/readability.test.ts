import { describe, expect, it } from 'vitest';
import { median, readability, syllablesIn } from '@/utils/knowledge/readability';

describe('syllable rule', () => {
  it.each([
    ['cat', 1],
    ['table', 2],
    ['make', 1],
    ['makes', 1],
    ['killed', 1],
    ['wanted', 2],
    ['cytokines', 3],
    ['diseases', 3],
    ['immune', 2],
    ['IL-2', 3],
    ['CD8', 3],
    ['HLA', 3],
    ['STING', 1],
    ['IFN-γ', 5],
    ['2025', 4],
    ['(T-cell)', 2],
  ])('%s has %i', (word, n) => {
    expect(syllablesIn(word)).toBe(n);
  });
});

describe('Flesch–Kincaid grade', () => {
  it('scores a short plain sentence low and a jargon stack high', () => {
    expect(readability('The cat sat on the mat.').grade).toBeLessThan(2);
    expect(
      readability(
        'An immunosuppressive heterodimeric IL-12-family cytokine, predominantly characterised in regulatory lymphocyte populations.',
      ).grade,
    ).toBeGreaterThan(14);
  });

  it('counts words and sentences', () => {
    expect(readability('One two three. Four five!')).toMatchObject({ words: 5, sentences: 2 });
  });

  it('takes the median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
