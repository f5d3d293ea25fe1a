/**
 * Work done in idle slices: `step` is called again and again while the slice has time left, each slice at most
 * `sliceMs` long (and no longer than the browser's idle deadline), until `step` says it is done. The clock and the
 * scheduler are passed in, so the rule is tested in Node.
 */
export interface IdleDeadlineLike {
  timeRemaining(): number;
}

export interface SliceScheduler {
  /** Calls back when the main thread is idle (requestIdleCallback, or a timer where there is none). */
  request(callback: (deadline: IdleDeadlineLike) => void): unknown;
  cancel(handle: unknown): void;
  now(): number;
  /** Hears each slice's length in milliseconds. */
  onSlice?(ms: number): void;
}

export interface SlicedRun {
  /** Stops before the next slice (a step in progress finishes). */
  cancel(): void;
  readonly done: boolean;
  /** Slices run so far, and the longest one in milliseconds (for the bench and tests). */
  readonly slices: number;
  readonly longestMs: number;
}

/**
 * The slice's clock as a step sees it. `timeUp()` says the slice is over. `timeUp(reserveMs)` also says so when
 * less than `reserveMs` is left: a step about to do one piece of work that cannot stop inside itself (a message
 * send) asks with that piece's cost and, told true, leaves it for the next slice. Except in a slice's first step,
 * where the reserve is not counted: work that costs a whole slice still runs, once per slice. Once true, it stays
 * true for the rest of the slice, which ends after the current step.
 */
export type SliceClock = (reserveMs?: number) => boolean;

/**
 * `step` returns true while there is more to do. It is handed the slice's clock, `timeUp`, so that one step
 * holding many small pieces of work (a walk over many elements) can stop inside itself when the slice is over and
 * carry on in the next. A step that throws ends the run (reported to `onError`).
 */
export function runInSlices(
  step: (timeUp: SliceClock) => boolean,
  sliceMs: number,
  scheduler: SliceScheduler,
  onDone: () => void = () => {},
  onError: (error: unknown) => void = () => {},
): SlicedRun {
  let handle: unknown = null;
  let done = false;
  let slices = 0;
  let longestMs = 0;
  const slice = (deadline: IdleDeadlineLike) => {
    handle = null;
    if (done) return;
    const start = scheduler.now();
    const end = start + Math.min(sliceMs, Math.max(1, deadline.timeRemaining()));
    let first = true;
    let over = false;
    const timeUp: SliceClock = (reserveMs = 0) => (over ||= scheduler.now() + (first ? 0 : reserveMs) >= end);
    slices++;
    try {
      let more = true;
      do {
        more = step(timeUp);
        first = false;
      } while (more && !timeUp());
      if (!more) {
        done = true;
        onDone();
      }
    } catch (error) {
      done = true;
      onError(error);
    }
    const took = scheduler.now() - start;
    longestMs = Math.max(longestMs, took);
    scheduler.onSlice?.(took);
    if (!done) handle = scheduler.request(slice);
  };
  handle = scheduler.request(slice);
  return {
    cancel() {
      done = true;
      if (handle !== null) scheduler.cancel(handle);
      handle = null;
    },
    get done() {
      return done;
    },
    get slices() {
      return slices;
    },
    get longestMs() {
      return longestMs;
    },
  };
}
