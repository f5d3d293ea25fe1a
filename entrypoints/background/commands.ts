import type { Browser } from 'wxt/browser';
import { explainInTab } from './explain-in-tab';

export const EXPLAIN_SELECTION_COMMAND = 'lookup-selection';

/**
 * The shortcut explains the selection like the context menu; the content script reads the selection itself. The
 * browser does not say which frame has it, so every frame is asked (tabs.sendMessage to frame 0 reaches no iframe).
 */
export async function handleCommand(command: string, tab: Browser.tabs.Tab | undefined): Promise<void> {
  if (command !== EXPLAIN_SELECTION_COMMAND) return;
  await explainInTab({ text: '', tab, frameId: 'every' });
}
