import { describe, expect, it } from 'vitest';
import { mergeHistory, readBackupJson, toBackupJson, type Backup } from '@/utils/export/backup';
import { MAX_HISTORY } from '@/utils/limits';
import { defaultSettings } from '@/utils/settings/settings';
import { entry, T0 } from '../study/study-fixtures';

const BACKUP: Backup = {
  settings: { ...defaultSettings(), theme: 'dark', disabledSites: ['example.org'] },
  study: [entry('il-12'), entry('tnf')],
  history: [{ kind: 'term', id: 'il-12', title: 'IL-12', at: T0 }],
};

describe('backup', () => {
  it('restores settings, study list and recent lookups as they were exported', () => {
    expect(readBackupJson(toBackupJson(BACKUP, T0))).toEqual({ ok: true, backup: BACKUP, notes: [] });
  });

  it('resets a damaged setting to its default and says which', () => {
    const file = JSON.parse(toBackupJson(BACKUP, T0));
    file.settings.fontSize = 'huge';
    const result = readBackupJson(JSON.stringify(file));
    expect(result.ok && result.backup.settings.fontSize).toBe(100);
    expect(result.ok && result.notes).toEqual(['Settings reset to default: fontSize.']);
  });

  it.each([
    ['a newer file', (f: Record<string, unknown>) => ({ ...f, version: 9 }), 'made by a newer ImmunoLens'],
    [
      'a study export',
      (f: Record<string, unknown>) => ({ ...f, format: 'immunolens-study' }),
      'not an ImmunoLens immunolens-backup file',
    ],
    ['no settings', (f: Record<string, unknown>) => ({ ...f, settings: 'dark' }), 'has no settings'],
    [
      'a damaged study entry',
      (f: Record<string, unknown>) => ({ ...f, study: [{ termId: 'x' }] }),
      'Entry 1 is damaged',
    ],
    [
      'damaged lookups',
      (f: Record<string, unknown>) => ({ ...f, history: {} }),
      'recent lookups are damaged',
    ],
  ])('refuses %s with a message', (_, change, message) => {
    const result = readBackupJson(JSON.stringify(change(JSON.parse(toBackupJson(BACKUP, T0)))));
    expect(result).toEqual({ ok: false, message: expect.stringContaining(message) });
  });

  it('refuses a file that is not JSON', () => {
    expect(readBackupJson('{"format":')).toEqual({ ok: false, message: expect.stringContaining('not JSON') });
  });
});

describe('recent lookups after a restore', () => {
  it('keeps each entry once at its latest time, newest first, capped', () => {
    const h = (id: string, at: number) => ({ kind: 'term' as const, id, title: id, at });
    expect(mergeHistory([h('a', 5), h('b', 1)], [h('a', 3), h('c', 4)])).toEqual([
      h('a', 5),
      h('c', 4),
      h('b', 1),
    ]);
    const many = Array.from({ length: 30 }, (_, i) => h(`t${i}`, i));
    expect(mergeHistory(many.slice(0, 15), many.slice(15))).toEqual(
      [...many].reverse().slice(0, MAX_HISTORY),
    );
  });
});
