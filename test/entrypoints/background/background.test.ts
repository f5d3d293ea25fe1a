import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import background from '@/entrypoints/background';
import { explainInTab } from '@/entrypoints/background/explain-in-tab';
import { historyItem } from '@/utils/history/history-item';
import { settingsItem } from '@/utils/settings/settings-item';

const page = {
  id: fakeBrowser.runtime.id,
  url: 'https://example.org/paper',
  tab: { id: 7, index: 2, windowId: 3 },
  frameId: 0,
} as Browser.runtime.MessageSender;
const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };

/** Sends a message to the background as a page or extension page would, and resolves with its reply. */
async function ask(type: string, data: unknown, sender: Browser.runtime.MessageSender = page) {
  let reply: unknown;
  const sendResponse = vi.fn((r: unknown) => (reply = r));
  await fakeBrowser.runtime.onMessage.trigger({ immunolens: type, data }, sender, sendResponse);
  await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled());
  return reply as { value?: unknown; error?: string };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** fakeBrowser implements neither menu clicks nor commands: capture the listeners the background adds. */
function captureListeners() {
  const menuClick = vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockReturnValue(undefined);
  const command = vi.spyOn(browser.commands.onCommand, 'addListener').mockReturnValue(undefined);
  return {
    menuClick: () => menuClick.mock.calls[0]![0],
    command: () => command.mock.calls[0]![0],
  };
}

