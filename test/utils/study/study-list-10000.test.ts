import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '@/utils/knowledge/knowledge';
import { filterRows, sortRows, studyRows } from '@/utils/study/study-view';
import { entry, T0 } from './study-fixtures';

/**
 * 10,000 saved entries, as the study list view joins, sorts and filters them. How fast is measured in a real
 * browser by `npm run bench:e2e` (test/bench/study-bench.ts), not here: a timed test fails on a busy machine.
 */
describe('10,000 saved entries', () => {
  const glossary = bundledKnowledge().glossary;
  const entries = Array.from({ length: 10_000 }, (_, i) =>
    entry(glossary[i % glossary.length]!.id, T0 + i, {
      sentence: `Sentence ${i} about ${glossary[i % glossary.length]!.name}.`,
    }),
  );
  const termOf = (id: string) => bundledKnowledge().termById.get(id);
  const byName = new Intl.Collator('en', { sensitivity: 'base' });

  it('are joined to their terms and sorted A–Z or newest first', () => {
    const rows = sortRows(studyRows(entries, termOf), 'a-z');
    expect(rows).toHaveLength(10_000);
    expect(rows.every((r, i) => i === 0 || byName.compare(rows[i - 1]!.term.name, r.term.name) <= 0)).toBe(
      true,
    );
    const newest = sortRows(rows, 'newest');
    expect(newest[0]!.entry.updatedAt).toBe(T0 + 9_999);
    expect(newest.every((r, i) => i === 0 || newest[i - 1]!.entry.updatedAt >= r.entry.updatedAt)).toBe(true);
  });

  it('filter, keystroke by keystroke, to the rows holding every word typed', () => {
    const rows = studyRows(entries, termOf);
    for (const text of ['i', 'in', 'int', 'inte', 'inter', 'interl', 'interleukin 1', 'sentence 9999']) {
      const words = text.split(' ');
      const expected = rows.filter((r) => words.every((w) => r.haystack.includes(w)));
      expect(filterRows(rows, '', text)).toEqual(expected);
    }
    expect(filterRows(rows, '', 'sentence 9999').map((r) => r.entry.sentence)).toEqual([
      `Sentence 9999 about ${glossary[9999 % glossary.length]!.name}.`,
    ]);
  });
});
