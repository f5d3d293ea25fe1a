import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '@/utils/knowledge/knowledge';
import { filterRows, foldForFilter, termRows } from '@/utils/page-terms/term-rows';

const knowledge = bundledKnowledge();
const page = [
  { id: 'il-12', count: 2, first: 0 },
  { id: 'ifn-gamma', count: 5, first: 1 },
  { id: 'nk-cell', count: 2, first: 3 },
  { id: 'no-such-entry', count: 9, first: 4 },
];

describe('the side panel’s rows', () => {
  it('keeps reading order, or puts the most used first with ties in reading order', () => {
    expect(termRows(knowledge, page, 'reading').map((r) => r.id)).toEqual(['il-12', 'ifn-gamma', 'nk-cell']);
    expect(termRows(knowledge, page, 'count').map((r) => r.id)).toEqual(['ifn-gamma', 'il-12', 'nk-cell']);
  });

  it('gives each row the bundled summary, its count and related questions', () => {
    const [row] = termRows(knowledge, page, 'reading');
    const entry = knowledge.termById.get('il-12')!;
    expect(row!.count).toBe(2);
    expect(row!.card.name).toBe(entry.name);
    expect(row!.card.summary).toBe(entry.summary);
    expect(row!.card.questions.map((q) => q.id)).toEqual(
      entry.qa.filter((id) => knowledge.qaById.has(id)).slice(0, row!.card.questions.length),
    );
    expect(row!.card.questions.length).toBeGreaterThan(0);
  });

  it('leaves out an id the knowledge does not hold', () => {
    expect(termRows(knowledge, page, 'count').some((r) => r.id === 'no-such-entry')).toBe(false);
  });
});

describe('the filter box', () => {
  const rows = termRows(knowledge, page, 'reading');
  it.each([
    ['il 12', ['il-12']],
    ['IFN-γ', ['ifn-gamma']],
    ['interferon', ['ifn-gamma']],
    ['NK', ['il-12', 'nk-cell']], // IL-12 is also "NKSF"
    ['NK lymph', ['nk-cell']],
    ['', ['il-12', 'ifn-gamma', 'nk-cell']],
    ['   ', ['il-12', 'ifn-gamma', 'nk-cell']],
    ['zebrafish', []],
    ['🙂', ['il-12', 'ifn-gamma', 'nk-cell']],
  ])('“%s” keeps %j', (filter, ids) => {
    expect(filterRows(rows, filter).map((r) => r.id)).toEqual(ids);
  });

  it('folds case, width and punctuation', () => {
    expect(foldForFilter('ＩＬ–12 (α)')).toBe('il12α');
  });
});
