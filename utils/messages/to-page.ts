/** Messages the content script in a frame answers: from the background (menu, shortcut) and the popup. */
import { MAX_SELECTION_CHARS } from '../limits';
import { fieldsOf, isText } from './parse';

/**
 * What a frame did with a request to explain its selection: showed a bubble, declined (a password field, or a
 * newer selection took over), or had nothing to explain (no selection and no text from the menu, or the reader
 * is in another frame). Only `nothing` from every frame lets the background open the full view page instead.
 */
export type BubbleOutcome = 'shown' | 'declined' | 'nothing';

/** Background or extension page → content script: every message and its reply. */
export interface ToPage {
  /** The context menu (with its text) or the shortcut (empty text: read the selection) asks for a bubble. */
  /**
   * `everyFrame`: sent to every frame of the tab at once (the shortcut), where only the frame the reader is in
   * answers (selection-rules.ts, frameAnswer).
   */
  explainSelection: [{ text: string; everyFrame?: boolean }, BubbleOutcome];
  /** Popup: is ImmunoLens running in this tab (tabs open before install have no script)? */
  ping: [Record<string, never>, 'pong'];
}

export function parseExplainSelection(value: unknown): ToPage['explainSelection'][0] | null {
  const v = fieldsOf(value);
  const every = v?.everyFrame;
  return v && isText(v.text, MAX_SELECTION_CHARS) && [undefined, true, false].includes(every as never)
    ? { text: v.text, everyFrame: every as boolean | undefined }
    : null;
}

export function parsePing(value: unknown): ToPage['ping'][0] | null {
  return fieldsOf(value) ? {} : null;
}

export const TO_PAGE = {
  explainSelection: parseExplainSelection,
  ping: parsePing,
};
