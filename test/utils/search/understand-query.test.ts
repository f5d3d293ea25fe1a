import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '@/utils/knowledge/knowledge';
import { MAX_QUERY_CHARS } from '@/utils/limits';
import { findFacets, plainWords } from '@/utils/search/facets';
import { understandQuery } from '@/utils/search/understand-query';
import { buildTermIndex } from '@/utils/terms/term-index';
import { measureWork, overBound } from '../../support/work-meter';

const terms = buildTermIndex(bundledKnowledge().glossary);
const understand = (q: string) => understandQuery(terms, q, false);
const conceptIds = (q: string) => understand(q).concepts.map((c) => c.ids[0]);

describe('understandQuery: known terms', () => {
  it.each(['interleukin 2', 'IL2', 'IL-2', 'il 2', 'Interleukin-2'])(
    'reads %j as the one concept IL-2',
    (q) => {
      expect(conceptIds(q)).toEqual(['il-2']);
      expect(understand(q).singleTerm).toBe(true);
    },
  );

  it('keeps a multi-word name whole instead of splitting it into words', () => {
    expect(conceptIds('cytokine release syndrome and tumour microenvironment')).toEqual([
      'cytokine-release-syndrome',
      'tumour-microenvironment',
    ]);
    expect(understand('white blood cell counts').words).toEqual(['count']);
  });

  it('reads a lower-case acronym typed in the box in capitals', () => {
    expect(conceptIds('tnf side effects')).toEqual(['tnf']);
  });

  it('takes the whole query as one term when the caller found it as one name', () => {
    expect(understandQuery(terms, 'CD8+ T cells', false, ['cd8-t-cell'])).toMatchObject({
      concepts: [{ ids: ['cd8-t-cell'] }],
      singleTerm: true,
    });
  });
});

describe('understandQuery: facets', () => {
  it.each([
    ['side effects of IL-12', 'side-effects'],
    ['is IL-12 safe', 'side-effects'],
    ['IL-12 toxicity', 'side-effects'],
    ['adverse effects of interleukin-12', 'side-effects'],
    ['do tumours make interleukins', 'production'],
    ['how is il-12 secreted', 'production'],
    ['where do cancer cytokines come from', 'production'],
    ['function of interleukin 12', 'role'],
    ['how does il-2 work', 'role'],
    ['what does interleukin 12 do', 'role'],
    ['can il12 be used to treat cancer', 'treatment'],
    ['do cytokines cause cancer', 'cause'],
    ['cytokines helpful or harmful', 'good-or-bad'],
    ['pro-tumour or anti-tumour cytokines', 'good-or-bad'],
    ['which cancers have high cytokine levels', 'levels'],
  ])('%j asks about %s', (q, facet) => {
    expect(understand(q).facets).toContain(facet);
  });

  it('leaves a facet word inside a term’s name to the name', () => {
    expect(understand('liver toxicity')).toMatchObject({ facets: [], singleTerm: true });
    expect(understand('immunotherapy')).toMatchObject({ facets: [], singleTerm: true });
  });

  it('reads the word being typed as the start of a facet only beside a term', () => {
    expect(understandQuery(terms, 'is IL-12 saf', true).facets).toEqual(['side-effects']);
    expect(understandQuery(terms, 'immunoth', true).facets).toEqual([]);
  });
});

describe('understandQuery: question and stop words', () => {
  it.each([
    ['what is lymphopenia', 'lymphopenia'],
    ['define cachexia', 'cachexia'],
    ['nk cells meaning', 'nk-cell'],
  ])('%j is the one term %s, asked about', (q, id) => {
    expect(understand(q)).toMatchObject({
      concepts: [{ ids: [id] }],
      facets: [],
      words: [],
      singleTerm: true,
    });
  });

  it.each(['what is the', 'how why when', '', '🧬🧬', 'שלום עולם', '<b>\u0000</b>'])(
    'finds nothing to rank by in %j',
    (q) => {
      expect(understand(q)).toMatchObject({ concepts: [], facets: [], singleTerm: false });
    },
  );

  it('keeps the other content words as search tokens', () => {
    // "tumor cells" is one concept (the glossary's tumour cell); the rest are words.
    expect(conceptIds('tumor cells that travel in the bloodstream')).toEqual(['tumour-cell']);
    expect(understand('tumor cells that travel in the bloodstream').words).toEqual(['travel', 'bloodstream']);
  });

  it('does work linear in the query, and none past its first MAX_QUERY_CHARS characters', () => {
    /**
     * Characters the string and regular-expression built-ins read and trie steps, per character of the query
     * (test/support/work-meter.ts). Measured: at most 16.8 characters (at 50 characters: the words and facet lists
     * cost something on any query) and 0.14 steps per character; a pasted 2,000-character or 1 MB query costs what
     * its first MAX_QUERY_CHARS do. The bound is about twice that.
     */
    const QUERY_BOUND = { chars: 35, steps: 0.3 };
    const question = 'is interleukin 12 safe for tumours ';
    const query = (size: number) => question.repeat(Math.ceil(size / question.length)).slice(0, size);
    // The recogniser remembers the words it has read: read them once, so that each count is the query's own.
    understand(query(MAX_QUERY_CHARS));
    const workOf = (q: string) => measureWork(terms.trie, () => understand(q)).work;
    for (const size of [50, 100, MAX_QUERY_CHARS])
      expect(overBound(workOf(query(size)), size, QUERY_BOUND), `${size} characters`).toBeNull();
    for (const size of [2000, 1 << 20])
      expect(overBound(workOf(query(size)), MAX_QUERY_CHARS, QUERY_BOUND), `${size} characters`).toBeNull();
  });
});

describe('findFacets', () => {
  it('matches stems at word starts, two-word stems across two words, short stems only whole', () => {
    expect(findFacets(plainWords('toxicities')).map((m) => m.facet)).toEqual(['side-effects']);
    expect(findFacets(plainWords('side-effects')).map((m) => m.facet)).toEqual(['side-effects']);
    expect(findFacets(plainWords('activate'))).toEqual([]);
  });
});
