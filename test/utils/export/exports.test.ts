import { describe, expect, it } from 'vitest';
import { ankiField, toAnki } from '@/utils/export/anki';
import { CSV_HEADER, toCsv } from '@/utils/export/csv';
import { importStudyJson, toStudyJson } from '@/utils/export/study-json';
import { saveInto } from '@/utils/study/study-entry';
import { datedFileName, type TermLookup } from '@/utils/export/term-text';
import { entry, T0 } from '../study/study-fixtures';

const TERMS: TermLookup = (id) =>
  ({
    'il-12': {
      name: 'Interleukin-12 (IL-12)',
      category: 'interleukin',
      summary: 'A signal that tells immune cells to fight.',
      inCancer: 'It helps T cells attack tumours.',
    },
    'ifn-gamma': { name: 'IFN-γ', category: 'interferon', summary: 'A "loud" alarm, with commas, signal.' },
  })[id];

/** Saved as a page would send it: the tab and the markup arrive in the selected text. */
const tricky = saveInto(
  [],
  {
    termId: 'ifn-gamma',
    sentence: '=HYPERLINK("http://evil") says "IFN-γ" <script>alert(1)</script>, then\ttab',
    pageTitle: '#1 paper',
    url: 'https://example.org/paper',
  },
  T0 + 1,
)[0]!;
const LIST = [tricky, entry('il-12'), entry('gone-from-glossary')];

