import { describe, expect, it } from 'vitest';
import { parseCsvPack } from '@/utils/packs/parse-csv-pack';
import { packFromText } from '@/utils/packs/read-pack';
import { CSV_COLS, CSV_HEAD, known } from './pack-fixtures';

describe('CSV packs', () => {
  it('reads quoted newlines, commas and quotes, and mixed line endings, with each row’s first line', () => {
    const rows = [
      'Zorvatinib,ZRV,ZRV-101 | zorva,therapy,"An inhibitor, for now.","Line one\r\nline two ""quoted""",,HGNC: ABC1 | UniProt: P12345',
      'Belatamab,,,therapy,A monoclonal antibody.,"It binds\na target.",,',
      'Cell X,,,cell,A made-up cell.,Explained.,,',
    ];
    const text = `${CSV_HEAD}${CSV_COLS.replace('\n', '\r\n')}${rows[0]}\r${rows[1]}\n${rows[2]}\r\n`;
    const parsed = parseCsvPack('lab.csv', text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.raw.entries.map((e) => e.place)).toEqual([{ line: 6 }, { line: 8 }, { line: 10 }]);
    expect(parsed.raw.entries[0]!.value).toEqual({
      id: 'zorvatinib',
      name: 'Zorvatinib',
      short: 'ZRV',
      aliases: ['ZRV-101', 'zorva'],
      category: 'therapy',
      summary: 'An inhibitor, for now.',
      explanation: 'Line one\nline two "quoted"',
      refs: { hgncSymbol: 'ABC1', uniprot: 'P12345' },
    });
    expect(parsed.raw.info).toEqual({
      name: 'Smith lab',
      version: '2',
      licence: 'CC BY 4.0',
      source: 'Smith lab wiki',
    });
    const validated = packFromText('lab.csv', text, 'csv', known);
    expect(validated.ok && validated.pack.entries.map((e) => e.id)).toEqual([
      'zorvatinib',
      'belatamab',
      'cell-x',
    ]);
  });

  it('takes a category in any case and an id column when there is one', () => {
    const text = `${CSV_HEAD}id,name,category,summary,explanation\nmy-id,Thing,Cell,S.,E.\n`;
    const result = packFromText('lab.csv', text, 'csv', known);
    expect(result.ok && result.pack.entries[0]).toMatchObject({ id: 'my-id', category: 'cell' });
  });
});
