import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '@/utils/knowledge/knowledge';
import { explain } from '@/utils/lookup/explain';
import type { ExplainRequest } from '@/utils/messages/to-background';
import { buildTermIndex } from '@/utils/terms/term-index';

const knowledge = bundledKnowledge();
const index = buildTermIndex(knowledge.glossary);
const noSuggestions = () => [];
const ask = (request: Partial<ExplainRequest> & { text: string }) =>
  explain(knowledge, index, { explicit: false, ...request }, () => [
    { kind: 'term', id: 'cytokine', title: 'Cytokine' },
  ]);

describe('explain', () => {
  it('answers a selection that is one name with that entry', () => {
    const reply = explain(
      knowledge,
      index,
      { text: 'Interleukin-12 (IL-12)', explicit: false },
      noSuggestions,
    );
    expect(reply.terms.map((t) => t.term.id)).toEqual(['il-12']);
    expect(reply.terms[0]!.term).toMatchObject({
      name: 'Interleukin-12',
      short: 'IL-12',
      category: 'Interleukin',
    });
  });

  it('shows every known term of a selected sentence in reading order, each once', () => {
    const reply = ask({ text: 'IL-12 induces IFN-γ in NK cells, and IFN-γ then activates macrophages.' });
    expect(reply.terms.map((t) => t.term.id)).toEqual(['il-12', 'ifn-gamma', 'nk-cell', 'macrophage']);
  });

  it('widens a double-click that stopped at the hyphen to the whole term', () => {
    const reply = ask({ text: '12', before: 'The role of IL-', after: ' in cancer' });
    expect(reply.terms.map((t) => t.term.id)).toEqual(['il-12']);
    expect(reply.widened).toEqual({ start: -3, end: 2 });
  });

  it('gives a plain selection nothing, and no suggestions when the request was automatic', () => {
    expect(ask({ text: 'the weather was pleasant' })).toEqual({
      widened: { start: 0, end: 24 },
      terms: [],
      suggestions: [],
    });
  });

  it('answers an explicit request with no term with search suggestions', () => {
    const reply = ask({ text: 'weather', explicit: true });
    expect(reply.terms).toEqual([]);
    expect(reply.suggestions).toEqual([{ kind: 'term', id: 'cytokine', title: 'Cytokine' }]);
  });

  it('lists at most three related questions for a term', () => {
    const [il12] = ask({ text: 'IL-12' }).terms;
    expect(il12!.term.questions.length).toBeLessThanOrEqual(3);
    expect(il12!.term.questions[0]).toEqual({
      id: 'role-of-il-12',
      question: 'What is the role of interleukin 12?',
    });
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['HTML', '<img src=x onerror=alert(1)>IL-12</img>'],
    ['right-to-left', 'إنترلوكين IL-12 في السرطان'],
    ['emoji', '🧬🧪 IL-12 🧫'],
    ['lone surrogate', '\ud800IL-12\udfff'],
  ])('stays calm with %s input', (_kind, text) => {
    const reply = ask({ text });
    expect(Array.isArray(reply.terms)).toBe(true);
    if (text.includes('IL-12')) expect(reply.terms.map((t) => t.term.id)).toEqual(['il-12']);
    else expect(reply.terms).toEqual([]);
  });
});

describe('explain with the text around a selection', () => {
  it.each([
    ['IL', '', '-12 links innate and adaptive immunity', 'il-12', { start: 0, end: 5 }],
    ['IFN', 'It induces ', '-γ in natural killer cells', 'ifn-gamma', { start: 0, end: 5 }],
    ['γ', 'It induces IFN-', ' in natural killer cells', 'ifn-gamma', { start: -4, end: 1 }],
  ])('widens %j to the term it is part of', (text, before, after, id, widened) => {
    const reply = explain(knowledge, index, { text, before, after, explicit: false }, noSuggestions);
    expect(reply.terms.map((t) => t.term.id)).toEqual([id]);
    expect(reply.widened).toEqual(widened);
  });
});

describe('words that are names of JavaScript object members', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'reads %j as a plain word',
    (word) => {
      expect(ask({ text: `the ${word} of IL-12` }).terms.map((t) => t.term.id)).toEqual(['il-12']);
    },
  );
});
