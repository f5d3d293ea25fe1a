/**
 * Touch selections: the part of the selection watcher that follows a finger or pen from its press until the
 * selection it made settles (utils/selection/touch-rules.ts). Not part of the always-loaded content script: it is
 * built as an ES module (content-scripts/touch.js, see modules/lazy-content.ts) and loaded by the first trusted
 * touch or pen press in a frame, which it then handles; mouse-only readers never load it.
 */
import {
  isTouchPress,
  touchSelectionCounts,
  TOUCH_SETTLE_MS,
  type TouchGesture,
} from '@/utils/selection/touch-rules';

/** Adds a trusted-only, capturing, passive listener on the window (selection-watcher.ts). */
export type Listen = <K extends keyof WindowEventMap>(
  type: K,
  handler: (event: WindowEventMap[K]) => void,
) => void;

export interface TouchHooks {
  listen: Listen;
  /** The touch selection settled: explain it as a finished selection. */
  finish(): void;
  /** The selection is still changing: drop a finish that is waiting for its debounce. */
  cancelFinish(): void;
  hasSelection(): boolean;
  inBubble(target: EventTarget | null): boolean;
}

export interface TouchWatcher {
  /** A press the always-loaded script saw before this module was there. */
  press(event: PointerEvent): void;
}

export function watchTouch({
  listen,
  finish,
  cancelFinish,
  hasSelection,
  inBubble,
}: TouchHooks): TouchWatcher {
  // The gesture since the last finger or pen press (null after a mouse press); x, y: where the finger was when
  // the selection last changed (or went down), which travel is measured from; at: where it is now.
  let touch: (TouchGesture & { x: number; y: number; at: [number, number]; down: boolean }) | null = null;
  let settling: ReturnType<typeof setTimeout> | undefined;

  // Handles fire only selectionchange: docs/browser-quirks.md#touch-selection-handles-fire-selectionchange-only
  // Nothing is added to the page until the selection has stopped changing for TOUCH_SETTLE_MS.
  const settle = () => {
    clearTimeout(settling);
    settling = setTimeout(() => {
      if (touch && !touch.down && touchSelectionCounts({ ...touch, hasSelection: hasSelection() })) {
        touch.changed = false;
        finish();
      }
    }, TOUCH_SETTLE_MS);
  };
  const press = (event: PointerEvent) => {
    clearTimeout(settling);
    touch =
      isTouchPress(event) && !inBubble(event.target)
        ? {
            x: event.clientX,
            y: event.clientY,
            at: [event.clientX, event.clientY],
            moved: 0,
            scrolled: false,
            changed: false,
            down: true,
          }
        : null;
  };
  listen('pointerdown', press);
  listen('pointermove', (event) => {
    if (!touch?.down) return;
    touch.at = [event.clientX, event.clientY];
    touch.moved = Math.max(touch.moved, Math.hypot(event.clientX - touch.x, event.clientY - touch.y));
  });
  // The browser takes a finger over for scrolling (or for a long press) with pointercancel.
  for (const type of ['pointerup', 'pointercancel'] as const)
    listen(type, () => {
      if (!touch?.down) return;
      touch.down = false;
      settle();
    });
  listen('scroll', () => {
    if (touch) touch.scrolled = true;
  });
  listen('selectionchange', () => {
    if (!touch) return;
    // Travel and scrolling count from here: a selection that keeps changing as the finger moves (a long press
    // that drags, a handle dragged to the screen's edge, which scrolls) is being made.
    touch.changed = true;
    touch.scrolled = false;
    touch.moved = 0;
    [touch.x, touch.y] = touch.at;
    cancelFinish();
    if (!touch.down) settle();
  });
  return { press };
}
