import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARS } from '@/utils/limits';
import { BACKUP_EXTENSION_PAGE_ONLY, BACKUP_FROM_EXTENSION_PAGE } from '@/utils/messages/backup';

describe('backup messages', () => {
  it('are for extension pages only', () => {
    expect(BACKUP_EXTENSION_PAGE_ONLY.sort()).toEqual(['exportBackup', 'restoreBackup']);
  });

  it('take a file’s text up to the import limit, and nothing else', () => {
    expect(BACKUP_FROM_EXTENSION_PAGE.exportBackup({})).toEqual({});
    expect(BACKUP_FROM_EXTENSION_PAGE.exportBackup('x')).toBeNull();
    expect(BACKUP_FROM_EXTENSION_PAGE.restoreBackup({ text: '{}' })).toEqual({ text: '{}' });
    expect(BACKUP_FROM_EXTENSION_PAGE.restoreBackup({ text: 5 })).toBeNull();
    expect(BACKUP_FROM_EXTENSION_PAGE.restoreBackup({ text: 'x'.repeat(MAX_IMPORT_CHARS + 1) })).toBeNull();
    expect(BACKUP_FROM_EXTENSION_PAGE.restoreBackup(null)).toBeNull();
  });
});
