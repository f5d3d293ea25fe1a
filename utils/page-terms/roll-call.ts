/**
 * The side panel's roll call of a tab's frames (entrypoints/sidepanel/page-frames.ts sends it and hands over the
 * answers): which frames answered, and when to stop listening. Its clock starts when the call has reached the
 * frames (the top frame's reply): no frame can answer before that, and Chromium delivers a message to a tab's
 * frames before any of them answers, which on a page of 1,000 frames took 2.6-7.4 s
 * (docs/browser-quirks.md#chromium-messages-to-1000-frames-arrive-late). A clock started at the call ended the
 * roll call before the first answer came, and the panel listed no frame's terms. Where the top frame names enough
 * frames by id (Firefox), the panel reads those and makes no roll call: 10,000 frames' answers took Firefox 39-47 s
 * (docs/browser-quirks.md#firefox-10000-frames-answer-for-a-minute).
 */
import { MAX_FRAME_KEYS, MAX_PANEL_FRAMES, type FrameSeen } from './frame-terms';

/** Waiting for the first answer, once the call has reached the frames: a page whose frames are all closed to
 * ImmunoLens (blank, sandboxed) has none. */
export const ROLL_CALL_FIRST_MS = 1_000;
/** A quiet spell this long after an answer ends the roll call (three times as long while fewer frames answered
 * than the panel reads: a page of many frames answers slowly). */
export const ROLL_CALL_QUIET_MS = 500;
/**
 * The roll call ends this long after it reached the frames, whoever has not answered. Reading frames while more
 * are still answering makes the reads wait behind the answers: 1,000 frames' answers took 5 s to arrive in
 * Chromium, and with a 3 s bound no frame's terms came back within FRAME_LIST_MS.
 */
export const ROLL_CALL_MAX_MS = 8_000;
/** The call itself may take this long to reach the frames; then the roll call ends as it stands. */
export const ROLL_CALL_DELIVERY_MS = 10_000;

export interface RollCallResult {
  /** The first MAX_FRAME_KEYS frames that answered, in the order they did. */
  seen: FrameSeen[];
  /** Frames that answered past those. */
  more: number;
  /** Whether every frame that will answer has (all of `expected`, or a quiet spell), not time running out. */
  complete: boolean;
}

export interface RollCall {
  /** A frame answered (each frame once; the top frame, id 0, is not called). */
  answer(frame: FrameSeen): void;
  result: Promise<RollCallResult>;
}

/**
 * Starts a roll call of a page whose top document holds `expected` frames: `call()` sends it and settles once it
 * has reached the frames (or failed to).
 */
export function startRollCall(call: () => Promise<unknown>, expected: number): RollCall {
  const seen: FrameSeen[] = [];
  const ids = new Set<number>();
  let more = 0;
  let delivered = false;
  let finished = false;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let bound: ReturnType<typeof setTimeout> | undefined;
  let resolve: (result: RollCallResult) => void = () => {};
  const result = new Promise<RollCallResult>((ok) => (resolve = ok));
  const end = (complete: boolean) => {
    if (finished) return;
    finished = true;
    clearTimeout(quiet);
    clearTimeout(bound);
    resolve({ seen, more, complete });
  };
  const listen = () => {
    clearTimeout(quiet);
    const ms =
      ids.size === 0 ? ROLL_CALL_FIRST_MS : ROLL_CALL_QUIET_MS * (ids.size < MAX_PANEL_FRAMES ? 3 : 1);
    quiet = setTimeout(() => end(true), ms);
  };
  bound = setTimeout(() => end(false), ROLL_CALL_DELIVERY_MS);
  void call()
    .catch(() => undefined)
    .then(() => {
      if (finished) return;
      delivered = true;
      clearTimeout(bound);
      bound = setTimeout(() => end(false), ROLL_CALL_MAX_MS);
      listen();
    });
  return {
    answer(frame) {
      if (finished || frame.frameId <= 0 || ids.has(frame.frameId)) return;
      ids.add(frame.frameId);
      // A page of 10,000 frames: the first MAX_FRAME_KEYS are kept to choose from, the rest only counted.
      if (seen.length < MAX_FRAME_KEYS) seen.push(frame);
      else more++;
      if (ids.size >= expected) end(true);
      else if (delivered) listen();
    },
    result,
  };
}
