import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { explainInTab } from '@/entrypoints/background/explain-in-tab';
import { backgroundHandlers } from '@/entrypoints/background/message-handlers';
import { takeHandOver } from '@/entrypoints/lookup/hand-over';
import { HAND_OVER_TTL_MS } from '@/utils/lookup/hand-over';

const SECRET = 'IL-12 and my diagnosis';
const privateTabs = { id: 100, index: 1, windowId: 4, incognito: true };
/** A private tab of its own for each request: each tab may open one full view page a second. */
const privateTab = () => ({ ...privateTabs, id: privateTabs.id++ }) as Browser.tabs.Tab;
const normalTab = { id: 8, index: 1, windowId: 3, incognito: false } as Browser.tabs.Tab;
const sender = (tab: Browser.tabs.Tab) => ({ id: fakeBrowser.runtime.id, url: 'https://example.org/', tab });

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** The URL the full view page was opened with, and what session storage holds. */
async function opened(spy: { mock: { calls: unknown[][] } }) {
  const url = (spy.mock.calls[0]![0] as { url: string }).url;
  return { url, session: await browser.storage.session.get(null) };
}

describe('the full view page asked for from a private tab', () => {
  it('gets a one-time token in its URL and the text through session storage (the bubble’s search)', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    await backgroundHandlers.openFullView({ target: { kind: 'query', text: SECRET } }, sender(privateTab()));
    const { url, session } = await opened(create);
    expect(url).toMatch(/\/lookup\.html\?handover=[0-9a-f-]{36}$/);
    expect(decodeURIComponent(url)).not.toContain('IL-12');
    expect(Object.values(session)).toEqual([
      { target: { kind: 'query', text: SECRET }, at: expect.any(Number) },
    ]);
  });

  it('keeps an entry’s id out of the URL too', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    await backgroundHandlers.openFullView({ target: { kind: 'term', id: 'il-12' } }, sender(privateTab()));
    expect((await opened(create)).url).not.toContain('il-12');
  });

  it('from the menu or shortcut, opens the window with the token (Chrome: a normal window, it cannot be private)', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('no content script'));
    const create = vi.spyOn(browser.windows, 'create').mockResolvedValue({} as never);
    expect(await explainInTab({ text: SECRET, tab: privateTab(), frameId: 0 })).toBe('opened');
    const { url } = await opened(create);
    expect(url).toMatch(/\?handover=/);
    expect(create.mock.calls[0]![0]).not.toHaveProperty('incognito');
  });

  it('from the menu or shortcut in Firefox, opens a private window (Firefox shows extension pages there)', async () => {
    vi.stubEnv('BROWSER', 'firefox');
    try {
      vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('no content script'));
      const create = vi.spyOn(browser.windows, 'create').mockResolvedValue({} as never);
      await explainInTab({ text: SECRET, tab: privateTab(), frameId: 0 });
      expect(create.mock.calls[0]![0]).toMatchObject({
        incognito: true,
        url: expect.stringMatching(/\?handover=/),
      });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('leaves a normal tab’s lookups in the URL as before, and writes nothing to session storage', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    await backgroundHandlers.openFullView({ target: { kind: 'query', text: 'IL-12' } }, sender(normalTab));
    const { url, session } = await opened(create);
    expect(url).toMatch(/\/lookup\.html\?q=IL-12$/);
    expect(session).toEqual({});
  });

  it('is read once by the page, then gone; a stale one is removed by the next hand-over', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_800_000_000_000);
    await backgroundHandlers.openFullView({ target: { kind: 'query', text: SECRET } }, sender(privateTab()));
    const search = new URL((await opened(create)).url).search;
    expect(await takeHandOver(search)).toEqual({ target: { kind: 'query', text: SECRET } });
    expect(await browser.storage.session.get(null)).toEqual({});
    expect(await takeHandOver(search)).toEqual({ target: null });
    expect(await takeHandOver('?q=IL-12')).toBeNull();

    // A page that never opened: its hand-over goes when the next one is written after HAND_OVER_TTL_MS.
    await backgroundHandlers.openFullView({ target: { kind: 'query', text: 'first' } }, sender(privateTab()));
    now.mockReturnValue(1_800_000_000_000 + HAND_OVER_TTL_MS + 1);
    await backgroundHandlers.openFullView(
      { target: { kind: 'query', text: 'second' } },
      sender(privateTab()),
    );
    expect(Object.values(await browser.storage.session.get(null))).toEqual([
      { target: { kind: 'query', text: 'second' }, at: expect.any(Number) },
    ]);
  });
});
