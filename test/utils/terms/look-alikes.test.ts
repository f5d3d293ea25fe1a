import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '@/utils/knowledge/knowledge';
import { explain } from '@/utils/lookup/explain';
import { normalize } from '@/utils/terms/normalize';
import { buildTermIndex, namesOf } from '@/utils/terms/term-index';
import { NEGATIVES } from './negatives';
import { POSITIVES } from './positives';

const knowledge = bundledKnowledge();
const index = buildTermIndex(knowledge.glossary);

interface Named {
  id: string;
  /** The text of the sentence the entry was named for. */
  text: string;
}

/** What the bubble names when a reader selects `selected` in `sentence` (its first occurrence). */
function named(sentence: string, selected: string, explicit = false): Named[] {
  const at = sentence.indexOf(selected);
  expect(at, `"${selected}" is in the sentence`).toBeGreaterThanOrEqual(0);
  const request = {
    text: selected,
    before: sentence.slice(0, at),
    after: sentence.slice(at + selected.length),
    explicit,
  };
  return explain(knowledge, index, request, () => []).terms.map((t) => ({
    id: t.term.id,
    text: sentence.slice(at + t.start, at + t.end),
  }));
}

/**
 * Whether `text` is one of the entry's own names, exactly as the glossary writes it, and not one that needs support
 * from its context. The rows were written before the glossary gave symbols such as IL6ST (gp130), IL6R or EGFR
 * entries of their own; naming such a symbol as itself is right, and a frozen row is not edited for it.
 */
function isOwnName(id: string, text: string): boolean {
  const entry = knowledge.termById.get(id);
  if (!entry) return false;
  const key = normalize(text);
  return namesOf(entry).some(
    (name) =>
      !entry.rules?.[name]?.context &&
      // A short name counts only as written (DC is not dc); a longer one in any of its spellings (endothelial cells).
      (name === text || (name.replace(/[^\p{L}\p{N}]/gu, '').length > 4 && normalize(name) === key)),
  );
}

/** The entry a row expects, or a dedicated entry the glossary has since added beneath it (ILC2 under ILC). */
function isExpected(found: string | undefined, id: string): boolean {
  return (
    found === id || (found !== undefined && (knowledge.termById.get(found)?.related.includes(id) ?? false))
  );
}

const wrong = (found: readonly Named[], allowed: readonly string[]) =>
  found
    .filter(({ id, text }) => !allowed.includes(id) && !isOwnName(id, text))
    .map(({ id, text }) => `${id}: ${text}`);

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
      const first = named(sentence, selected)[0]?.id;
      expect(isExpected(first, id), `${first} for ${id}`).toBe(true);
    },
  );
});