/** Splits CSV text by RFC 4180 (quoted fields may hold commas, quotes and line breaks). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  const endField = () => {
    rows.at(-1)!.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push([]);
      i++;
    } else field += c;
  }
  rows.pop();
  return rows;
}

describe('Anki export', () => {
  const text = toAnki(LIST, TERMS);
  const lines = text.trimEnd().split('\n');
  const header = lines.filter((l) => l.startsWith('#'));
  const notes = lines.filter((l) => !l.startsWith('#'));

  it('starts with the header lines Anki reads', () => {
    expect(header).toEqual([
      '#separator:tab',
      '#html:false',
      '#notetype:Basic',
      '#deck:ImmunoLens',
      '#tags:immunolens',
      '#columns:Front\tBack',
    ]);
  });

  it('escapes a tab, a line break and a leading # so that the field stays one field', () => {
    expect(ankiField('a\tb\nc')).toBe('a b c');
    expect(ankiField('#1')).toBe('"#1"');
  });

  it('has the header’s field count on every line', () => {
    expect(notes).toHaveLength(3);
    for (const line of notes) expect(line.split('\t')).toHaveLength(2);
  });

  it('puts the term on the front and summary, role in cancer and the sentence on the back', () => {
    expect(notes[1]).toBe(
      'Interleukin-12 (IL-12)\tA signal that tells immune cells to fight. — In cancer: It helps T cells attack tumours. — Saved sentence: “A sentence about il-12.” (A paper)',
    );
  });

  it('quotes a field holding quotes and keeps HTML as text', () => {
    const [front, back] = notes[0]!.split('\t');
    expect(front).toBe('IFN-γ');
    expect(back!.startsWith('"A ""loud"" alarm')).toBe(true);
    expect(back).toContain('<script>alert(1)</script>, then tab');
  });

  it('keeps an entry whose term left the glossary, under its id', () => {
    expect(notes[2]!.startsWith('gone-from-glossary\t')).toBe(true);
  });
});

describe('CSV export', () => {
  const text = toCsv(LIST, TERMS);

  it('is UTF-8 with a byte order mark, a header row and CRLF line ends', () => {
    expect(
      text.startsWith(
        '\uFEFFterm,category,summary,in_cancer,sentence,page_title,url,saved_at,knew,again\r\n',
      ),
    ).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n(?![^"]*"(?:[^"]*"[^"]*")*[^"]*$)/);
  });

  it('reads back, by RFC 4180, to the same fields with the header’s count on every row', () => {
    const rows = readCsv(text.slice(1));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    for (const row of rows) expect(row).toHaveLength(CSV_HEADER.length);
    expect(rows[1]!.slice(0, 2)).toEqual(['IFN-γ', 'interferon']);
    expect(rows[1]![2]).toBe('A "loud" alarm, with commas, signal.');
    expect(rows[2]![7]).toBe('2026-12-01T10:00:00.000Z');
  });

  it('defuses a sentence a spreadsheet would run as a formula', () => {
    const rows = readCsv(text.slice(1));
    expect(rows[1]![4]!.startsWith("'=HYPERLINK(")).toBe(true);
  });
});

describe('JSON export and import', () => {
  it('round-trips: exporting and importing into an empty list gives the same list', () => {
    const imported = importStudyJson(toStudyJson(LIST, T0), []);
    expect(imported).toEqual({ ok: true, list: [tricky, ...LIST.slice(1)], added: 3, updated: 0, notes: [] });
  });

  it('is versioned', () => {
    expect(JSON.parse(toStudyJson(LIST, T0))).toMatchObject({
      format: 'immunolens-study',
      version: 1,
      exportedAt: '2026-12-01T10:00:00.000Z',
    });
  });

  it('merges without duplicates', () => {
    const current = [entry('il-12'), entry('tnf')];
    const result = importStudyJson(toStudyJson(LIST, T0), current);
    expect(result.ok && result.list.map((e) => e.termId).sort()).toEqual([
      'gone-from-glossary',
      'ifn-gamma',
      'il-12',
      'tnf',
    ]);
  });

  const file = (fields: object) =>
    JSON.stringify({ format: 'immunolens-study', version: 1, exportedAt: '', ...fields });
  it.each([
    ['not JSON', 'hello, world', 'not JSON'],
    ['an array', '[1,2]', 'not an ImmunoLens immunolens-study file'],
    ['another format', JSON.stringify({ format: 'anki' }), 'not an ImmunoLens'],
    ['a newer version', file({ version: 2, entries: [] }), 'made by a newer ImmunoLens (file version 2'],
    ['no version', file({ version: 'one', entries: [] }), 'no valid version'],
    ['no entries', file({}), 'no list of entries'],
    [
      'a damaged entry',
      file({ entries: [entry('il-2'), { ...entry('tnf'), savedAt: -1 }] }),
      'Entry 2 is damaged (savedAt is not a date)',
    ],
    ['50 MB', ' '.repeat(50 * 1024 * 1024), 'This file is 50 MB'],
  ])('refuses %s with a clear message and changes nothing', (_, text, message) => {
    const current = [entry('il-12')];
    const snapshot = structuredClone(current);
    const result = importStudyJson(text, current);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
    expect(!result.ok && result.message).toContain('Nothing was changed.');
    expect(current).toEqual(snapshot);
  });

  it('drops unknown fields with a note, and reads duplicate entries and duplicate keys as one entry', () => {
    const text =
      '{"format":"immunolens-study","version":1,"entries":[' +
      `${JSON.stringify({ ...entry('il-2'), colour: 'red' })},` +
      `{"termId":"il-2","termId":"tnf","savedAt":${T0},"sentence":"x"},` +
      `${JSON.stringify(entry('il-2', T0 + 5, { sentence: 'Later.' }))}]}`;
    const result = importStudyJson(text, []);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.list.map((e) => [e.termId, e.sentence])).toEqual([
      ['il-2', 'Later.'],
      ['tnf', 'x'],
    ]);
    expect(result.notes).toEqual(['Ignored fields this version does not know: colour.']);
  });

  it('cleans a javascript: link and bounds a long sentence in an imported entry', () => {
    const result = importStudyJson(
      file({ entries: [{ ...entry('il-2'), url: 'javascript:alert(1)', sentence: 'x'.repeat(100_000) }] }),
      [],
    );
    expect(result.ok && [result.list[0]!.url, result.list[0]!.sentence.length]).toEqual(['', 600]);
  });
});

it('names export files with the date', () => {
  expect(datedFileName('study', 'csv', T0)).toBe('immunolens-study-2026-12-01.csv');
});
