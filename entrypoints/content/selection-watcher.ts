import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SELECTION_DEBOUNCE_MS } from '@/utils/limits';
import {
  gestureOfRelease,
  selectsByKeyboard,
  type SelectionGesture,
} from '@/utils/selection/selection-rules';

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

const hasSelection = () => !(document.getSelection()?.isCollapsed ?? true);

/**
 * Turns the page's mouse and keyboard events into "a selection finished" (debounced) and "dismiss the bubble".
 * Only trusted events count: a page cannot make a selection finish by dispatching events. A settled touch
 * selection will be one more source calling `finish`.
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
  const listen = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void) =>
    ctx.addEventListener(document, type, (event) => event.isTrusted && handler(event), {
      capture: true,
      passive: true,
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
  listen('keyup', (event) => {
    if (selectsByKeyboard(event) && hasSelection()) finish('keyboard', event.altKey);
  });
  listen('keydown', (event) => {
    if (event.key === 'Escape' && events.bubbleOpen()) events.onDismiss();
  });
  ctx.addEventListener(
    document,
    'selectionchange',
    () => {
      if (dragging || pressedInBubble || !events.bubbleOpen()) return;
      if (!hasSelection() && !events.inBubble(document.activeElement)) events.onDismiss();
    },
    { passive: true },
  );
}
