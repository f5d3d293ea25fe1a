import { describe, expect, it } from 'vitest';
import { PACK_TEXT_CHUNK_CHARS, PACKS_FROM_EXTENSION_PAGE as P } from '@/utils/messages/packs';

describe('pack message parsers', () => {
  it('accepts well-formed requests', () => {
    expect(P.listPacks({})).toEqual({});
    expect(P.startPackImport({ fileName: 'a.csv', bytes: 10, format: 'csv' })).toEqual({
      fileName: 'a.csv',
      bytes: 10,
      format: 'csv',
    });
    expect(P.addPackText({ importId: 'x', text: 'abc' })).toEqual({ importId: 'x', text: 'abc' });
    expect(P.finishPackImport({ importId: 'x' })).toEqual({ importId: 'x' });
    expect(P.setPackEnabled({ id: 'lab', enabled: false })).toEqual({ id: 'lab', enabled: false });
    expect(P.removePack({ id: 'lab' })).toEqual({ id: 'lab' });
  });

  it('refuses malformed ones', () => {
    expect(P.listPacks('x')).toBeNull();
    expect(P.startPackImport({ fileName: 'a', bytes: Number.NaN, format: 'json' })).toBeNull();
    expect(P.startPackImport({ fileName: 'a', bytes: 1, format: 'xlsx' })).toBeNull();
    expect(P.addPackText({ importId: 'x', text: 'a'.repeat(PACK_TEXT_CHUNK_CHARS + 1) })).toBeNull();
    expect(P.addPackText({ importId: 5, text: 'a' })).toBeNull();
    expect(P.setPackEnabled({ id: 'lab', enabled: 1 })).toBeNull();
    expect(P.removePack({ id: 'x'.repeat(101) })).toBeNull();
  });
});
