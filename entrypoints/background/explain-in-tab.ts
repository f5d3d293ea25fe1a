import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { MAX_SELECTION_CHARS } from '@/utils/limits';
import type { BubbleOutcome } from '@/utils/messages/to-page';
import { sendToFrame } from '@/utils/messages/transport';
import { fullViewUrlFrom, privateWindowOptions } from './hand-over';

/** An explicit request from the context menu or the shortcut. */
export interface ExplainInTabRequest {
  /** The selected text as the browser reported it (the menu), or '' (the shortcut: the frame reads its own). */
  text: string;
  tab: Browser.tabs.Tab | undefined;
  frameId: number;
}

/** The full view page's small window; where the browser has no windows (Firefox for Android), a tab. */
async function openFullViewWindow(text: string, tab: Browser.tabs.Tab | undefined): Promise<void> {
  // From a private tab, the text goes through session storage, not the URL (hand-over.ts).
  const url = await fullViewUrlFrom({ kind: 'query', text }, tab);
  // No windows on Firefox for Android: docs/browser-quirks.md#firefox-android-missing-apis
  if (browser.windows?.create)
    await browser.windows.create({
      url,
      type: 'popup',
      width: 480,
      height: 640,
      ...privateWindowOptions(tab),
    });
  else await browser.tabs.create({ url });
}

/**
 * Asks the content script in the frame to explain its selection; where none shows a bubble (a PDF viewer, a
 * browser page, a tab loaded before the extension, a frame that declined), opens the full view page instead.
 */
export async function explainInTab({
  text,
  tab,
  frameId,
}: ExplainInTabRequest): Promise<BubbleOutcome | 'opened'> {
  const selection = text.slice(0, MAX_SELECTION_CHARS);
  if (tab?.id !== undefined && tab.id >= 0) {
    try {
      const outcome = await sendToFrame({ tabId: tab.id, frameId }, 'explainSelection', {
        text: selection,
      });
      if (outcome === 'shown') return outcome;
    } catch {
      // No content script answered in that frame: fall back to the full view page below.
    }
  }
  await openFullViewWindow(selection, tab);
  return 'opened';
}
