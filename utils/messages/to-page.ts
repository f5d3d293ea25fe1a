/** Messages the content script in a frame answers: from the background (menu, shortcut) and the popup. */
import { MAX_SELECTION_CHARS } from '../limits';
import { fieldsOf, isText } from './parse';

/**
 * What a frame did with a request to explain its selection: showed a bubble, declined (a password field, an
 * editable field the settings leave alone, a frame without the reader's focus, a newer selection), or had
 * nothing to explain (no selection and no text from the menu).
 */
export type BubbleOutcome = 'shown' | 'declined' | 'nothing';

/** Background or extension page → content script: every message and its reply. */
export interface ToPage {
  /** The context menu (with its text) or the shortcut (empty text: read the selection) asks for a bubble. */
  explainSelection: [{ text: string }, BubbleOutcome];
  /** Popup: is ImmunoLens running in this tab (tabs open before install have no script)? */
  ping: [Record<string, never>, 'pong'];
}

export function parseExplainSelection(value: unknown): ToPage['explainSelection'][0] | null {
  const v = fieldsOf(value);
  return v && isText(v.text, MAX_SELECTION_CHARS) ? { text: v.text } : null;
}

export function parsePing(value: unknown): ToPage['ping'][0] | null {
  return fieldsOf(value) ? {} : null;
}

export const TO_PAGE = {
  explainSelection: parseExplainSelection,
  ping: parsePing,
};
