/** The rules that decide whether a selection is explained and shown: pure functions, tested in Node. */
import type { Explanation } from '../messages/to-background';
import type { TriggerMode } from '../settings/settings';
import { isSiteDisabled } from '../settings/sites';

/** How a selection was finished; `touch` is a selection that settled after a finger or pen press (touch-rules.ts). */
export type SelectionGesture = 'drag' | 'dblclick' | 'keyboard' | 'touch';

/** Whether the trigger setting lets this gesture show a bubble by itself. */
export function triggerAllows(mode: TriggerMode, gesture: SelectionGesture, altKey: boolean): boolean {
  switch (mode) {
    case 'selection':
      return true;
    case 'alt':
      return altKey;
    case 'dblclick':
      // A long press selects a word, as a double-click does: it is the touch screen's double-click.
      return gesture === 'dblclick' || gesture === 'touch';
    case 'off':
      return false;
  }
}

/** A mouse release that ends a second click is a double-click (the event's `detail` counts the clicks). */
export function gestureOfRelease(clickCount: number): SelectionGesture {
  return clickCount >= 2 ? 'dblclick' : 'drag';
}

/**
 * The keys that, with Shift, move the end of a selection (with Ctrl, Alt or Cmd too: by words, lines): the arrows,
 * Home, End, PageUp and PageDown. A pattern rather than a set of names: content.js carries it.
 */
const SELECTING_KEY = /^(Arrow|Page)|^(Home|End)$/;

/**
 * A key that changes a selection from the keyboard (Shift with an arrow, Home, End or a page key; Ctrl/Cmd+A),
 * or Shift let go after it (`extended`: a selecting key went down since Shift did). Any other key held with
 * Shift is not selecting: the explain shortcut Alt+Shift+L would otherwise count as a finished selection, and
 * its automatic bubble would replace the one the shortcut opened with focus in it.
 */
export function selectsByKeyboard(
  key: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey'>,
  extended = false,
): boolean {
  if (key.key === 'Shift') return extended;
  if (key.shiftKey && SELECTING_KEY.test(key.key)) return true;
  return (key.key === 'a' || key.key === 'A') && (key.ctrlKey || key.metaKey);
}

/** Whether the settings let a finished selection on this site show a bubble by itself. */
export function autoTriggerAllowed(
  settings: { trigger: TriggerMode; disabledSites: readonly string[] },
  finished: { gesture: SelectionGesture; altKey: boolean; hostname: string },
): boolean {
  return (
    triggerAllows(settings.trigger, finished.gesture, finished.altKey) &&
    !isSiteDisabled(finished.hostname, settings.disabledSites)
  );
}

/** Whether an open bubble may stay open under new settings (turned off, or this site disabled, closes it). */
export function bubbleMayStayOpen(
  settings: { trigger: TriggerMode; disabledSites: readonly string[] },
  hostname: string,
): boolean {
  return settings.trigger !== 'off' && !isSiteDisabled(hostname, settings.disabledSites);
}

/** The element itself, or a text node's parent. */
function elementOf(node: Node | null): Element | null {
  return node === null ? null : node.nodeType === 1 ? (node as Element) : node.parentElement;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', '']);

/**
 * Whether a node sits in something the reader is typing into: a text field, a text area, a password field or
 * an editable region. Selections there are editing, not reading.
 */
export function isEditable(node: Node | null): boolean {
  const element = elementOf(node);
  if (!element) return false;
  const tag = element.tagName;
  if (tag === 'TEXTAREA') return true;
  if (tag === 'INPUT') return TEXT_INPUT_TYPES.has((element as HTMLInputElement).type.toLowerCase());
  if ((element as HTMLElement).isContentEditable) return true;
  return element.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

/** Password fields are never read, whatever the settings say. */
export function isPasswordField(node: Node | null): boolean {
  const element = elementOf(node);
  return element?.tagName === 'INPUT' && (element as HTMLInputElement).type.toLowerCase() === 'password';
}

export interface SelectionPlace {
  /** Context menu or shortcut, rather than a selection that finished by itself. */
  explicit: boolean;
  /** The setting that lets automatic triggers work in editable fields too. */
  editableFields: boolean;
  /** Where the selection starts, and what has focus. */
  anchor: Node | null;
  active: Element | null;
}

/**
 * Whether the selection may be read at all: never in a password field; in an editable field only on an explicit
 * request or when the settings say so.
 */
export function mayExplain({ explicit, editableFields, anchor, active }: SelectionPlace): boolean {
  if (isPasswordField(anchor) || isPasswordField(active)) return false;
  return explicit || editableFields || !(isEditable(anchor) || isEditable(active));
}

/** An automatic trigger shows a bubble only for known terms (a plain selection is copying); an explicit one always answers. */
export function shouldShow(
  explanation: Pick<Explanation, 'terms'>,
  { explicit }: { explicit: boolean },
): boolean {
  return explicit || explanation.terms.length > 0;
}

/** Where the focus is, as a frame sees it. */
export interface FrameFocus {
  isTop: boolean;
  /** `document.hasFocus()`: true in the focused frame and in every frame that holds it. */
  hasFocus: boolean;
  /** The focused element is an <iframe> or <frame>: the focus is in a frame inside this one. */
  focusInChildFrame: boolean;
}

/** What a frame knows about itself when the menu or the shortcut asks. */
export interface FrameState extends FrameFocus {
  hasSelection: boolean;
}

/**
 * Whether this frame is where the reader is: it has the focus itself (not through a child frame), or, for the top
 * frame, no frame of the tab has focus at all.
 */
export function frameHasReader(frame: FrameFocus): boolean {
  if (frame.focusInChildFrame) return false;
  return frame.hasFocus || frame.isTop;
}

/**
 * How a frame treats a request to explain its selection. The context menu names its frame (`everyFrame` false):
 * that frame answers, with `nothing` if the reader is elsewhere. The shortcut asks every frame of the tab at
 * once, and the browser passes on the first answer only (`tabs.sendMessage` without a frameId), so there every
 * frame but the reader's stays silent (docs/browser-quirks.md#tabs-sendmessage-first-answer-wins).
 */
export function frameAnswer(
  frame: FrameState & { bubbleOpen: boolean },
  { everyFrame }: { everyFrame: boolean },
): 'explain' | 'nothing' | 'silent' {
  const here = frameHasReader(frame) || frame.bubbleOpen || (!everyFrame && frame.hasSelection);
  if (here) return 'explain';
  return everyFrame ? 'silent' : 'nothing';
}

/** The shortcut (no text) on an open bubble moves focus into it, for keyboard readers, instead of explaining again. */
export function shortcutFocusesBubble(request: { text: string; bubbleOpen: boolean }): boolean {
  return request.text === '' && request.bubbleOpen;
}
