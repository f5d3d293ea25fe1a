import { describe, expect, it } from 'vitest';
import { sentenceAround } from '@/utils/study/sentence';

describe('the sentence a selection sits in', () => {
  it.each([
    [
      'Cells grew. High levels of ',
      'IL-12',
      ' drove Th1 cells. Then more.',
      'High levels of IL-12 drove Th1 cells.',
    ],
    ['', 'IFN-γ', '', 'IFN-γ'],
    ['a cut-off window of text, ', 'TNF', ' and so on', 'a cut-off window of text, TNF and so on'],
    ['Title\n\nThe ', 'CAR T cell', ' is engineered!', 'The CAR T cell is engineered!'],
    ['Cells died. ', 'IL-12', ' links innate\n      immunity. More.', 'IL-12 links innate immunity.'],
    ['e.g. ', 'IL-2', ' binds.', 'e.g. IL-2 binds.'],
  ])('%j + %j + %j → %j', (before, text, after, sentence) => {
    expect(sentenceAround(before, text, after)).toBe(sentence);
  });
});
