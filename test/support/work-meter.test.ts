import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '@/utils/knowledge/knowledge';
import { recognize } from '@/utils/terms/recognize';
import { buildTermIndex } from '@/utils/terms/term-index';
import { countingWork, measureWork, overBound } from './work-meter';

/**
 * The meter the linearity tests rely on (fuzz, precision, understand-query): if it stopped seeing the recogniser's
 * reads or steps, their bounds would hold for any code, so these check that it sees them, and that it counts a
 * quadratic loop as quadratic and a global regular expression's matches as one pass.
 */
const index = buildTermIndex(bundledKnowledge().glossary);
const PASSAGE = 'IL-12 and IFN-γ activate NK cells; dendritic cells (DCs) present antigen. '.repeat(40);

describe('the work meter', () => {
  it('sees every character the recogniser scans and the steps of its trie walks', () => {
    const { result, work } = measureWork(index.trie, () => recognize(index, PASSAGE));
    expect(result.length).toBeGreaterThan(0);
    expect(work.chars).toBeGreaterThanOrEqual(PASSAGE.length);
    // A walk's first step is not counted (see `Work`): a name of five pieces takes three more, each counted.
    const long = 'type 2 innate lymphoid cells and non-small cell lung cancer. '.repeat(40);
    const names = measureWork(index.trie, () => recognize(index, long));
    expect(names.result.length).toBe(80);
    expect(names.work.steps).toBeGreaterThanOrEqual(3 * names.result.length);
  });

  it('counts a loop that reads the text again for each character as quadratic', () => {
    const text = 'x'.repeat(1000);
    const { work } = measureWork(index.trie, () => {
      for (let i = 0; i < text.length; i++) text.slice(0, i).indexOf('y');
    });
    // Each slice copies i characters and each search reads them: about n² in all.
    expect(work.chars).toBeGreaterThan(text.length ** 2 * 0.9);
    expect(overBound(work, text.length, { chars: 100, steps: 1 })).toMatch(/^\d+\.\d characters/);
  });

  it("counts a global regular expression's matches as one pass over the text", () => {
    const text = 'a1 '.repeat(10_000);
    const { work } = measureWork(index.trie, () => text.replace(/\d/g, '').split(/\s+/));
    expect(work.chars).toBeGreaterThanOrEqual(text.length);
    expect(work.chars).toBeLessThan(4 * text.length);
  });

  it('gives the built-ins and the trie back as they were, after a throw too', () => {
    const slice = String.prototype.slice;
    const exec = RegExp.prototype.exec;
    const mask = index.trie.childMask;
    expect(() =>
      countingWork(index.trie, () => {
        throw new Error('inside');
      }),
    ).toThrow('inside');
    expect(String.prototype.slice).toBe(slice);
    expect(RegExp.prototype.exec).toBe(exec);
    expect(Object.getOwnPropertyDescriptor(index.trie, 'childMask')?.value).toBe(mask);
    expect(Object.hasOwn(index.trie, 'child')).toBe(false);
    expect(measureWork(index.trie, () => 'abc'.slice(1)).work).toEqual({ chars: 2, steps: 0 });
  });
});
