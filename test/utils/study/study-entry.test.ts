import { describe, expect, it } from 'vitest';
import { MAX_STUDY_SENTENCE_CHARS } from '@/utils/limits';
import { mergeStudyLists } from '@/utils/study/merge';
import { parseStudyEntry, reviewed, saveInto, webUrl } from '@/utils/study/study-entry';
import { entry, T0 } from './study-fixtures';

describe('saving a term', () => {
  it('stores the term id, sentence, title, web link and date, newest first', () => {
    const list = saveInto(
      [entry('il-2')],
      { termId: 'il-12', sentence: 'IL-12  drives\nTh1 cells.', pageTitle: 'Review', url: 'https://x.org/a' },
      T0 + 5,
    );
    expect(list.map((e) => e.termId)).toEqual(['il-12', 'il-2']);
    expect(list[0]).toEqual({
      termId: 'il-12',
      sentence: 'IL-12 drives Th1 cells.',
      pageTitle: 'Review',
      url: 'https://x.org/a',
      savedAt: T0 + 5,
      updatedAt: T0 + 5,
      knew: 0,
      again: 0,
      reviewedAt: 0,
    });
  });

  it('updates a term saved again instead of adding a second copy, keeping its first date and counts', () => {
    const first = saveInto([], { termId: 'il-12', sentence: 'Old.' }, T0);
    const counted = [reviewed(first[0]!, true, T0 + 1)];
    const again = saveInto(counted, { termId: 'il-12', sentence: 'New.' }, T0 + 9);
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ sentence: 'New.', savedAt: T0, updatedAt: T0 + 9, knew: 1 });
  });

  it(`bounds a 100,000-character sentence to ${MAX_STUDY_SENTENCE_CHARS} characters`, () => {
    const [e] = saveInto([], { termId: 'il-2', sentence: 'IL-2 '.repeat(20_000) }, T0);
    expect(e!.sentence.length).toBe(MAX_STUDY_SENTENCE_CHARS);
    expect(e!.sentence.endsWith('…')).toBe(true);
  });

  it('keeps HTML and script in a sentence as the text it is', () => {
    const [e] = saveInto(
      [],
      { termId: 'il-2', sentence: '<img src=x onerror=alert(1)><script>x()</script> IL-2' },
      T0,
    );
    expect(e!.sentence).toBe('<img src=x onerror=alert(1)><script>x()</script> IL-2');
  });

  it.each([
    ['javascript:alert(1)', ''],
    ['JAVASCRIPT:alert(1)', ''],
    ['data:text/html,<b>x</b>', ''],
    ['file:///etc/passwd', ''],
    ['not a url', ''],
    ['https://user:pw@example.org/p?q=1', 'https://example.org/p?q=1'],
    ['http://example.org/', 'http://example.org/'],
  ])('keeps only http(s) links: %s → %j', (url, kept) => {
    expect(webUrl(url)).toBe(kept);
  });

  it('saves nothing for an id that is not an entry id', () => {
    expect(saveInto([], { termId: '<b>x</b>' }, T0)).toEqual([]);
  });

  it('counts reviews per entry', () => {
    const e = reviewed(reviewed(entry('il-2'), true, T0 + 1), false, T0 + 2);
    expect(e).toMatchObject({ knew: 1, again: 1, reviewedAt: T0 + 2 });
  });
});

describe('reading a stored or imported entry', () => {
  it('drops unknown fields and cleans text fields', () => {
    const parsed = parseStudyEntry({ ...entry('il-2'), url: 'javascript:x', extra: 1 });
    expect(parsed).toEqual({ entry: { ...entry('il-2'), url: '' } });
  });

  it.each([
    [{ ...entry('il-2'), termId: 3 }, 'termId is not an entry id'],
    [{ ...entry('il-2'), savedAt: 'yesterday' }, 'savedAt is not a date'],
    [{ ...entry('il-2'), knew: -1 }, 'knew is not a count'],
    [{ ...entry('il-2'), sentence: { html: '<b>' } }, 'sentence is not text'],
    [[1], 'not an object'],
  ])('names what is wrong with a damaged entry', (value, problem) => {
    expect(parseStudyEntry(value)).toEqual({ problem });
  });
});

describe('merging lists', () => {
  it('keeps one entry per term: the later sentence, the first date, the larger counts', () => {
    const mine = [entry('il-2', T0, { knew: 3 }), entry('il-12', T0)];
    const theirs = [
      entry('il-2', T0 + 10, { sentence: 'Later.', again: 2, savedAt: T0 - 5 }),
      entry('tnf', T0 + 1),
    ];
    const { list, added, updated } = mergeStudyLists(mine, theirs);
    expect(list.map((e) => e.termId)).toEqual(['il-2', 'tnf', 'il-12']);
    expect(list[0]).toMatchObject({ sentence: 'Later.', savedAt: T0 - 5, knew: 3, again: 2 });
    expect({ added, updated }).toEqual({ added: 1, updated: 1 });
  });

  it('changes nothing when the same list is merged in again', () => {
    const mine = [entry('il-2'), entry('tnf')];
    expect(mergeStudyLists(mine, mine)).toEqual({ list: mine, added: 0, updated: 0 });
  });
});
