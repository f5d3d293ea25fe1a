import { describe, expect, it } from 'vitest';
import { distinctShort, listedName } from '@/components/term-name';

describe('a term by name', () => {
  it.each([
    [{ name: 'Interleukin-12', short: 'IL-12' }, 'IL-12', 'IL-12 (Interleukin-12)'],
    [{ name: 'Cytokine' }, null, 'Cytokine'],
    [{ name: 'CAR T cell', short: 'CAR T cell' }, null, 'CAR T cell'],
    [{ name: 'Interferon gamma', short: '' }, null, 'Interferon gamma'],
  ])('%o has the short name %s and is listed as "%s"', (term, short, listed) => {
    expect(distinctShort(term)).toBe(short);
    expect(listedName(term)).toBe(listed);
  });
});
