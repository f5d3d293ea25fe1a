import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { LENS_SCRIPT_ID, startLensScript, syncLensScript } from '@/entrypoints/background/lens-script';

/** fakeBrowser has no scripting API: a stand-in that keeps what is registered. */
function fakeScripting() {
  let registered: Browser.scripting.RegisteredContentScript[] = [];
  const scripting = {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
      registered.filter((s) => ids.includes(s.id)),
    ),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      registered = registered.filter((s) => !ids.includes(s.id));
    }),
    registerContentScripts: vi.fn(async (scripts: Browser.scripting.RegisteredContentScript[]) => {
      if (scripts.some((s) => registered.some((r) => r.id === s.id))) throw new Error('Duplicate script ID');
      registered.push(...scripts);
    }),
  };
  Object.assign(browser, { scripting });
  return { scripting, registered: () => registered };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the lens start script registration', () => {
  it('registers nothing while the lens is off everywhere (the default)', async () => {
    const { scripting, registered } = fakeScripting();
    await syncLensScript();
    expect(registered()).toEqual([]);
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('registers lens-start.js for top frames of the pages the lens may be on for, and again on each sync', async () => {
    const { registered } = fakeScripting();
    await browser.storage.local.set({ settings: { highlightTerms: true, lensOffSites: ['example.org'] } });
    await Promise.all([syncLensScript(), syncLensScript()]);
    expect(registered()).toEqual([
      {
        id: LENS_SCRIPT_ID,
        js: ['lens-start.js'],
        matches: ['<all_urls>'],
        excludeMatches: ['*://*.example.org/*'],
        allFrames: false,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    await browser.storage.local.set({ settings: { lensOnSites: ['example.org'] } });
    await syncLensScript();
    expect(registered().map((s) => [s.matches, s.excludeMatches])).toEqual([
      [['*://*.example.org/*'], undefined],
    ]);
    await browser.storage.local.remove('settings');
    await syncLensScript();
    expect(registered()).toEqual([]);
  });

  it('does nothing where the browser has no scripting API (it is feature-detected)', async () => {
    Object.assign(browser, { scripting: undefined });
    await browser.storage.local.set({ settings: { highlightTerms: true } });
    await expect(syncLensScript()).resolves.toBeUndefined();
  });

  it('follows a settings change, and tells the open tabs it turns the lens on for to start it', async () => {
    const { registered } = fakeScripting();
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([
      { id: 1, url: 'https://example.org/paper' },
      { id: 2, url: 'https://other.example/news' },
      // Its address hidden: told too, its lens decides.
      { id: 3 },
    ] as Browser.tabs.Tab[] as never);
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ value: 'on' } as never);
    startLensScript();
    await browser.storage.local.set({ settings: { lensOnSites: ['example.org'] } });
    await vi.waitFor(() => expect(registered()).toHaveLength(1));
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(send.mock.calls.map((c) => c[0])).toEqual([1, 3]);
    expect(send).toHaveBeenCalledWith(1, { immunolens: 'startLens', data: {} }, { frameId: 0 });

    // Turned off: the lens already running follows the settings itself; nothing is sent.
    send.mockClear();
    await browser.storage.local.remove('settings');
    await vi.waitFor(() => expect(registered()).toHaveLength(0));
    expect(send).not.toHaveBeenCalled();
  });
});
