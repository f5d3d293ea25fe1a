import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { createContextMenu, handleContextMenuClick } from '@/entrypoints/background/context-menu';
import { READER_MENU_ID } from '@/utils/pdf/open-in-reader';

const tab = { id: 3, index: 4, url: 'https://example.org/list' } as Browser.tabs.Tab;
const linkClick = (linkUrl: string) =>
  ({
    menuItemId: READER_MENU_ID,
    linkUrl,
    editable: false,
    pageUrl: tab.url,
  }) as Browser.contextMenus.OnClickData;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('"Open PDF in ImmunoLens reader" on links', () => {
  it('is offered on links to PDFs only', async () => {
    vi.spyOn(browser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    const create = vi.spyOn(browser.contextMenus, 'create').mockReturnValue(READER_MENU_ID);
    await createContextMenu();
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({
        id: READER_MENU_ID,
        title: 'Open PDF in ImmunoLens reader',
        contexts: ['link'],
        targetUrlPatterns: expect.arrayContaining(['*://*/*.pdf', '*://*/*.pdf?*']),
      }),
    );
  });

  it('opens the link in the reader in a new tab beside the page', async () => {
    const open = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    const send = vi.spyOn(browser.tabs, 'sendMessage');
    await handleContextMenuClick(linkClick('https://example.org/papers/il-12.pdf?download=1'), tab);
    expect(open).toHaveBeenCalledWith({
      url: `${browser.runtime.getURL('/reader.html')}?file=${encodeURIComponent('https://example.org/papers/il-12.pdf?download=1')}`,
      index: 5,
    });
    expect(send).not.toHaveBeenCalled();
  });

  it('opens nothing for a link the reader cannot open', async () => {
    const open = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    await handleContextMenuClick(linkClick('javascript:alert(1)'), tab);
    expect(open).not.toHaveBeenCalled();
  });
});
