import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '@/utils/knowledge/knowledge';
import { explain } from '@/utils/lookup/explain';
import { buildTermIndex } from '@/utils/terms/term-index';
import { CYTOKINE_MENTIONS } from './cytokine-mentions';
import { NEGATIVES } from './negatives';
import { POSITIVES } from './positives';

const knowledge = bundledKnowledge();
const index = buildTermIndex(knowledge.glossary);

/** What the bubble names when a reader selects `selected` in `sentence` (its first occurrence). */
function named(sentence: string, selected: string, explicit = false): string[] {
  const at = sentence.indexOf(selected);
  expect(at, `"${selected}" is in the sentence`).toBeGreaterThanOrEqual(0);
  const request = {
    text: selected,
    before: sentence.slice(0, at),
    after: sentence.slice(at + selected.length),
    explicit,
  };
  return explain(knowledge, index, request, () => []).terms.map((t) => t.term.id);
}

const wrong = (ids: readonly string[], allowed: readonly string[]) =>
  ids.filter((id) => !allowed.includes(id));

describe('look-alikes name nothing they are not', () => {
  it('has at least 150 sentences', () => {
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(NEGATIVES.map(([sentence, lookalike, allowed = []]) => [lookalike, sentence, allowed] as const))(
    'selecting %j in %j names nothing wrong',
    (lookalike, sentence, allowed) => {
      expect(wrong(named(sentence, lookalike), allowed)).toEqual([]);
      expect(wrong(named(sentence, lookalike, true), allowed)).toEqual([]);
    },
  );

  it.each(NEGATIVES.map(([sentence, , allowed = []]) => [sentence, allowed] as const))(
    'selecting all of %j names nothing wrong',
    (sentence, allowed) => {
      expect(wrong(named(sentence, sentence), allowed)).toEqual([]);
    },
  );
});

describe('ambiguous acronyms used in their glossary sense still name their entry', () => {
  it.each(POSITIVES.map(([sentence, selected, id]) => [selected, sentence, id] as const))(
    'selecting %j in %j shows its entry',
    (selected, sentence, id) => {
      expect(named(sentence, selected)[0]).toBe(id);
    },
  );
});

describe('cytokine mentions as abstracts write them are named first', () => {
  it.each(CYTOKINE_MENTIONS.map(([sentence, mention, id]) => [mention, sentence, id] as const))(
    'selecting %j in %j names it first',
    (mention, sentence, id) => {
      expect(named(sentence, mention)[0]).toBe(id);
    },
  );
});
