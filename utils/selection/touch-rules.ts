/**
 * When a selection made by touch counts: pure rules for the touch part of the selection watcher, tested in Node.
 * On a touch screen the reader long-presses a word and may then drag the selection handles; the page sees no
 * mouseup or touchend for the handles, only `selectionchange` (docs/browser-quirks.md#touch-selection-handles-fire-selectionchange-only).
 * So a touch selection is one that stopped changing for a moment after a trusted touch or pen press.
 */

/** A touch selection has settled when it has not changed for this long (handles move in a stream of changes). */
export const TOUCH_SETTLE_MS = 400;

/** A finger that moved further than this (CSS px) between press and release was swiping, not pressing. */
export const FLING_SLOP_PX = 12;

/** A press by finger or pen, which the browser (not a page script) reported. */
export function isTouchPress(event: { isTrusted: boolean; pointerType: string }): boolean {
  return event.isTrusted && (event.pointerType === 'touch' || event.pointerType === 'pen');
}

/** What the watcher saw from a touch press until its selection settled. */
export interface TouchGesture {
  /** Furthest distance (CSS px) the pointer travelled since the selection last changed (or since the press). */
  moved: number;
  /** Something scrolled since the selection last changed (or since the press). */
  scrolled: boolean;
  /** The selection changed after the press. */
  changed: boolean;
}

/**
 * Whether the gesture ended as a scroll or a fling rather than a selection: after the selection last changed, the
 * page scrolled or the finger travelled beyond the slop. A long press that then drags (extending the selection)
 * keeps changing the selection as it moves, so it still counts; a swipe that starts on a word does not.
 */
export function isScrollOrFling(gesture: Pick<TouchGesture, 'moved' | 'scrolled'>): boolean {
  return gesture.scrolled || gesture.moved > FLING_SLOP_PX;
}

/** Whether a settled touch selection should be treated as finished and explained (like a mouse release). */
export function touchSelectionCounts(gesture: TouchGesture & { hasSelection: boolean }): boolean {
  return gesture.hasSelection && gesture.changed && !isScrollOrFling(gesture);
}
