/** Messages the content script in a frame answers: from the background (menu, shortcut) and the popup. */
import { MAX_ID_CHARS, MAX_SELECTION_CHARS } from '../limits';
import { fieldsOf, isText } from './parse';

/**
 * What a frame did with a request to explain its selection: showed a bubble, declined (a password field, or a
 * newer selection took over), or had nothing to explain (no selection and no text from the menu, or the reader
 * is in another frame). Only `nothing` from every frame lets the background open the full view page instead.
 */
export type BubbleOutcome = 'shown' | 'declined' | 'nothing';

/** One known term of a page: how often it is used and where it first is, among all uses in reading order. */
export interface PageTerm {
  id: string;
  count: number;
  /** Reading-order index of its first use among every use of every term: sorting by it gives reading order. */
  first: number;
}

/** A page's known terms; `truncated` when the page's text passed the cap and its end was not read. */
export interface PageTerms {
  terms: PageTerm[];
  truncated: boolean;
  /** The page's title, cut to MAX_PAGE_TITLE_CHARS: Chrome shows no tab's title to an extension without "tabs". */
  title?: string;
  /** Frames in the page: their text is not read (the list is the top frame's), and the panel says so. */
  frames?: number;
  /** The lens is on in the tab and stopped at its bounds (marks, text or changes): parts of the page are unmarked. */
  lensTruncated?: boolean;
}

/** Where a frame showed a use: its top and height in the frame's viewport, in CSS pixels. */
export interface UseInFrame {
  y: number;
  height: number;
}

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
  /** The lens command: the lens on or off in this tab (the top frame answers), the opposite of what it is now. */
  toggleLens: [Record<string, never>, 'on' | 'off'];
  /**
   * The background, when a settings change turns the lens on for an open tab (the top frame answers): start the
   * lens, which then reads and follows the settings itself. A tab loaded later gets lens-start.js instead.
   */
  startLens: [Record<string, never>, 'on' | 'off'];
  /** The side panel: every known term in the page's visible text (read on demand, the lens on or off). */
  listPageTerms: [Record<string, never>, PageTerms];
  /**
   * The side panel: scroll to use `index` (0-based, reading order) of term `id` and mark it briefly. A frame
   * other than the top one says where in its viewport the use now shows, for the panel to scroll the frame into
   * view in the top page (browsers do not carry a frame's scrolling into a parent of another origin).
   */
  showTermUse: [{ id: string; index: number }, 'shown' | 'nothing' | UseInFrame];
  /**
   * The side panel's roll call, sent to every frame of the tab: each frame but the top one says it is there
   * with a `frameHere` message to the extension's pages (to-panel.ts), whose sender names the frame.
   */
  callFrames: [Record<string, never>, 'called'];
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

export function parseShowTermUse(value: unknown): ToPage['showTermUse'][0] | null {
  const v = fieldsOf(value);
  return v && isText(v.id, MAX_ID_CHARS) && Number.isSafeInteger(v.index) && (v.index as number) >= 0
    ? { id: v.id, index: v.index as number }
    : null;
}

export const TO_PAGE = {
  explainSelection: parseExplainSelection,
  ping: parsePing,
  toggleLens: parsePing,
  startLens: parsePing,
  listPageTerms: parsePing,
  showTermUse: parseShowTermUse,
  callFrames: parsePing,
};
