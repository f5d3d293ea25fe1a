import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { explainInTab } from './explain-in-tab';
import { createReaderMenu, handleReaderMenuClick, READER_MENU_ID } from '@/utils/pdf/open-in-reader';

export const MENU_ID = 'immunolens-lookup';

let creating: Promise<void> | null = null;

/**
 * Replaces any menu left from an earlier version with ours. `onInstalled` and `onStartup` may fire together
 * (an update applied at browser start): the second call joins the first rather than running
 * removeAll, removeAll, create, create, whose second create fails with "duplicate id".
 */
export function createContextMenu(): Promise<void> {
  creating ??= (async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Look up "%s" in ImmunoLens',
      contexts: ['selection'],
    });
    createReaderMenu();
  })().finally(() => (creating = null));
  return creating;
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
  await explainInTab({ text: info.selectionText ?? '', tab, frameId: info.frameId ?? 'every' });
}
