// fake-indexeddb: the background's pack store runs on IndexedDB, which Node lacks.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import background from '@/entrypoints/background';

const optionsPage = {
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/options.html'),
} as Browser.runtime.MessageSender;
const webPage = {
  id: fakeBrowser.runtime.id,
  url: 'https://example.org/',
  tab: { id: 3, index: 0, incognito: false },
  frameId: 0,
} as Browser.runtime.MessageSender;

async function ask(type: string, data: unknown, sender: Browser.runtime.MessageSender = optionsPage) {
  let reply: unknown;
  const sendResponse = vi.fn((r: unknown) => (reply = r));
  await fakeBrowser.runtime.onMessage.trigger({ immunolens: type, data }, sender, sendResponse);
  await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled());
  return reply as { value?: unknown; error?: string };
}

const EXAMPLE = readFileSync('docs/examples/example-pack.json', 'utf8');

/** Imports a file's text the options page's way: start, chunks, finish. */
async function importText(text: string, fileName = 'example-pack.json', chunks = 3) {
  const bytes = new TextEncoder().encode(text).length;
  const { value } = await ask('startPackImport', { fileName, bytes, format: 'json' });
  const { importId } = value as { importId: string };
  const size = Math.ceil(text.length / chunks);
  for (let i = 0; i < text.length; i += size)
    expect((await ask('addPackText', { importId, text: text.slice(i, i + size) })).value).toBe('added');
  return (await ask('finishPackImport', { importId })).value as Record<string, unknown>;
}

const explainMc38 = async () =>
  (
    (await ask('explain', { text: 'MC38', before: 'We grew ', after: ' tumours.', explicit: false }, webPage))
      .value as { terms: { term: { id: string; pack?: string } }[] }
  ).terms.map((t) => [t.term.id, t.term.pack]);

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockReturnValue(undefined);
  vi.spyOn(browser.commands.onCommand, 'addListener').mockReturnValue(undefined);
  background.main();
  // Each test starts with no pack (the worker's connection outlives main(), so the database stays open).
  for (const pack of (await ask('listPacks', {})).value as { id: string }[])
    await ask('removePack', { id: pack.id });
});

describe('the packs’ owner, the background', () => {
  it('imports a pack sent in chunks, explains its terms marked with its name, and forgets them when disabled', async () => {
    const reply = await importText(EXAMPLE);
    expect(reply).toMatchObject({
      ok: true,
      replaced: false,
      pack: { id: 'tumour-immunology-lab-methods', entryCount: 8, enabled: true },
      clashes: { overrides: [{ entry: 'tetramer-staining', source: 'the built-in glossary' }] },
    });
    expect(await explainMc38()).toEqual([['mc38', 'Tumour immunology lab methods']]);
    expect((await ask('setPackEnabled', { id: 'tumour-immunology-lab-methods', enabled: false })).value).toBe(
      'changed',
    );
    expect(await explainMc38()).toEqual([]);
    expect((await ask('removePack', { id: 'tumour-immunology-lab-methods' })).value).toBe('removed');
    expect((await ask('listPacks', {})).value).toEqual([]);
  });

  it('refuses an invalid pack with its errors and keeps the packs stored before', async () => {
    await importText(EXAMPLE);
    const broken = JSON.stringify({ name: 'Broken', version: '1', licence: 'x', source: 'y', entries: [{}] });
    const reply = await importText(broken, 'broken.json', 1);
    expect(reply).toMatchObject({ ok: false, total: 5 });
    expect(((await ask('listPacks', {})).value as { name: string }[]).map((p) => p.name)).toEqual([
      'Tumour immunology lab methods',
    ]);
  });

  it('stores nothing of an import that never finishes (the worker stopped, the browser closed)', async () => {
    const { value } = await ask('startPackImport', {
      fileName: 'a.json',
      bytes: EXAMPLE.length,
      format: 'json',
    });
    const { importId } = value as { importId: string };
    await ask('addPackText', { importId, text: EXAMPLE.slice(0, 100) });
    // A new start drops the unfinished import: its id no longer takes text or finishes.
    await ask('startPackImport', { fileName: 'b.json', bytes: 10, format: 'json' });
    expect((await ask('addPackText', { importId, text: 'x' })).value).toBe('no such import');
    expect((await ask('finishPackImport', { importId })).value).toMatchObject({ ok: false });
    expect((await ask('listPacks', {})).value).toEqual([]);
  });

  it('takes no more text than the file’s size said', async () => {
    const { value } = await ask('startPackImport', { fileName: 'a.json', bytes: 4, format: 'json' });
    const { importId } = value as { importId: string };
    expect((await ask('addPackText', { importId, text: '12345' })).value).toBe('no such import');
  });

  it('answers pack messages from the extension’s pages only', async () => {
    expect((await ask('listPacks', {}, webPage)).error).toMatch(/refused a malformed listPacks message/);
    expect((await ask('removePack', { id: 'x' }, webPage)).error).toMatch(/refused/);
  });

  it('refuses malformed requests', async () => {
    expect((await ask('startPackImport', { fileName: 'a', bytes: -1, format: 'json' })).error).toMatch(
      /refused/,
    );
    expect((await ask('startPackImport', { fileName: 'a', bytes: 1, format: 'xml' })).error).toMatch(
      /refused/,
    );
    expect(
      (await ask('startPackImport', { fileName: 'a', bytes: 300 * 1024 * 1024, format: 'csv' })).error,
    ).toMatch(/refused/);
    expect((await ask('setPackEnabled', { id: 'x', enabled: 'yes' })).error).toMatch(/refused/);
  });
});
