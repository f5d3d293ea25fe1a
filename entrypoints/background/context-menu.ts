import type { Browser } from 'wxt/browser';
import { explainInTab } from './explain-in-tab';
import { createReaderMenu, handleReaderMenuClick, READER_MENU_ID } from '@/utils/pdf/open-in-reader';

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

export async function handleContextMenuClick(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
): Promise<void> {
  if (info.menuItemId === READER_MENU_ID) {
    await handleReaderMenuClick(info, tab);
    return;
  }
  if (info.menuItemId !== MENU_ID) return;
  await explainInTab({ text: info.selectionText ?? '', tab, frameId: info.frameId ?? 0 });
}
