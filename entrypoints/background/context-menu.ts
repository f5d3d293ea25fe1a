import type { Browser } from 'wxt/browser';
import { explainInTab } from './explain-in-tab';

export const MENU_ID = 'immunolens-lookup';

export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: 'Look up "%s" in ImmunoLens',
    contexts: ['selection'],
  });
}

export async function handleContextMenuClick(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
): Promise<void> {
  if (info.menuItemId !== MENU_ID) return;
  await explainInTab({ text: info.selectionText ?? '', tab, frameId: info.frameId ?? 0 });
}
