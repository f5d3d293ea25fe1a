import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '@/utils/knowledge/knowledge';
import { editDistance } from '@/utils/search/edit-distance';
import { highlightSegments } from '@/utils/search/highlight';
import { buildSearchIndex, sourcesOf } from '@/utils/search/search-index';
import { searchTokens } from '@/utils/search/tokenize';
import { Vocabulary } from '@/utils/search/vocabulary';
import { buildTermIndex } from '@/utils/terms/term-index';

const knowledge = bundledKnowledge();
const terms = buildTermIndex(knowledge.glossary);
const index = buildSearchIndex(sourcesOf(knowledge), terms);
const top = (query: string, n = 1) =>
  index
    .search(query)
    .hits.slice(0, n)
    .map((h) => `${h.kind}:${h.id}`);

describe('searchTokens', () => {
  it.each([
    ['IL-12', ['il12']],
    ['IL 12', ['il12']],
    ['interleukin 12', ['interleukin', 'il12']],
    ['IFN-γ', ['ifngamma']],
    ['interferon gamma', ['interferon', 'ifngamma']],
    ['tumour cells', ['tumor', 'cell']],
    ['What is the role of IL-12 in cancer?', ['role', 'il12', 'cancer']],
  ])('reads %j as %j', (text, expected) => {
    expect(searchTokens(text)).toEqual(expected);
  });
});

describe('editDistance', () => {
  it.each([
    ['cytokine', 'cytokine', 0],
    ['cytokne', 'cytokine', 1],
    ['cytoknie', 'cytokine', 1],
    ['macrophge', 'macrophage', 1],
    ['neutropnia', 'neutropenia', 1],
    ['abc', 'xyz', 3],
  ])('%s → %s is %d', (a, b, d) => {
    expect(editDistance(a, b, 3)).toBe(d);
  });

  it('gives up past its limit', () => {
    expect(editDistance('interleukin', 'chemokine', 2)).toBe(3);
  });
});

describe('Vocabulary', () => {
  const vocabulary = new Vocabulary(
    new Map([
      ['cytokine', 5],
      ['cytokines', 1],
      ['chemokine', 3],
      ['il12', 4],
    ]),
  );
  it('finds the nearest known word, preferring the more frequent', () => {
    expect(vocabulary.nearest('cytokien')).toBe('cytokine');
    expect(vocabulary.nearest('zzzzzz')).toBeUndefined();
  });
  it('answers prefix questions', () => {
    expect(vocabulary.hasPrefix('cyto')).toBe(true);
    expect(vocabulary.hasPrefix('cyx')).toBe(false);
  });
});

describe('search over the bundled knowledge', () => {
  it.each([
    ['il12', 'term:il-12'],
    ['IL-12', 'term:il-12'],
    ['interleukin 12', 'term:il-12'],
    ['Interleukin-12 (IL-12)', 'term:il-12'],
    ['IFN-γ', 'term:ifn-gamma'],
    ['interferon gamma', 'term:ifn-gamma'],
    ['IFNg', 'term:ifn-gamma'],
    ['tumour microenvironment', 'term:tumour-microenvironment'],
    ['tumor microenvironment', 'term:tumour-microenvironment'],
    ['cytokines', 'term:cytokine'],
    ['Keytruda', 'term:pembrolizumab'],
  ])('puts the exact name or alias %j first', (query, expected) => {
    expect(top(query)).toEqual([expected]);
  });

  it('matches prefixes while typing', () => {
    expect(top('interleu', 5)).toContain('term:interleukin');
    expect(top('pembro')).toEqual(['term:pembrolizumab']);
  });

  it('corrects a typo and says what it searched for', () => {
    const result = index.search('cytokiens');
    expect(result.correctedQuery).toBe('cytokine');
    expect(result.hits[0]).toMatchObject({ kind: 'term', id: 'cytokine' });
  });

  it('keeps a question or facet word the glossary lacks instead of correcting it to a name', () => {
    const result = index.search('what is the purpose of interleukins');
    expect(result.correctedQuery).toBeUndefined();
    expect(result.hits[0]).toMatchObject({ kind: 'qa', section: 'answer' });
    expect(index.search('immunotheraphy').correctedQuery).toBe('immunotherapy');
  });

  it('finds a question asked in plain words', () => {
    expect(top('side effects of IL-12', 3)).toContain('qa:il-12-side-effects');
    expect(top('can cytokines cause cancer', 3)).toContain('qa:can-cytokines-cause-cancer');
  });

  it.each([
    ['is IL-12 safe', 'il-12-side-effects'],
    ['why do tumours make interleukins', 'cancer-cells-make-interleukins'],
    ['cytokines helpful or harmful', 'cytokines-good-or-bad'],
    ['how does interleukin 2 fight cancer', 'how-interleukins-work'],
  ])('answers the question %j with its Q&A first, in the answer section', (query, id) => {
    expect(index.search(query).hits[0]).toMatchObject({ kind: 'qa', id, section: 'answer' });
  });

  it('shows a single term first and the questions linked to it next, before other terms', () => {
    const hits = index.search('lymphopenia').hits;
    expect(hits.slice(0, 2).map((h) => [`${h.kind}:${h.id}`, h.section])).toEqual([
      ['term:lymphopenia', 'term'],
      ['qa:il-12-side-effects', 'linked'],
    ]);
    expect(
      index
        .search('what is IL-12')
        .hits.slice(0, 5)
        .map((h) => h.section),
    ).toEqual(['term', 'linked', 'linked', 'linked', 'linked']);
  });

  it('keeps a term first when no Q&A covers the query’s term, however well a Q&A matches its facet', () => {
    expect(top('how does keytruda work')).toEqual(['term:pembrolizumab']);
    expect(index.search('keytruda side effects').hits[0]).toMatchObject({
      id: 'pembrolizumab',
      section: 'term',
    });
    expect(top('tnf side effects')).toEqual(['term:tnf']);
    // The terms of the facet are listed too, whatever words the text search found.
    expect(top('keytruda side effects', 3)).toContain('term:immune-related-adverse-event');
  });

  it('puts each kind in one group after the answer', () => {
    const sections = index.search('do cytokines cause cancer').hits.map((h) => h.section);
    expect(sections[0]).toBe('answer');
    const runs = sections.filter((s, i) => s !== sections[i - 1]);
    expect(new Set(runs).size).toBe(runs.length);
  });

  it.each(['', '   ', '?!', '<script>', '\u0000\u0001', '🧬'.repeat(50), 'x'.repeat(100_000)])(
    'answers odd input %#  with nothing or a result, calmly',
    (query) => {
      const result = index.search(query);
      expect(result.hits.length).toBeLessThanOrEqual(12);
    },
  );
});

describe('highlightSegments', () => {
  it('marks the words a query matched, keeping the rest as text', () => {
    expect(highlightSegments('IL-12 induces IFN-γ.', ['il12'])).toEqual([
      { text: 'IL-12', match: true },
      { text: ' induces IFN-γ.', match: false },
    ]);
  });
  it('marks prefixes of words', () => {
    expect(highlightSegments('Cytokines and chemokines', ['cyto']).filter((s) => s.match)).toEqual([
      { text: 'Cytokines', match: true },
    ]);
  });
  it('keeps HTML in the text as text', () => {
    expect(
      highlightSegments('<b>IL-2</b>', ['il2'])
        .map((s) => s.text)
        .join(''),
    ).toBe('<b>IL-2</b>');
  });
});
