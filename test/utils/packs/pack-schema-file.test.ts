import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_PACK_ENTRIES } from '@/utils/limits';
import { CATEGORY_KEYS, EntrySchema, PACK_TEXT_LIMITS, RefsSchema } from '@/utils/packs/pack-schema';
import { packFromText } from '@/utils/packs/read-pack';
import { known } from './pack-fixtures';

const schema = JSON.parse(readFileSync('docs/glossary-pack.schema.json', 'utf8'));
const entry = schema.$defs.entry;

describe('docs/glossary-pack.schema.json says what the validator checks', () => {
  it('names the same entry fields, required fields, categories and identifiers', () => {
    expect(Object.keys(entry.properties).sort()).toEqual(Object.keys(EntrySchema.entries).sort());
    expect(entry.required.sort()).toEqual(['category', 'explanation', 'id', 'name', 'summary']);
    expect(entry.properties.category.enum).toEqual(CATEGORY_KEYS);
    expect(Object.keys(schema.$defs.refs.properties).sort()).toEqual(Object.keys(RefsSchema.entries).sort());
  });

  it('has the same limits', () => {
    const L = PACK_TEXT_LIMITS;
    expect(schema.properties.entries.maxItems).toBe(MAX_PACK_ENTRIES);
    expect([
      schema.properties.name.maxLength,
      schema.properties.version.maxLength,
      schema.properties.licence.maxLength,
      schema.properties.source.maxLength,
      entry.properties.name.maxLength,
      entry.properties.short.maxLength,
      entry.properties.aliases.maxItems,
      entry.properties.aliases.items.maxLength,
      entry.properties.summary.maxLength,
      entry.properties.explanation.maxLength,
      entry.properties.inCancer.maxLength,
    ]).toEqual([
      L.packName,
      L.version,
      L.licence,
      L.source,
      L.name,
      L.short,
      L.aliases,
      L.alias,
      L.summary,
      L.explanation,
      L.inCancer,
    ]);
  });
});

describe('the example pack', () => {
  const read = (file: string, format: 'json' | 'csv') => {
    const result = packFromText(file, readFileSync(`docs/examples/${file}`, 'utf8'), format, known);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.pack;
  };

  it('is valid, without warnings, and the same pack in JSON and in CSV', () => {
    const json = read('example-pack.json', 'json');
    const csv = read('example-pack.csv', 'csv');
    expect(json.warnings).toEqual([]);
    expect(json.entries).toHaveLength(8);
    expect(csv).toEqual(json);
  });
});
