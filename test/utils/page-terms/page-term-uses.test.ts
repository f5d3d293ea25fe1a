import { describe, expect, it } from 'vitest';
import { bundledIndexes } from '@/utils/knowledge/indexes';
import { pageTermUses } from '@/utils/page-terms/page-term-uses';

const { knowledge, terms } = bundledIndexes();
const uses = (text: string) =>
  pageTermUses(knowledge, terms, text).map((u) => [text.slice(u.start, u.end), u.id]);

describe('the uses of known terms in a chunk of page text', () => {
  it('lists every use in reading order with its span, the same term as often as it is written', () => {
    expect(uses('Interleukin-12 (IL-12) induces IFN-γ in NK cells. IL-12 again.')).toEqual([
      ['Interleukin-12', 'il-12'],
      ['IL-12', 'il-12'],
      ['IFN-γ', 'ifn-gamma'],
      ['NK cells', 'nk-cell'],
      ['IL-12', 'il-12'],
    ]);
  });

  it('counts a name that often means something else only where the text supports it', () => {
    expect(uses('The DC comics.')).toEqual([]);
    expect(uses('Give the TAM a call.')).toEqual([]);
    expect(uses('Mature DC present antigen to T cells.')).toContainEqual(['DC', 'dendritic-cell']);
  });

  it('finds nothing in text without terms, empty text, emoji, right-to-left text or binary noise', () => {
    for (const text of ['', 'The weather was fine.', '🙂🙃 👍', 'مرحبا بالعالم', '\u0000\uFFFD\uD800 x'])
      expect(uses(text)).toEqual([]);
  });
});
