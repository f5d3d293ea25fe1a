import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { openPageTerms, pageTermsOpening } from '@/components/open-page-terms';

const tab = { id: 7, windowId: 3 };
const api = browser as unknown as Record<string, unknown>;

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  delete api.sidePanel;
  delete api.sidebarAction;
  vi.restoreAllMocks();
});

describe('opening "Terms on this page"', () => {
  it('opens Chrome’s side panel in the tab’s window, calling it before any await (a user action is needed)', async () => {
    const open = vi.fn(async () => undefined);
    api.sidePanel = { open };
    const opening = openPageTerms(tab);
    // Called synchronously, inside the click.
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
    expect(await opening).toBe('side panel');
  });

  it('opens Firefox’s sidebar', async () => {
    const open = vi.fn(async () => undefined);
    api.sidebarAction = { open };
    const opening = openPageTerms(tab);
    expect(open).toHaveBeenCalledTimes(1);
    expect(await opening).toBe('sidebar');
  });

  it('opens the panel’s page in a tab, fixed to the reader’s tab, where neither exists (Firefox for Android)', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    expect(pageTermsOpening()).toBe('tab');
    expect(await openPageTerms(tab)).toBe('tab');
    expect(create).toHaveBeenCalledWith({ url: browser.runtime.getURL('/sidepanel.html?tabId=7') });
  });
});
