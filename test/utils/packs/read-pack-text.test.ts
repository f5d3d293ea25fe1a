import { describe, expect, it } from 'vitest';
import { describeError } from '@/utils/packs/pack-errors';
import { readPackText, type PackFile } from '@/utils/packs/read-pack-text';

const file = (name: string, bytes: Uint8Array): PackFile => ({
  name,
  size: bytes.length,
  arrayBuffer: async () => bytes.slice().buffer,
});

describe('reading a pack file', () => {
  it('refuses a 200 MB file by its size, without reading it', async () => {
    let read = false;
    const huge: PackFile = {
      name: 'thesaurus.json',
      size: 200 * 1024 * 1024,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    };
    const result = await readPackText(huge);
    expect(read).toBe(false);
    expect(!result.ok && describeError(result.error)).toBe(
      'thesaurus.json: expected a file of at most 150.0 MB; found 200.0 MB (split the pack into smaller packs).',
    );
  });

  it('refuses invalid UTF-8 and says on which line it starts', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('name\nok\n'), 0xc3, 0x28, 0x0a]);
    const result = await readPackText(file('lab.csv', bytes));
    expect(!result.ok && describeError(result.error)).toBe(
      'lab.csv: expected text in UTF-8 (save the file as “CSV UTF-8” or JSON); found bytes that are not UTF-8 (line 3).',
    );
  });

  it('refuses an empty file and a binary one', async () => {
    const empty = await readPackText(file('a.json', new Uint8Array()));
    expect(!empty.ok && describeError(empty.error)).toBe(
      'a.json: expected a JSON or CSV pack; found an empty file.',
    );
    const binary = await readPackText(file('a.json', new Uint8Array([0x7b, 0, 0, 0x7d])));
    expect(!binary.ok && describeError(binary.error)).toBe(
      'a.json: expected a text file; found a binary file (it holds NUL characters).',
    );
  });

  it('reads UTF-8 with a byte order mark, RTL text and emoji, and tells JSON from CSV', async () => {
    const text = '\uFEFF{"name":"مختبر 🧪"}';
    const result = await readPackText(file('pack.txt', new TextEncoder().encode(text)));
    expect(result).toEqual({ ok: true, text: '{"name":"مختبر 🧪"}', format: 'json' });
    const csv = await readPackText(file('pack.csv', new TextEncoder().encode('name\n')));
    expect(csv.ok && csv.format).toBe('csv');
  });
});
