/**
 * The side panel reads the frames of a tab's page. No permission lists a tab's frames without a warning, so the
 * panel asks the top frame to name its frames (a function run there by `scripting`, which ImmunoLens holds
 * already) and asks the frames themselves: a roll call to every frame (`callFrames`), which each frame's content
 * script answers with a `frameHere` message whose sender names the frame. It reads the first MAX_PANEL_FRAMES
 * frames in reading order, as it reads the top frame, each within FRAME_LIST_MS: first those the top frame names
 * by frame id (Firefox), before the roll call, since a frame answers a read only after it has answered every
 * earlier message of the call; then, where those were not enough, those that answered the roll call. Scrolling a
 * frame into view is done by a function run in the top frame too: the content script carries none of it.
 */
import { browser, type Browser } from 'wxt/browser';
import { TO_PANEL, type ToPanel } from '@/utils/messages/to-panel';
import type { PageTerms, UseInFrame } from '@/utils/messages/to-page';
import { onMessages, sendToFrame } from '@/utils/messages/transport';
import {
  FRAME_LIST_MS,
  MAX_FRAME_KEYS,
  MAX_PANEL_FRAMES,
  placeFrames,
  type FrameList,
  type FrameSeen,
  type PlacedFrame,
} from '@/utils/page-terms/frame-terms';
import { readInTurn, framesNamedById, type FrameRead } from '@/utils/page-terms/read-frames';
import { ROLL_CALL_DELIVERY_MS, startRollCall, type RollCallResult } from '@/utils/page-terms/roll-call';
import { frameKeys, revealFrame } from './in-top-frame';

/** What the panel read of a page's frames. */
export interface PageFrames {
  /** The top frame's list, then each frame read, in reading order. */
  lists: FrameList[];
  /** For each frame read, the index of its element among the top document's frames, where known. */
  elementOf: ReadonlyMap<number, number>;
  /** Frames that answered but were not read: past MAX_PANEL_FRAMES, or too slow to list their terms. */
  leftOut: number;
  /** Frames of the top document that did not answer: ImmunoLens does not run in them (about:blank, sandboxed). */
  closed: number;
  /** Frames read only in part (longer than MAX_FRAME_TERMS_CHARS). */
  cut: number;
}

let rollCall: ((sender: Browser.runtime.MessageSender) => void) | null = null;
let listening = false;

function listen() {
  if (listening) return;
  listening = true;
  onMessages<ToPanel>(TO_PANEL, {
    frameHere: (_request, sender) => {
      if (sender.id === browser.runtime.id) rollCall?.(sender);
      return 'noted';
    },
  });
}

/**
 * The frames of tab `tabId` that answer the roll call (utils/page-terms/roll-call.ts says until when); the frames
 * in `read` listed their terms already, and count as answered.
 */
async function callFrames(
  tabId: number,
  expected: number,
  read: readonly FrameSeen[],
): Promise<RollCallResult> {
  listen();
  const roll = startRollCall(() => sendToFrame({ tabId, frameId: 'every' }, 'callFrames', {}), expected);
  for (const frame of read) roll.answer(frame);
  const mine = (sender: Browser.runtime.MessageSender) => {
    const { frameId } = sender;
    if (sender.tab?.id === tabId && typeof frameId === 'number')
      roll.answer({ frameId, url: sender.url ?? '' });
  };
  rollCall = mine;
  const result = await roll.result;
  if (rollCall === mine) rollCall = null;
  return result;
}

async function inTopFrame<A extends unknown[], R>(tabId: number, func: (...args: A) => R, args: A) {
  const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func, args });
  return result?.result as R | undefined;
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([
    promise.catch(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), ms)),
  ]);
}

function readFrames(tabId: number, candidates: readonly PlacedFrame[], max: number) {
  return readInTurn(
    candidates,
    (frame) => sendToFrame({ tabId, frameId: frame.frameId }, 'listPageTerms', {}),
    max,
    FRAME_LIST_MS,
  );
}

/** Reads the frames of a page whose top frame listed `top`. */
export async function readPageFrames(tabId: number, top: PageTerms): Promise<PageFrames> {
  // Bounded too: a busy page (the lens marking a long one) answers a script late; without the keys, frames go
  // in frame id order.
  const keys = await within(inTopFrame(tabId, frameKeys, [MAX_FRAME_KEYS]), ROLL_CALL_DELIVERY_MS);
  const named = framesNamedById(keys ?? []);
  const first = await readFrames(tabId, named, MAX_PANEL_FRAMES);
  const read: FrameRead<PageTerms>[] = first.read;
  const { seen, more, complete } = await callFrames(
    tabId,
    top.frames ?? 0,
    read.map((r) => r.frame),
  );
  // The roll call's frames are read where the named ones were not enough, unless those ran out of time: a page
  // that slow would leave these out too, and the panel would wait FRAME_LIST_MS more for nothing.
  if (read.length < MAX_PANEL_FRAMES && !first.timedOut) {
    const asked = new Set(named.slice(0, first.asked).map((f) => f.frameId));
    const placed = placeFrames(seen, keys ?? undefined).filter((f) => !asked.has(f.frameId));
    read.push(...(await readFrames(tabId, placed, MAX_PANEL_FRAMES - read.length)).read);
  }
  const lists: FrameList[] = [{ frameId: 0, terms: top.terms }];
  const elementOf = new Map<number, number>();
  let cut = 0;
  for (const { frame, answer } of read) {
    lists.push({ frameId: frame.frameId, terms: answer.terms });
    if (frame.element !== undefined) elementOf.set(frame.frameId, frame.element);
    if (answer.truncated) cut++;
  }
  const answered = seen.length + more;
  // The top document's frames that did not answer: closed to ImmunoLens, or not yet heard from when time was up.
  const silent = Math.max(0, (top.frames ?? 0) - answered);
  return {
    lists,
    elementOf,
    leftOut: answered - read.length + (complete ? 0 : silent),
    closed: complete ? silent : 0,
    cut,
  };
}

/** Brings frame `element` of the top document into view where `use` shows inside it. */
export async function revealUse(tabId: number, element: number, use: UseInFrame): Promise<void> {
  await inTopFrame(tabId, revealFrame, [element, use.y, use.height]);
}
