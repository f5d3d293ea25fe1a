import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings, updateSettings, watchSettings } from '@/utils/settings/settings-item';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '@/utils/settings/settings';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('stored settings', () => {
  it('reads the defaults on a fresh install', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a change and keeps every other setting', async () => {
    await updateSettings({ theme: 'dark' });
    await updateSettings({ trigger: 'alt' });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', trigger: 'alt' });
    expect((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({
      theme: 'dark',
      trigger: 'alt',
    });
  });

  it('falls back to defaults for a corrupt value, with one logged warning and no exception', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await browser.storage.local.set({
      [SETTINGS_KEY]: { trigger: 42, theme: 'dark', disabledSites: 'everywhere' },
    });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('keeps valid fields of a value written by a newer version', async () => {
    await browser.storage.local.set({
      [SETTINGS_KEY]: { trigger: 'dblclick', fontSize: 115, sidebar: true },
    });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, trigger: 'dblclick', fontSize: 115 });
  });

  it('tells watchers about changes, already validated', async () => {
    const seen: unknown[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await updateSettings({ fontSize: 130 });
    await browser.storage.local.set({ [SETTINGS_KEY]: 'garbage' });
    stop();
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, fontSize: 130 }, DEFAULT_SETTINGS]);
  });
});

describe('settings writes', () => {
  it('keeps both of two changes made at once', async () => {
    await Promise.all([updateSettings({ theme: 'dark' }), updateSettings({ trigger: 'alt' })]);
    expect(await readSettings()).toMatchObject({ theme: 'dark', trigger: 'alt' });
  });
});
