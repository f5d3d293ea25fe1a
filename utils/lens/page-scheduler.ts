/**
 * When the lens's idle slices run in a page (the `SliceScheduler` for runInSlices): in the browser's idle periods,
 * after a frame when the lens has just restyled the page, and never while the tab is hidden. Pure DOM: the page's
 * timers and document are passed in, so the rules are tested in Node.
 *
 * - After a restyle (the lens's highlight registered, its sheet adopted) the browser restyles the page in its next
 *   frame. A slice that ran before that frame would pay for the restyle itself at its first style or caret read,
 *   so the next slice waits for a frame (and at most FRAME_WAIT_MS: a timer stands in for a frame that never comes).
 * - A hidden tab gets no slices: the scan waits for `visibilitychange` and goes on when the tab is shown (decision
 *   0010). A reader turning the lens on for every open tab does not pay for a scan of each background tab, and the
 *   marks are there when they look (the first pass reads the viewport).
 */
import type { IdleDeadlineLike, SliceScheduler } from './idle-slices';

/** The longest a slice after a restyle waits for a frame before it runs anyway. */
export const FRAME_WAIT_MS = 100;

/**
 * The page's timers and document: `window` in a page (called as its methods, as they must be), a fake in a test.
 * Both browsers the extension runs in have requestIdleCallback.
 */
export type PageClock = Pick<
  Window,
  | 'requestIdleCallback'
  | 'cancelIdleCallback'
  | 'requestAnimationFrame'
  | 'cancelAnimationFrame'
  | 'setTimeout'
  | 'clearTimeout'
> & {
  performance: { now(): number };
  document: Pick<Document, 'hidden' | 'addEventListener' | 'removeEventListener'>;
};

export interface PageScheduler extends SliceScheduler {
  /** The lens changed the page's style: the next slice waits for a frame. */
  restyled(): void;
}

interface Handle {
  idle?: number;
  frame?: number;
  timer?: number;
  shown?: () => void;
  cancelled?: boolean;
}

/** `idleTimeoutMs`: the longest an idle callback waits for an idle period on a busy page. */
export function createPageScheduler(clock: PageClock, idleTimeoutMs = 1000): PageScheduler {
  let restyled = false;
  const { document } = clock;

  function start(handle: Handle, callback: (deadline: IdleDeadlineLike) => void) {
    const idle = () => {
      if (handle.idle !== undefined || handle.cancelled) return;
      clock.cancelAnimationFrame(handle.frame!);
      clock.clearTimeout(handle.timer);
      handle.idle = clock.requestIdleCallback(callback, { timeout: idleTimeoutMs });
    };
    if (!restyled) return idle();
    restyled = false;
    // A task after the frame, not the frame's own callback: the restyle happens after rAF callbacks.
    handle.frame = clock.requestAnimationFrame(() => clock.setTimeout(idle, 0));
    handle.timer = clock.setTimeout(idle, FRAME_WAIT_MS);
  }

  return {
    restyled() {
      restyled = true;
    },
    request(callback) {
      const handle: Handle = {};
      if (!document.hidden) {
        start(handle, callback);
        return handle;
      }
      // Hidden: nothing until the tab is shown. A restyle made meanwhile is drawn in the frame that shows it.
      handle.shown = () => {
        if (document.hidden) return;
        document.removeEventListener('visibilitychange', handle.shown!);
        handle.shown = undefined;
        start(handle, callback);
      };
      document.addEventListener('visibilitychange', handle.shown);
      return handle;
    },
    cancel(value) {
      const handle = value as Handle;
      handle.cancelled = true;
      if (handle.shown) document.removeEventListener('visibilitychange', handle.shown);
      clock.cancelAnimationFrame(handle.frame!);
      clock.clearTimeout(handle.timer);
      if (handle.idle !== undefined) clock.cancelIdleCallback(handle.idle);
    },
    now: () => clock.performance.now(),
  };
}
