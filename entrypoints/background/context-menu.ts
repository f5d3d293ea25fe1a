import type { Browser } from 'wxt/browser';
import { MAX_SELECTION_CHARS } from '@/utils/limits';
import { lookupPageUrl } from '@/utils/lookup/lookup-url';
import { sendMessage } from '@/utils/messages';
import { createReaderMenu, handleReaderMenuClick } from '@/utils/pdf/open-in-reader';

export const MENU_ID = 'immunolens-lookup';

export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: 'Look up "%s" in ImmunoLens',
    contexts: ['selection'],
  });
  createReaderMenu();
}

/**
 * Asks the content script in the frame to explain its selection; where none answers (a PDF viewer, a browser
 * page, a tab loaded before the extension), opens the lookup page with the text in a small window instead.
 */
export async function explainInTab(
  text: string,
  tab: Browser.tabs.Tab | undefined,
  frameId = 0,
): Promise<void> {
  const selection = text.slice(0, MAX_SELECTION_CHARS);
  if (tab?.id !== undefined && tab.id >= 0) {
    try {
      const shown = await sendMessage('explainSelection', { text: selection }, { tabId: tab.id, frameId });
      if (shown) return;
    } catch {
      // No content script answered in that frame: fall back to the lookup page below.
    }
  }
  await browser.windows.create({
    url: lookupPageUrl({ kind: 'query', text: selection }),
    type: 'popup',
    width: 480,
    height: 640,
  });
}

export async function handleContextMenuClick(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
): Promise<void> {
  if (await handleReaderMenuClick(info, tab)) return;
  if (info.menuItemId !== MENU_ID) return;
  await explainInTab(info.selectionText ?? '', tab, info.frameId ?? 0);
}
