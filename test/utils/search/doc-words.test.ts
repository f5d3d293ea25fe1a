import { describe, expect, it } from 'vitest';
import { DocWordsBuilder, FieldWords, Lexicon } from '@/utils/search/doc-words';
import { seededRandom } from '../../support/seeded-random';

/** The plain way: a document's words as a set of strings. */
const startsAny = (words: readonly string[], prefix: string) => words.some((w) => w.startsWith(prefix));

describe('Lexicon', () => {
  const lexicon = new Lexicon(['a', 'ab', 'abc', 'abd', 'b', 'ba', 'z\uffff', 'z\uffffa', 'é']);

  it('numbers a word by its place, and -1 for a word it lacks', () => {
    expect(lexicon.numberOf('a')).toBe(0);
    expect(lexicon.numberOf('abd')).toBe(3);
    expect(lexicon.numberOf('é')).toBe(8);
    expect(lexicon.numberOf('abe')).toBe(-1);
    expect(lexicon.numberOf('')).toBe(-1);
    // Remembered answers stay right.
    expect(lexicon.numberOf('abe')).toBe(-1);
    expect(lexicon.numberOf('a')).toBe(0);
  });

  it.each([
    ['a', 0, 4],
    ['ab', 1, 4],
    ['abc', 2, 3],
    ['b', 4, 6],
    ['c', 6, 6],
    ['', 0, 9],
    ['z\uffff', 6, 8],
    ['é', 8, 9],
    ['zz', 6, 6],
  ])('gives the run of words starting with %j', (prefix, start, end) => {
    expect([lexicon.start(prefix), lexicon.end(prefix)]).toEqual([start, end]);
  });
});

describe('DocWordsBuilder', () => {
  it('numbers every document’s words against the sorted words, each once, ascending', () => {
    const builder = new DocWordsBuilder();
    builder.add(['il12', 'cytokine', 'il12'], ['made', 'by', 'cells', 'cells']);
    builder.add([], ['cytokine']);
    builder.add(['tnf'], []);
    const words = builder.finish();
    expect(words.lexicon.words).toEqual(['by', 'cells', 'cytokine', 'il12', 'made', 'tnf']);
    expect([...words.names.of(0)]).toEqual([2, 3]);
    expect([...words.body.of(0)]).toEqual([0, 1, 4]);
    expect([...words.names.of(1)]).toEqual([]);
    expect([...words.body.of(1)]).toEqual([2]);
    expect([...words.names.of(2)]).toEqual([5]);
    expect(words.frequency('cytokine')).toBe(2);
    expect(words.frequency('cells')).toBe(1);
    expect(words.frequency('nothing')).toBeUndefined();
    expect(words.nameWordsOf(0)).toEqual(['cytokine', 'il12']);
  });

  it('answers whole-word and prefix questions as a set of the document’s words would', () => {
    const random = seededRandom(7);
    const letters = 'abcé';
    const word = () =>
      Array.from({ length: 1 + Math.floor(random() * 4) }, () => letters[Math.floor(random() * 4)]).join('');
    const docs = Array.from({ length: 60 }, () => ({
      names: Array.from({ length: Math.floor(random() * 5) }, word),
      body: Array.from({ length: Math.floor(random() * 12) }, word),
    }));
    const builder = new DocWordsBuilder();
    for (const d of docs) builder.add(d.names, d.body);
    const words = builder.finish();
    const probes = [...Array.from({ length: 200 }, word), ''];
    docs.forEach((d, n) => {
      for (const p of probes) {
        expect(words.hasName(n, p), `${n} ${p}`).toBe(d.names.includes(p));
        expect(words.hasBody(n, p), `${n} ${p}`).toBe(d.body.includes(p));
        expect(words.nameStarts(n, p), `${n} ${p}`).toBe(startsAny(d.names, p));
        expect(words.bodyStarts(n, p), `${n} ${p}`).toBe(startsAny(d.body, p));
      }
    });
  });
});

describe('FieldWords.valid', () => {
  const starts = Int32Array.of(0, 2, 2, 3);
  it('takes one ascending list per document, every number a word', () => {
    expect(FieldWords.valid(Int32Array.of(0, 4, 1), starts, 3, 5)).toBe(true);
  });
  it.each([
    ['a repeated word', Int32Array.of(1, 1, 0), starts, 3],
    ['a descending list', Int32Array.of(3, 1, 0), starts, 3],
    ['a number past the words', Int32Array.of(0, 5, 1), starts, 3],
    ['a negative number', Int32Array.of(-1, 2, 1), starts, 3],
    ['another count of documents', Int32Array.of(0, 4, 1), starts, 4],
    ['starts past the words', Int32Array.of(0, 4), starts, 3],
    ['starts going back', Int32Array.of(0, 4, 1), Int32Array.of(0, 2, 1, 3), 3],
  ])('refuses %s', (_, words, s, count) => {
    expect(FieldWords.valid(words, s, count, 5)).toBe(false);
  });
});
