/**
 * The side panel reads the frames of a tab's page: the first MAX_PANEL_FRAMES in reading order, as it reads the
 * top frame, each within FRAME_LIST_MS. No permission lists a tab's frames without a warning, so the panel learns
 * them in two ways. First the top frame names its frames (a function run there by `scripting`, which ImmunoLens
 * holds already): Firefox names each by frame id, and those are read at once. Only where they were not enough
 * (Chromium names frames by URL; a page of blank frames; nested frames) does the panel make its roll call to
 * every frame (`callFrames`), which each frame's content script answers with a `frameHere` message whose sender
 * names it, and read those that answered. The call costs a message from every frame, and at 10,000 frames
 * Firefox took 49 s to deliver their answers, behind which every later message to the page waited
 * (docs/browser-quirks.md#firefox-10000-frames-answer-for-a-minute). Scrolling a frame into view is done by a
 * function run in the top frame too: the content script carries none of it.
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
import { framesNamedById, readInTurn, unreadFrames, type FrameRead } from '@/utils/page-terms/read-frames';
import { ROLL_CALL_DELIVERY_MS, startRollCall, type RollCallResult } from '@/utils/page-terms/roll-call';
import { frameKeys, revealFrame } from './in-top-frame';

/** What the panel read of a page's frames. */
export interface PageFrames {
  /** The top frame's list, then each frame read, in reading order. */
  lists: FrameList[];
  /** For each frame read, the index of its element among the top document's frames, where known. */
  elementOf: ReadonlyMap<number, number>;
  /** Frames not read: past MAX_PANEL_FRAMES, or too slow to list their terms. */
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

/** Whether this browser names a frame element's frame by id (Firefox's runtime.getFrameId, in extension pages too). */
function namesFramesById(): boolean {
  return typeof (browser.runtime as { getFrameId?: unknown }).getFrameId === 'function';
}

/** Reads the frames of a page whose top frame listed `top`. */
export async function readPageFrames(tabId: number, top: PageTerms): Promise<PageFrames> {
  // Bounded too: a busy page (the lens marking a long one) answers a script late; without the keys, frames go
  // in frame id order.
  const asking = within(inTopFrame(tabId, frameKeys, [MAX_FRAME_KEYS]), ROLL_CALL_DELIVERY_MS);
  // A browser with no runtime.getFrameId (Chromium) names no frame by id, so its roll call is needed whatever the
  // keys say: it starts with them, and a page slow to run the keys' script does not add that wait to the call's.
  const early = namesFramesById() ? null : callFrames(tabId, top.frames ?? 0, []);
  const keys = await asking;
  const named = framesNamedById(keys ?? []);
  const first = await readFrames(tabId, named, MAX_PANEL_FRAMES);
  const read: FrameRead<PageTerms>[] = first.read;
  let call: RollCallResult | null = null;
  // The named frames that listed their terms count as answers; the roll call's frames are read unless the named
  // ones ran out of time: a page that slow would leave these out too, after FRAME_LIST_MS more of waiting.
  if (read.length < MAX_PANEL_FRAMES) {
    call = await (early ??
      callFrames(
        tabId,
        top.frames ?? 0,
        read.map((r) => r.frame),
      ));
    if (!first.timedOut) {
      const asked = new Set(named.slice(0, first.asked).map((f) => f.frameId));
      const placed = placeFrames(call.seen, keys ?? undefined).filter((f) => !asked.has(f.frameId));
      read.push(...(await readFrames(tabId, placed, MAX_PANEL_FRAMES - read.length)).read);
    }
  }
  const lists: FrameList[] = [{ frameId: 0, terms: top.terms }];
  const elementOf = new Map<number, number>();
  let cut = 0;
  for (const { frame, answer } of read) {
    lists.push({ frameId: frame.frameId, terms: answer.terms });
    if (frame.element !== undefined) elementOf.set(frame.frameId, frame.element);
    if (answer.truncated) cut++;
  }
  const answered = call && { answered: call.seen.length + call.more, complete: call.complete };
  return { lists, elementOf, ...unreadFrames(top.frames ?? 0, read.length, answered), cut };
}

/** Brings frame `element` of the top document into view where `use` shows inside it. */
export async function revealUse(tabId: number, element: number, use: UseInFrame): Promise<void> {
  await inTopFrame(tabId, revealFrame, [element, use.y, use.height]);
}
