import { describe, expect, it } from 'vitest';
import { MAX_PACK_ENTRIES } from '@/utils/limits';
import { describeError, errorsHeading } from '@/utils/packs/pack-errors';
import { packFromText } from '@/utils/packs/read-pack';
import { CSV_COLS, CSV_HEAD, entry, jsonPack, known } from './pack-fixtures';

const json = (entries: unknown[], over: Record<string, unknown> = {}) =>
  packFromText('lab.json', jsonPack(entries, over), 'json', known);
const csv = (text: string) => packFromText('lab.csv', text, 'csv', known);

/** The messages of a refused pack. */
function messages(result: ReturnType<typeof json>): string[] {
  if (result.ok) throw new Error('the pack was accepted');
  return result.errors.map(describeError);
}

describe('pack validation: one message per kind of error', () => {
  it('names a JSON syntax error', () => {
    const [m] = messages(packFromText('lab.json', '{"name": "x",', 'json', known));
    expect(m).toMatch(/^lab\.json: expected valid JSON; found a syntax error \(.+\)\.$/);
  });

  it('names a file that is a list, not a pack', () => {
    expect(messages(packFromText('lab.json', '[]', 'json', known))).toEqual([
      'lab.json: expected an object with name, version, licence, source and entries; found a list (put it in the pack’s “entries”).',
    ]);
  });

  it('names a missing entries list and an empty one', () => {
    expect(messages(packFromText('lab.json', '{"name":"a"}', 'json', known))).toEqual([
      'lab.json, field “entries”: expected a list of entries; found nothing.',
    ]);
    expect(messages(json([]))).toContain(
      'lab.json, field “entries”: expected at least one entry; found none.',
    );
  });

  it('names each missing pack field', () => {
    expect(messages(json([entry()], { licence: undefined, version: '' }))).toEqual([
      'lab.json, field “version”: expected a version such as “1.0”, not empty; found an empty text.',
      'lab.json, field “licence”: expected this field, which is required; found nothing.',
    ]);
  });

  it('names a missing required entry field with the entry number', () => {
    expect(messages(json([entry(), entry({ id: 'b', summary: undefined })]))).toEqual([
      'lab.json, entry 2, field “summary”: expected this field, which is required; found nothing.',
    ]);
  });

  it('names a field of the wrong type', () => {
    expect(messages(json([entry({ name: 12 })]))).toEqual([
      'lab.json, entry 1, field “name”: expected a name as text; found 12.',
    ]);
  });

  it('names an unknown field (a typo)', () => {
    expect(messages(json([entry({ summery: 'x' })]))).toEqual([
      'lab.json, entry 1, field “summery”: expected only the fields docs/glossary-packs.md names; found a field of this name.',
    ]);
  });

  it('names an id that is not kebab case', () => {
    expect(messages(json([entry({ id: 'Zorva tinib' })]))).toEqual([
      'lab.json, entry 1, field “id”: expected an id in kebab case: lower-case letters, digits and hyphens (such as “il-12”); found “Zorva tinib”.',
    ]);
  });

  it('names an unknown category and lists the known ones', () => {
    const [m] = messages(json([entry({ category: 'drug' })]));
    expect(m).toBe(
      'lab.json, entry 1, field “category”: expected one of interleukin, interferon, cytokine, chemokine, molecule, cell, immunity, cancer-biology, therapy, side-effect, method, cancer-type; found “drug”.',
    );
  });

  it('names a text that is too long by its length', () => {
    expect(messages(json([entry({ summary: 'a'.repeat(700) })]))).toEqual([
      'lab.json, entry 1, field “summary”: expected a one-line summary of at most 600 characters; found 700 characters.',
    ]);
  });

  it('names an alias that is not text by its position in the list', () => {
    expect(messages(json([entry({ aliases: ['ok', 5] })]))).toEqual([
      'lab.json, entry 1, field “aliases[2]”: expected an alias as text; found 5.',
    ]);
  });

  it('names a bad rule and a rule for a name the entry lacks', () => {
    expect(messages(json([entry({ rules: { Zorvatinib: { case: 'upper' } } })]))).toEqual([
      'lab.json, entry 1, field “rules.Zorvatinib.case”: expected “exact” or “any”; found “upper”.',
    ]);
    expect(messages(json([entry({ rules: { ZRV: { case: 'exact' } } })]))).toEqual([
      'lab.json, entry 1, field “rules.ZRV”: expected a rule for one of the entry’s names, as written; found “ZRV”.',
    ]);
  });

  it('names an unknown identifier', () => {
    expect(messages(json([entry({ refs: { pubmed: '123' } })]))).toEqual([
      'lab.json, entry 1, field “refs.pubmed”: expected only the fields docs/glossary-packs.md names; found a field of this name.',
    ]);
  });

  it('refuses duplicate ids, naming where the first one is', () => {
    expect(messages(json([entry(), entry({ name: 'Other' })]))).toEqual([
      'lab.json, entry 2, field “id”: expected an id no other entry of the pack has; found “zorvatinib”, also at entry 1.',
    ]);
  });

  it('refuses a pack beyond the entry limit without checking each entry', () => {
    const many = Array.from({ length: MAX_PACK_ENTRIES + 1 }, () => 0);
    expect(messages(json(many))).toEqual([
      'lab.json, field “entries”: expected at most 200,000 entries (split the pack into smaller packs); found 200,001 entries.',
    ]);
  });

  it('lists at most 50 errors and gives the total', () => {
    const bad = Array.from({ length: 120 }, (_, i) => entry({ id: `e-${i}`, category: 'x' }));
    const result = json(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(50);
    expect(result.total).toBe(120);
    expect(errorsHeading(result)).toBe('Nothing was imported: 120 problems found, the first 50 listed.');
  });

  it('names a CSV without a required column, at the header line', () => {
    expect(messages(csv(`${CSV_HEAD}name,category,summary\nA,cell,s\n`))).toEqual([
      'lab.csv, line 5: expected a header row with the columns id, name, short, aliases, category, summary, explanation, in cancer, identifiers, related (name, category, summary, explanation required); found no “explanation” column.',
    ]);
  });

  it('names a CSV row’s problem by its line and the column’s own name', () => {
    const text = `${CSV_HEAD}${CSV_COLS}Zorvatinib,,ZRV-101,therapy,An inhibitor.,It blocks a kinase.,,\nBad,,,therapy,S,E,${'x'.repeat(5001)},\n`;
    expect(messages(csv(text))).toEqual([
      'lab.csv, line 7, field “in cancer”: expected a text on its role in cancer of at most 5000 characters; found 5001 characters.',
    ]);
  });

  it('names a CSV pack without its # lines', () => {
    expect(messages(csv(`${CSV_COLS}A,,,cell,s,e,,\n`))).toEqual([
      'lab.csv, field “name”: expected a pack name as text; found nothing.',
      'lab.csv, field “version”: expected a version such as “1.0” as text; found nothing.',
      'lab.csv, field “licence”: expected a licence such as “CC BY 4.0” as text; found nothing.',
      'lab.csv, field “source”: expected who made the pack, or where it comes from as text; found nothing.',
    ]);
  });
});

describe('pack validation: what is accepted', () => {
  it('fills defaults and gives short all-letter names an exact-case rule', () => {
    const result = json([entry({ short: 'ZRV' })]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.entries[0]).toMatchObject({
      related: [],
      qa: [],
      refs: {},
      rules: { ZRV: { case: 'exact' } },
    });
  });

  it('warns about and keeps out of recognition a single letter and a common word', () => {
    const result = json([entry({ aliases: ['Z', 'study', 'ZRV-101'] })]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.entries[0]!.searchOnly).toEqual(['Z', 'study']);
    expect(result.pack.warnings).toEqual([
      'zorvatinib: “Z” is a single letter or digit, so it is found by search but not recognised on pages',
      'zorvatinib: “study” is a common English word, so it is found by search but not recognised on pages',
    ]);
  });

  it('drops links to entries and questions that do not exist, with a warning', () => {
    const result = json([entry({ related: ['interleukin', 'nothing-here'], qa: ['no-such-question'] })]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.entries[0]).toMatchObject({ related: ['interleukin'], qa: [] });
    expect(result.pack.warnings).toEqual([
      'zorvatinib: links to “nothing-here”, “no-such-question” left out (no such entry or question)',
    ]);
  });

  it('keeps HTML and scripts in entry texts as text, unchanged', () => {
    const text = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const result = json([entry({ summary: text })]);
    expect(result.ok && result.pack.entries[0]!.summary).toBe(text);
  });
});
