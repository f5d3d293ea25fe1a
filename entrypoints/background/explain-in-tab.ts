import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { MAX_SELECTION_CHARS } from '@/utils/limits';
import { opensFullView, type FrameReply } from '@/utils/lookup/frame-replies';
import type { BubbleOutcome } from '@/utils/messages/to-page';
import { sendToFrame } from '@/utils/messages/transport';
import { fullViewUrlFrom, privateWindowOptions } from './hand-over';

/** An explicit request from the context menu or the shortcut. */
export interface ExplainInTabRequest {
  /** The selected text as the browser reported it (the menu), or '' (the shortcut: the frame reads its own). */
  text: string;
  tab: Browser.tabs.Tab | undefined;
  /**
   * The frame the menu was clicked in, or `'every'` (the shortcut, which knows no frame): every frame of the tab
   * is asked, and only the one the reader is in answers (frameAnswer, utils/selection/selection-rules.ts).
   */
  frameId: number | 'every';
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
 * Asks the content script in the frame (or in every frame) to explain its selection; where no frame shows a
 * bubble or declines (a PDF viewer, a browser page, a tab loaded before the extension, no selection anywhere),
 * opens the full view page instead. A frame that declined (a password field) gets no window either.
 */
export async function explainInTab({
  text,
  tab,
  frameId,
}: ExplainInTabRequest): Promise<BubbleOutcome | 'opened'> {
  const selection = text.slice(0, MAX_SELECTION_CHARS);
  let reply: FrameReply = undefined;
  if (tab?.id !== undefined && tab.id >= 0) {
    try {
      reply = await sendToFrame({ tabId: tab.id, frameId }, 'explainSelection', {
        text: selection,
        ...(frameId === 'every' ? { everyFrame: true } : {}),
      });
    } catch {
      // No content script answered (none there, or every frame kept quiet): as if each said nothing.
      // docs/browser-quirks.md#tabs-sendmessage-first-answer-wins
    }
  }
  if (!opensFullView([reply])) return reply!;
  await openFullViewWindow(selection, tab);
  return 'opened';
}
