/**
 * Opens "Terms on this page" where the browser has room for it: Chrome's side panel, Firefox's sidebar, or (where
 * neither exists: Firefox for Android) the same page in a tab of its own, fixed to the reader's tab. Both panel
 * APIs open only during a user action (docs/browser-quirks.md#side-panel-needs-a-user-action): call this directly
 * from the click, before any await.
 */
import { browser } from 'wxt/browser';

/** Firefox's sidebar API, which the Chrome-shaped types do not describe. */
interface SidebarAction {
  open(): Promise<void>;
}

export type PanelOpening = 'side panel' | 'sidebar' | 'tab';

export function pageTermsOpening(): PanelOpening {
  if (typeof browser.sidePanel?.open === 'function') return 'side panel';
  const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  return typeof sidebar?.open === 'function' ? 'sidebar' : 'tab';
}

export async function openPageTerms(tab: { id: number; windowId: number }): Promise<PanelOpening> {
  const how = pageTermsOpening();
  if (how === 'side panel') await browser.sidePanel.open({ windowId: tab.windowId });
  else if (how === 'sidebar')
    await (browser as unknown as { sidebarAction: SidebarAction }).sidebarAction.open();
  else await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?tabId=${tab.id}`) });
  return how;
}
