import type { Browser } from 'wxt/browser';
import { explainInTab } from './context-menu';

export const LOOKUP_COMMAND = 'lookup-selection';

/** The shortcut looks up the selection like the context menu; the content script reads the selection itself. */
export async function handleCommand(command: string, tab: Browser.tabs.Tab | undefined): Promise<void> {
  if (command !== LOOKUP_COMMAND) return;
  await explainInTab('', tab, 0);
}
