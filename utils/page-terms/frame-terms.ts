/**
 * The side panel's list over a page and its frames: which frames are read, in what order, and how their terms add
 * up. Each frame's content script lists its own terms; the panel asks the top frame and then the frames that
 * answered its roll call (`sender.frameId` names each), and merges them here.
 */
import type { PageTerm } from '../messages/to-page';

/** At most this many frames are read besides the top one: a page of 10,000 frames costs the same as one of 16. */
export const MAX_PANEL_FRAMES = 16;
/** A frame's text is read up to this (the top frame's up to MAX_PAGE_TERMS_CHARS): frames are mostly widgets. */
export const MAX_FRAME_TERMS_CHARS = 100_000;
/** The top frame reports at most this many of its frames' keys (in document order) for the panel to place them. */
export const MAX_FRAME_KEYS = 500;
/** Frames that have not listed their terms this long after they were asked are left out. */
export const FRAME_LIST_MS = 5_000;

/** A frame that answered the roll call: its id in the tab, and its URL (the sender's). */
export interface FrameSeen {
  frameId: number;
  url: string;
}

/** A frame placed in reading order, with the index of its element among the top document's frames, if known. */
export interface PlacedFrame extends FrameSeen {
  element?: number;
}

/**
 * The frames in reading order: those the top document holds, in its document order, then the rest (nested
 * frames, or frames the top could not name) by frame id. `keys` are the top document's frames in document order,
 * each named by its frame id (Firefox tells a content script the id of a frame element, runtime.getFrameId) or else
 * by its URL, where two frames of one URL are matched in frame id order (the order in which they were created).
 */
export function placeFrames(frames: readonly FrameSeen[], keys: readonly string[] = []): PlacedFrame[] {
  const left = [...frames].filter((f) => f.frameId !== 0).sort((a, b) => a.frameId - b.frameId);
  const placed: PlacedFrame[] = [];
  keys.forEach((key, element) => {
    let at = left.findIndex((f) => String(f.frameId) === key);
    if (at < 0) at = left.findIndex((f) => f.url === key);
    if (at >= 0) placed.push({ ...left.splice(at, 1)[0]!, element });
  });
  return [...placed, ...left];
}

/** One frame's list (the top frame's is frame 0). */
export interface FrameList {
  frameId: number;
  terms: readonly PageTerm[];
}

/** Where one use of a term is: the frame, and the use's index among that term's uses in that frame. */
export interface UseAt {
  frameId: number;
  index: number;
}

/**
 * The page's terms over all its frames' lists, given in reading order: each term once, its uses summed, and its
 * `first` the reading-order index of its first use among every use of every term in every frame (so sorting by
 * `first` gives reading order, and "by count" keeps reading order for ties).
 */
export function mergeFrameTerms(lists: readonly FrameList[]): PageTerm[] {
  const merged = new Map<string, PageTerm>();
  let offset = 0;
  for (const list of lists) {
    let uses = 0;
    for (const term of list.terms) {
      uses += term.count;
      const known = merged.get(term.id);
      if (known) known.count += term.count;
      else merged.set(term.id, { id: term.id, count: term.count, first: offset + term.first });
    }
    // A frame's `first` indexes count every use of every term in it: the next frame's uses come after them all.
    offset += Math.max(uses, ...list.terms.map((t) => t.first + 1));
  }
  return [...merged.values()].sort((a, b) => a.first - b.first);
}

/** The frame and per-frame index of use `index` (0-based, reading order over all frames) of term `id`, or null. */
export function locateUse(lists: readonly FrameList[], id: string, index: number): UseAt | null {
  let before = 0;
  for (const list of lists) {
    const count = list.terms.find((t) => t.id === id)?.count ?? 0;
    if (index < before + count) return { frameId: list.frameId, index: index - before };
    before += count;
  }
  return null;
}
