// fake-indexeddb: the background's study store runs on IndexedDB, which Node lacks.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import background from '@/entrypoints/background';
import { studyStore } from '@/entrypoints/background/study-handlers';
import { readHistory } from '@/utils/history/history-item';
import type { BackupFile, RestoreReply } from '@/utils/messages/backup';
import { readSettings } from '@/utils/settings/settings-item';
import { defaultSettings } from '@/utils/settings/settings';
import type { StudyEntry } from '@/utils/study/study-entry';

const optionsPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
const webPage = {
  id: fakeBrowser.runtime.id,
  url: 'https://example.org/',
  tab: { id: 3, index: 0, incognito: false },
} as Browser.runtime.MessageSender;

async function ask(type: string, data: unknown, sender: Browser.runtime.MessageSender = optionsPage) {
  let reply: unknown;
  const sendResponse = vi.fn((r: unknown) => (reply = r));
  await fakeBrowser.runtime.onMessage.trigger({ immunolens: type, data }, sender, sendResponse);
  await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled());
  return reply as { value?: unknown; error?: string };
}
const exportBackup = async () => (await ask('exportBackup', {})).value as BackupFile;
const restore = async (text: string) => (await ask('restoreBackup', { text })).value as RestoreReply;
const studyList = async () => ((await ask('listStudy', {})).value as StudyEntry[]).map((e) => e.termId);

/** A profile with two saved terms, dark theme, one disabled site and two recent lookups. */
async function makeProfile() {
  await ask('changeSettings', { theme: 'dark', disabledSites: ['example.org'], fontSize: 125 });
  for (const termId of ['il-12', 'tnf'])
    await ask(
      'saveToStudy',
      { termId, context: { before: 'We saw ', text: termId, after: ' rise.' } },
      webPage,
    );
  await ask('rememberViewed', { kind: 'term', id: 'il-12', title: 'Interleukin-12' });
  await ask('rememberViewed', { kind: 'qa', id: 'what-is-il-12', title: 'What is IL-12?' });
}

/** A new, empty profile: storage and the study list emptied, the background started again. */
async function freshProfile() {
  await (await studyStore()).replaceAll([]);
  fakeBrowser.reset();
  vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockReturnValue(undefined);
  vi.spyOn(browser.commands.onCommand, 'addListener').mockReturnValue(undefined);
  background.main();
}

beforeEach(freshProfile);

describe('backup and restore (the background)', () => {
  it('exports settings, study list and recent lookups, and restores them into a fresh profile', async () => {
    await makeProfile();
    const file = await exportBackup();
    expect(file.fileName).toMatch(/^immunolens-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(file).toMatchObject({ entries: 2, lookups: 2 });
    const [settings, list, history] = [await readSettings(), await studyList(), await readHistory()];

    await freshProfile();
    expect(await studyList()).toEqual([]);
    expect(await restore(file.text)).toEqual({ ok: true, added: 2, updated: 0, lookups: 2, notes: [] });
    expect(await readSettings()).toEqual(settings);
    expect(await studyList()).toEqual(list);
    expect(await readHistory()).toEqual(history);
    // Restoring again adds nothing twice.
    expect(await restore(file.text)).toMatchObject({ ok: true, added: 0, updated: 0 });
    expect(await studyList()).toEqual(list);
  });

  it('merges into a profile that has entries of its own, keeping them', async () => {
    await makeProfile();
    const file = await exportBackup();
    await freshProfile();
    await ask('saveToStudy', { termId: 'il-6' }, webPage);
    await ask('rememberViewed', { kind: 'term', id: 'il-6', title: 'IL-6' });
    expect(await restore(file.text)).toMatchObject({ ok: true, added: 2 });
    expect((await studyList()).sort()).toEqual(['il-12', 'il-6', 'tnf']);
    expect((await readHistory()).map((h) => h.id).sort()).toEqual(['il-12', 'il-6', 'what-is-il-12']);
  });

  it.each([
    [
      'a newer file',
      (f: Record<string, unknown>) => JSON.stringify({ ...f, version: 2 }),
      'newer ImmunoLens',
    ],
    ['a file that is not JSON', () => '{"format": "immunolens-backup", "ver', 'not JSON'],
    [
      'a damaged entry',
      (f: Record<string, unknown>) => JSON.stringify({ ...f, study: [{ termId: 1 }] }),
      'damaged',
    ],
    [
      'a study export',
      (f: Record<string, unknown>) => JSON.stringify({ ...f, format: 'immunolens-study' }),
      'not an',
    ],
  ])('refuses %s with a message and changes nothing', async (_, change, message) => {
    await makeProfile();
    const file = JSON.parse((await exportBackup()).text) as Record<string, unknown>;
    file.study = [...(file.study as object[]), { ...(file.study as StudyEntry[])[0]!, termId: 'il-2' }];
    await freshProfile();
    await ask('changeSettings', { theme: 'light' });
    await ask('saveToStudy', { termId: 'il-6' }, webPage);
    const before = [await readSettings(), await studyList(), await readHistory()];
    expect(await restore(change(file))).toEqual({
      ok: false,
      message: expect.stringMatching(new RegExp(`${message}.*Nothing was changed\\.$`)),
    });
    expect([await readSettings(), await studyList(), await readHistory()]).toEqual(before);
  });

  it('undoes the study list when the settings cannot be written, so nothing changes', async () => {
    await makeProfile();
    const file = await exportBackup();
    await freshProfile();
    await ask('saveToStudy', { termId: 'il-6' }, webPage);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QuotaExceededError'));
    expect(await restore(file.text)).toEqual({
      ok: false,
      message: expect.stringContaining('could not be stored'),
    });
    vi.restoreAllMocks();
    expect(await studyList()).toEqual(['il-6']);
    expect(await readSettings()).toEqual(defaultSettings());
  });

  it('keeps "Open PDFs in the ImmunoLens reader" off when this profile has not granted its permission', async () => {
    await ask('changeSettings', { openPdfsInReader: true });
    const file = await exportBackup();
    await freshProfile();
    const reply = await restore(file.text);
    expect(reply).toMatchObject({ ok: true, notes: [expect.stringContaining('stays off')] });
    expect((await readSettings()).openPdfsInReader).toBe(false);
  });

  it('answers only the extension’s own pages', async () => {
    expect((await ask('exportBackup', {}, webPage)).error).toContain('refused');
    expect((await ask('restoreBackup', { text: '{}' }, webPage)).error).toContain('refused');
  });
});
