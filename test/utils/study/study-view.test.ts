import { describe, expect, it } from 'vitest';
import { filterRows, markTerm, sortRows, studyRows, type StudyTerm } from '@/utils/study/study-view';
import { entry, T0 } from './study-fixtures';

const TERMS: Record<string, StudyTerm> = {
  'il-12': {
    name: 'Interleukin-12',
    short: 'IL-12',
    aliases: [],
    category: 'interleukin',
    summary: 'A signal.',
  },
  'ifn-gamma': {
    name: 'Interferon gamma',
    short: 'IFN-γ',
    aliases: [],
    category: 'interferon',
    summary: 'An alarm.',
  },
};
const rows = studyRows(
  [
    entry('il-12', T0, { sentence: 'High IL-12 levels.' }),
    entry('ifn-gamma', T0 + 1, { sentence: 'IFN-g rose.' }),
  ],
  (id) => TERMS[id],
);

describe('the study list view', () => {
  it('sorts newest first or A–Z', () => {
    expect(sortRows(rows, 'newest').map((r) => r.entry.termId)).toEqual(['ifn-gamma', 'il-12']);
    expect(sortRows(rows, 'a-z').map((r) => r.entry.termId)).toEqual(['ifn-gamma', 'il-12']);
    expect(sortRows(rows.slice().reverse(), 'a-z')[0]!.term.name).toBe('Interferon gamma');
  });

  it('filters by category and by every word of the text', () => {
    expect(filterRows(rows, 'interleukin', '').map((r) => r.entry.termId)).toEqual(['il-12']);
    expect(filterRows(rows, '', 'high levels').map((r) => r.entry.termId)).toEqual(['il-12']);
    expect(filterRows(rows, '', 'nothing like it')).toEqual([]);
  });

  it('marks the term in its saved sentence, a spelling variant too, and keeps markup as text', () => {
    expect(markTerm('High IL-12 levels.', TERMS['il-12']!)).toEqual([
      { text: 'High ', marked: false },
      { text: 'IL-12', marked: true },
      { text: ' levels.', marked: false },
    ]);
    expect(markTerm('IFN-g rose.', TERMS['ifn-gamma']!)).toEqual([
      { text: 'IFN-g', marked: true },
      { text: ' rose.', marked: false },
    ]);
    expect(markTerm('<b>IL-12</b>', TERMS['il-12']!)).toEqual([
      { text: '<b>', marked: false },
      { text: 'IL-12', marked: true },
      { text: '</b>', marked: false },
    ]);
  });
});
