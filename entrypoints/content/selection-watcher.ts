import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SELECTION_DEBOUNCE_MS } from '@/utils/limits';
import {
  gestureOfRelease,
  selectsByKeyboard,
  type SelectionGesture,
} from '@/utils/selection/selection-rules';
import { isTouchPress } from '@/utils/selection/touch-rules';
import { lazyInstance } from './module-loader';
import type { Listen, watchTouch } from './touch-watcher';

export interface FinishedSelection {
  gesture: SelectionGesture;
  altKey: boolean;
}

export interface SelectionEvents {
  /** A selection finished; `onFinished` follows unless it changes within the debounce time. */
  onSelected(): void;
  /** A selection finished and stayed for the debounce time. */
  onFinished(finished: FinishedSelection): void;
  /** The reader pressed outside the bubble, pressed Escape on it, or the selection went: the bubble goes. */
  onDismiss(): void;
  /** Whether an event target is inside the bubble (a press there is the reader working in it). */
  inBubble(target: EventTarget | null): boolean;
  bubbleOpen(): boolean;
}

const hasSelection = () => !(getSelection()?.isCollapsed ?? true);

/**
 * Turns the page's mouse, keyboard and touch events into "a selection finished" (debounced) and "dismiss the
 * bubble". Only trusted events count: a page cannot make a selection finish by dispatching events. A touch
 * selection finishes when it settles (touch-rules.ts): nothing is added to the page while the reader drags its
 * handles, as the bubble is asked for only then.
 */
export function watchSelections(ctx: ContentScriptContext, events: SelectionEvents): void {
  let dragging = false;
  let pressedInBubble = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const finish = (gesture: SelectionGesture, altKey: boolean) => {
    pressedInBubble = false;
    events.onSelected();
    clearTimeout(timer);
    timer = setTimeout(() => events.onFinished({ gesture, altKey }), SELECTION_DEBOUNCE_MS);
  };
  // On the window, capturing, which sees every event of the document first: touching `document` before the
  // reader selects anything would cost each frame's content-script world 18 KB of heap (slim-context.ts).
  const listen: Listen = (type, handler) =>
    ctx.addEventListener(window, type, (event) => event.isTrusted && handler(event), {
      capture: true,
      passive: true,
    });

  // The first trusted finger or pen press loads the touch watcher, which handles it and every press after it.
  const touchWatcher = lazyInstance(
    '/content-scripts/touch.js',
    (module: { watchTouch: typeof watchTouch }) =>
      module.watchTouch({
        listen,
        finish: () => finish('touch', false),
        cancelFinish: () => clearTimeout(timer),
        hasSelection,
        inBubble: events.inBubble,
      }),
  );
  listen('pointerdown', (event) => {
    if (isTouchPress(event) && !touchWatcher.current())
      // A failed load (the extension updated underneath the page) is tried again on the next press.
      touchWatcher.load().then(
        (watcher) => watcher.press(event),
        () => undefined,
      );
  });

  listen('mousedown', (event) => {
    // A press inside the bubble collapses the page's selection too: that is the reader working in the
    // bubble, not the selection going.
    pressedInBubble = events.inBubble(event.target);
    if (pressedInBubble) return;
    dragging = true;
    events.onDismiss();
  });
  listen('mouseup', (event) => {
    if (events.inBubble(event.target)) return;
    dragging = false;
    if (hasSelection()) finish(gestureOfRelease(event.detail), event.altKey);
  });
  listen('dblclick', (event) => {
    if (!events.inBubble(event.target)) finish('dblclick', event.altKey);
  });
  // Whether Shift, held down, has moved the selection: only then does letting it go finish one.
  let extended = false;
  listen('keyup', (event) => {
    if (selectsByKeyboard(event, extended) && hasSelection()) finish('keyboard', event.altKey);
    if (event.key === 'Shift') extended = false;
  });
  listen('keydown', (event) => {
    if (event.key === 'Escape' && events.bubbleOpen()) events.onDismiss();
    if (event.key === 'Shift') extended = false;
    else if (selectsByKeyboard(event)) extended = true;
  });
  listen('selectionchange', () => {
    if (dragging || pressedInBubble || !events.bubbleOpen()) return;
    if (!hasSelection() && !events.inBubble(document.activeElement)) events.onDismiss();
  });
}
