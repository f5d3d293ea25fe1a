/**
 * Which frames the side panel reads, and how it asks them (entrypoints/sidepanel/page-frames.ts does the asking):
 * candidates in reading order, the first `max` that list their terms, each within one deadline.
 */
import type { PlacedFrame } from './frame-terms';

/** A frame read, with its answer. */
export interface FrameRead<T> {
  frame: PlacedFrame;
  answer: T;
}

/** What a reading gave: the frames read in reading order, and how many of the candidates (the first) it asked. */
export interface FramesRead<T> {
  read: FrameRead<T>[];
  asked: number;
  /** Whether the deadline passed with frames still unanswered. */
  timedOut: boolean;
}

/**
 * The top document's frames that its keys name by frame id (Firefox's `runtime.getFrameId`; frameKeys in
 * entrypoints/sidepanel/in-top-frame.ts), in document order. These can be asked for their terms before any roll
 * call: where the call goes first, a page of 10,000 frames answers every frame's call before it answers a read.
 * Chromium names frames by URL, which names none here.
 */
export function framesNamedById(keys: readonly string[]): PlacedFrame[] {
  const named: PlacedFrame[] = [];
  keys.forEach((key, element) => {
    // getFrameId gives -1 for an element with no frame in it; URLs are never digits alone.
    if (/^\d+$/.test(key) && key !== '0') named.push({ frameId: Number(key), url: '', element });
  });
  return named;
}

/**
 * Asks the candidates in reading order, at most `max` at a time, until `max` have answered, the candidates run out,
 * or `deadlineMs` has passed since the first ask. A frame that refuses (ImmunoLens does not run in it: about:blank,
 * sandboxed; the browser says so at once) gives its place to the next candidate at once; one that has not answered
 * by the deadline is left out. So no more than `max` frames answer, and the reading ends by the deadline.
 */
export function readInTurn<T>(
  candidates: readonly PlacedFrame[],
  ask: (frame: PlacedFrame) => Promise<T>,
  max: number,
  deadlineMs: number,
): Promise<FramesRead<T>> {
  return new Promise((resolve) => {
    const answers = new Map<number, T>();
    let asked = 0;
    let pending = 0;
    let done = false;
    const finish = (timedOut: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      const read = [...answers.keys()]
        .sort((a, b) => a - b)
        .map((i) => ({ frame: candidates[i]!, answer: answers.get(i)! }));
      resolve({ read, asked, timedOut });
    };
    const timer = setTimeout(() => finish(true), deadlineMs);
    const more = () => {
      while (!done && answers.size + pending < max && asked < candidates.length) {
        const i = asked++;
        pending++;
        ask(candidates[i]!).then(
          (answer) => {
            pending--;
            if (!done) answers.set(i, answer);
            more();
          },
          () => {
            pending--;
            more();
          },
        );
      }
      if (answers.size >= max || (pending === 0 && asked >= candidates.length)) finish(false);
    };
    more();
  });
}

/**
 * The frames of a page of `frames` (the top document's) that the panel did not read, having read `read`: those
 * left out, and those closed to ImmunoLens (about:blank, sandboxed). Only a roll call tells closed frames apart
 * (`call`: how many frames answered it, nested ones too, and whether all that would answer did); without one (the
 * frames the top named filled the list) every frame not read was left out.
 */
export function unreadFrames(
  frames: number,
  read: number,
  call: { answered: number; complete: boolean } | null,
): { leftOut: number; closed: number } {
  if (!call) return { leftOut: Math.max(frames, read) - read, closed: 0 };
  // The top document's frames that did not answer: closed, or not yet heard from when time was up.
  const silent = Math.max(0, frames - call.answered);
  return {
    leftOut: call.answered - read + (call.complete ? 0 : silent),
    closed: call.complete ? silent : 0,
  };
}