describe('the background started by the browser', () => {
  let listeners: ReturnType<typeof captureListeners>;
  beforeEach(() => {
    listeners = captureListeners();
    background.main();
  });

  it('explains a selection: the term it sits in, widened, and remembers a single term', async () => {
    const reply = await ask('explain', {
      text: '12',
      before: 'levels of IL-',
      after: ' rose',
      explicit: false,
    });
    expect(reply.value).toMatchObject({
      widened: { start: -3, end: 2 },
      terms: [{ term: { id: 'il-12', name: 'Interleukin-12' } }],
      suggestions: [],
    });
    await vi.waitFor(async () =>
      expect(await historyItem.getValue()).toEqual([
        expect.objectContaining({ kind: 'term', id: 'il-12', title: 'Interleukin-12' }),
      ]),
    );
  });

  it('writes nothing to history for a lookup from a private window', async () => {
    const privateTab = { ...page, tab: { ...page.tab!, incognito: true } } as Browser.runtime.MessageSender;
    const reply = await ask('explain', { text: 'IL-12', explicit: false }, privateTab);
    expect(reply.value).toMatchObject({ terms: [{ term: { id: 'il-12' } }] });
    const item = { kind: 'term', id: 'il-12', title: 'Interleukin-12' };
    const privatePage = {
      ...popup,
      tab: { id: 9, index: 0, incognito: true },
    } as Browser.runtime.MessageSender;
    expect(await ask('rememberViewed', item, privatePage)).toEqual({ value: 'history off' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await historyItem.getValue()).toEqual([]);
  });

  it('answers a plain selection with no terms and no suggestions, and an explicit one with suggestions', async () => {
    expect((await ask('explain', { text: 'the weather today', explicit: false })).value).toMatchObject({
      terms: [],
      suggestions: [],
    });
    const explicit = await ask('explain', { text: 'interleukn', explicit: true });
    expect(explicit.value).toMatchObject({ terms: [] });
    expect((explicit.value as { suggestions: unknown[] }).suggestions.length).toBeGreaterThan(0);
  });

  it('refuses a malformed explain request with an error, not an empty answer', async () => {
    expect(await ask('explain', { text: 'x'.repeat(5000) })).toEqual({
      error: 'ImmunoLens: refused a malformed explain message',
    });
  });

  it('recognises a chunk of page text for the side panel, every use in reading order, and writes no history', async () => {
    const text = 'IL-12 induces IFN-γ; IL-12 again.';
    expect(await ask('recognizePageText', { text })).toEqual({
      value: {
        uses: [
          { start: 0, end: 5, id: 'il-12' },
          { start: 14, end: 19, id: 'ifn-gamma' },
          { start: 21, end: 26, id: 'il-12' },
        ],
      },
    });
    expect(await ask('recognizePageText', { text: 'x'.repeat(50_001) })).toEqual({
      error: 'ImmunoLens: refused a malformed recognizePageText message',
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await historyItem.getValue()).toEqual([]);
  });

  it('opens the full view page in a tab beside the page that asked, in its window', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    expect(await ask('openFullView', { target: { kind: 'term', id: 'il-12' } })).toEqual({ value: 'opened' });
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(/\/lookup\.html#term\/il-12$/),
      index: 3,
      windowId: 3,
      openerTabId: 7,
    });
  });

  it('opens at most one full view page a second for a tab, so a page cannot flood the browser with tabs', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    const start = Date.now() + 1e9;
    const now = vi.spyOn(Date, 'now').mockReturnValue(start);
    const open = (sender = page) => ask('openFullView', { target: { kind: 'term', id: 'il-12' } }, sender);
    expect(await open()).toEqual({ value: 'opened' });
    expect(await open()).toEqual({ value: 'too soon' });
    expect(await open({ ...page, tab: { ...page.tab!, id: 8 } })).toEqual({ value: 'opened' });
    now.mockReturnValue(start + 1000);
    expect(await open()).toEqual({ value: 'opened' });
    expect(create).toHaveBeenCalledTimes(3);
  });

  it('remembers what an extension page opened, unless history is off, and refuses it from a page', async () => {
    const item = { kind: 'qa', id: 'role-of-il-12', title: 'What is the role of IL-12?' };
    expect(await ask('rememberViewed', item, popup)).toEqual({ value: 'remembered' });
    expect(await historyItem.getValue()).toEqual([expect.objectContaining(item)]);
    expect(await ask('rememberViewed', item, page)).toMatchObject({ error: expect.any(String) });
    await settingsItem.setValue({ history: false });
    expect(await ask('rememberViewed', { ...item, id: 'other' }, popup)).toEqual({ value: 'history off' });
    expect(await historyItem.getValue()).toHaveLength(1);
  });

  it('creates the context menus on install (look up a selection; open a PDF link in the reader)', async () => {
    const create = vi.spyOn(browser.contextMenus, 'create').mockReturnValue('x');
    vi.spyOn(browser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(2));
  });

  it('explains a menu click in the frame it came from, and the shortcut in every frame', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ value: 'shown' } as never);
    const tab = { id: 7, index: 0 } as Browser.tabs.Tab;
    listeners.menuClick()(
      { menuItemId: 'immunolens-lookup', selectionText: 'IL-12', frameId: 2 } as never,
      tab,
    );
    listeners.command()('lookup-selection', tab);
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(send.mock.calls).toEqual([
      [7, { immunolens: 'explainSelection', data: { text: 'IL-12' } }, { frameId: 2 }],
      [7, { immunolens: 'explainSelection', data: { text: '', everyFrame: true } }],
    ]);
  });

  it('is the one writer of settings: applies a change from an extension page, refuses one from a page', async () => {
    expect(await ask('changeSettings', { theme: 'dark' }, popup)).toMatchObject({ value: { theme: 'dark' } });
    expect(await settingsItem.getValue()).toMatchObject({ theme: 'dark' });
    expect(await ask('changeSettings', { theme: 'light' }, page)).toMatchObject({
      error: expect.any(String),
    });
    expect(await ask('changeSettings', { theme: 'neon' }, popup)).toMatchObject({
      error: expect.any(String),
    });
    expect(await settingsItem.getValue()).toMatchObject({ theme: 'dark' });
  });

  it('clears history for an extension page, and turning history off clears it too', async () => {
    const item = { kind: 'term', id: 'il-12', title: 'Interleukin-12' };
    await ask('rememberViewed', item, popup);
    expect(await ask('clearHistory', {}, popup)).toEqual({ value: 'cleared' });
    expect(await historyItem.getValue()).toEqual([]);
    await ask('rememberViewed', item, popup);
    await ask('changeSettings', { history: false }, popup);
    expect(await historyItem.getValue()).toEqual([]);
  });

  it('creates the context menu once when install and start-up fire together', async () => {
    const ids = new Set<string>();
    const errors: string[] = [];
    // The browser applies menu calls in the order they are made, and answers each a little later.
    vi.spyOn(browser.contextMenus, 'removeAll').mockImplementation(async () => {
      ids.clear();
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    vi.spyOn(browser.contextMenus, 'create').mockImplementation((props) => {
      if (ids.has(String(props.id))) errors.push(`Cannot create item with duplicate id ${props.id}`);
      ids.add(String(props.id));
      return String(props.id);
    });
    await Promise.all([
      fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never),
      fakeBrowser.runtime.onStartup.trigger(),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(ids).toEqual(new Set(['immunolens-lookup', 'immunolens-open-pdf']));
    expect(errors).toEqual([]);
  });

  it('throws when started twice in one worker, rather than answering every message twice', () => {
    expect(() => background.main()).toThrow(/twice/);
  });

  it('puts no test hook on the worker’s global: only the e2e build has one (utils/test-build.ts)', () => {
    expect('immunolens' in globalThis).toBe(false);
  });
});

describe('Firefox for Android: no context menus, commands, windows, side panel or sidebar', () => {
  const missing = {
    contextMenus: undefined,
    commands: undefined,
    windows: undefined,
    sidePanel: undefined,
    sidebarAction: undefined,
  };
  let saved: Record<string, unknown>;
  beforeEach(() => {
    saved = Object.fromEntries(Object.keys(missing).map((k) => [k, (browser as never)[k]]));
    Object.assign(browser, missing);
  });
  afterEach(() => void Object.assign(browser, saved));

  it('starts and still explains a selection', async () => {
    expect(() => background.main()).not.toThrow();
    expect((await ask('explain', { text: 'IL-12', explicit: false })).value).toMatchObject({
      terms: [{ term: { id: 'il-12' } }],
    });
  });

  it('opens the lookup page in a tab, as there are no windows to open', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection.'));
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    expect(await explainInTab({ text: 'IL-12', tab: { id: 7 } as Browser.tabs.Tab, frameId: 0 })).toBe(
      'opened',
    );
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining('q=IL-12') }));
  });
});
