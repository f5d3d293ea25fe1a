import type { Browser } from 'wxt/browser';
import { sendToFrame } from '@/utils/messages/transport';
import { explainInTab } from './explain-in-tab';

export const EXPLAIN_SELECTION_COMMAND = 'lookup-selection';
export const TOGGLE_LENS_COMMAND = 'toggle-lens';

/**
 * The shortcut explains the selection like the context menu; the content script reads the selection itself. The
 * browser does not say which frame has it, so every frame is asked (tabs.sendMessage to frame 0 reaches no iframe).
 */
export async function handleCommand(command: string, tab: Browser.tabs.Tab | undefined): Promise<void> {
  if (command === TOGGLE_LENS_COMMAND) {
    // The top frame holds the lens; a tab with no content script (a browser page) has none to toggle.
    if (tab?.id !== undefined)
      await sendToFrame({ tabId: tab.id, frameId: 0 }, 'toggleLens', {}).catch(() => undefined);
    return;
  }
  if (command !== EXPLAIN_SELECTION_COMMAND) return;
  await explainInTab({ text: '', tab, frameId: 'every' });
}
