// fake-indexeddb: the background's store runs on IndexedDB, which Node lacks.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import background from '@/entrypoints/background';
import { toStudyJson } from '@/utils/export/study-json';
import type { StudyEntry } from '@/utils/study/study-entry';

const pageIn = (incognito: boolean) =>
  ({
    id: fakeBrowser.runtime.id,
    url: 'https://example.org/paper?x=1',
    tab: { id: 7, index: 2, title: 'IL-12 in tumours', incognito },
    frameId: 0,
  }) as Browser.runtime.MessageSender;
const page = pageIn(false);
const lookupPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/lookup.html') };

async function ask(type: string, data: unknown, sender: Browser.runtime.MessageSender = page) {
  let reply: unknown;
  const sendResponse = vi.fn((r: unknown) => (reply = r));
  await fakeBrowser.runtime.onMessage.trigger({ immunolens: type, data }, sender, sendResponse);
  await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled());
  return reply as { value?: unknown; error?: string };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockReturnValue(undefined);
  vi.spyOn(browser.commands.onCommand, 'addListener').mockReturnValue(undefined);
  background.main();
});

describe('the study list’s owner, the background', () => {
  it('saves a term from a page with its sentence, the tab’s title and the frame’s URL', async () => {
    expect(
      await ask('saveToStudy', {
        termId: 'il-12',
        context: { before: 'Cells died. ', text: 'IL-12', after: ' drives Th1 cells. More.' },
      }),
    ).toEqual({
      value: 'saved',
    });
    expect(
      await ask('saveToStudy', { termId: 'il-12', context: { before: 'Again ', text: 'IL-12', after: '.' } }),
    ).toEqual({ value: 'updated' });
    const list = (await ask('listStudy', {}, lookupPage)).value as { termId: string }[];
    expect(list.find((e) => e.termId === 'il-12')).toMatchObject({
      sentence: 'Again IL-12.',
      pageTitle: 'IL-12 in tumours',
      url: 'https://example.org/paper?x=1',
    });
    expect(await ask('studyStatus', { termId: 'il-12' })).toEqual({ value: { saved: true, private: false } });
  });

  it('saves nothing from a private tab unless the reader confirmed', async () => {
    const privatePage = pageIn(true);
    expect(await ask('saveToStudy', { termId: 'il-2' }, privatePage)).toEqual({
      value: 'private: confirm first',
    });
    expect(await ask('studyStatus', { termId: 'il-2' }, privatePage)).toEqual({
      value: { saved: false, private: true },
    });
    expect(await ask('saveToStudy', { termId: 'il-2', confirmPrivate: true }, privatePage)).toEqual({
      value: 'saved',
    });
  });

  it('refuses an unknown term and a malformed save', async () => {
    expect(await ask('saveToStudy', { termId: 'not-a-real-term' })).toEqual({ value: 'not an entry' });
    expect(
      (
        await ask('saveToStudy', {
          termId: 'il-6',
          context: { before: 'x'.repeat(100_000), text: 'IL-6', after: '' },
        })
      ).error,
    ).toContain('refused');
  });

  it('lets only extension pages read, review, restore or import the list', async () => {
    for (const [type, data] of [
      ['listStudy', {}],
      ['reviewStudy', { termId: 'il-12', knew: true }],
      ['importStudy', { text: '{}' }],
    ] as const)
      expect((await ask(type, data)).error).toContain('refused');
  });

  it('removes with undo, counts reviews, and imports a file by merging', async () => {
    await ask('saveToStudy', { termId: 'tnf', context: { before: '', text: 'TNF', after: '.' } });
    const list = (await ask('listStudy', {}, lookupPage)).value as StudyEntry[];
    const tnf = list.find((e) => e.termId === 'tnf')!;
    expect(await ask('unsaveFromStudy', { termId: 'tnf' })).toEqual({ value: 'removed' });
    expect(await ask('restoreToStudy', { entry: tnf }, lookupPage)).toEqual({ value: 'restored' });
    expect(await ask('reviewStudy', { termId: 'tnf', knew: false }, lookupPage)).toMatchObject({
      value: { termId: 'tnf', again: 1 },
    });
    const file = toStudyJson([{ ...tnf, termId: 'il-10', updatedAt: tnf.updatedAt + 1 }, tnf], Date.now());
    expect(await ask('importStudy', { text: file }, lookupPage)).toMatchObject({
      value: { ok: true, added: 1 },
    });
    expect(await ask('importStudy', { text: 'not json' }, lookupPage)).toMatchObject({
      value: { ok: false, message: expect.stringContaining('not JSON') },
    });
  });
});

describe('saving from the PDF reader', () => {
  it('keeps the sentence and takes the document’s address and title from the reader’s tab', async () => {
    const reader = {
      id: fakeBrowser.runtime.id,
      url: fakeBrowser.runtime.getURL(`/reader.html?file=${encodeURIComponent('https://journal.org/a.pdf')}`),
      tab: { id: 9, index: 0, title: 'Cytokines · ImmunoLens reader', incognito: false },
    } as Browser.runtime.MessageSender;
    expect(
      await ask(
        'saveToStudy',
        {
          termId: 'il-4',
          context: { before: 'x. ', text: 'IL-4', after: ' calms. y' },
          url: 'https://evil/',
        },
        reader,
      ),
    ).toEqual({ value: 'saved' });
    const list = (await ask('listStudy', {}, lookupPage)).value as StudyEntry[];
    expect(list.find((e) => e.termId === 'il-4')).toMatchObject({
      sentence: 'IL-4 calms.',
      pageTitle: 'Cytokines',
      url: 'https://journal.org/a.pdf',
    });
  });
});
