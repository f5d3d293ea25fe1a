import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlacedFrame } from '@/utils/page-terms/frame-terms';
import { framesNamedById, readInTurn, unreadFrames, type FramesRead } from '@/utils/page-terms/read-frames';

const frames = (...ids: number[]): PlacedFrame[] => ids.map((frameId) => ({ frameId, url: '' }));

/**
 * An ask whose frames answer with their id after `ms`, except `closed` (refuse after `ms`) and `silent` (never
 * answer); it notes the order of the asks and how many were pending at most.
 */
function frameAsk({ closed = [] as number[], silent = [] as number[], ms = 10 } = {}) {
  const asked: number[] = [];
  let pending = 0;
  const most = { pending: 0 };
  const ask = (frame: PlacedFrame) => {
    asked.push(frame.frameId);
    most.pending = Math.max(most.pending, ++pending);
    if (silent.includes(frame.frameId)) return new Promise<number>(() => {});
    return new Promise<number>((answer, refuse) =>
      setTimeout(() => {
        pending--;
        if (closed.includes(frame.frameId)) refuse(new Error('Receiving end does not exist'));
        else answer(frame.frameId);
      }, ms),
    );
  };
  return { ask, asked, most };
}

/** The reading's result once its timers have run `ms`, else null. */
async function readAfter(reading: Promise<FramesRead<number>>, ms: number) {
  let result: FramesRead<number> | null = null;
  void reading.then((r) => (result = r));
  await vi.advanceTimersByTimeAsync(ms);
  return result as FramesRead<number> | null;
}

const ids = (result: FramesRead<number>) => result.read.map((r) => r.answer);

describe('naming the frames the panel can read before its roll call', () => {
  it('takes the keys that are frame ids (Firefox), with their elements, and no URL, -1 or top frame', () => {
    expect(framesNamedById(['12', 'https://a.example/12', '-1', '0', '7'])).toEqual([
      { frameId: 12, url: '', element: 0 },
      { frameId: 7, url: '', element: 4 },
    ]);
    // Chromium's keys are URLs: nothing is read before the roll call.
    expect(framesNamedById(['https://a.example/x', ''])).toEqual([]);
  });
});

describe('reading frames in turn', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('reads the first `max` frames in reading order, asking no more than it needs', async () => {
    const { ask, asked } = frameAsk();
    const result = await readAfter(readInTurn(frames(5, 3, 9, 1, 4), ask, 3, 5_000), 10);
    expect(ids(result!)).toEqual([5, 3, 9]);
    expect(result).toMatchObject({ asked: 3, timedOut: false });
    expect(asked).toEqual([5, 3, 9]);
  });

  it('gives a refusing frame’s place to the next candidate, keeping reading order, `max` asks at a time', async () => {
    const { ask, asked, most } = frameAsk({ closed: [1, 2, 4] });
    const result = await readAfter(readInTurn(frames(1, 2, 3, 4, 5, 6, 7), ask, 3, 5_000), 30);
    expect(ids(result!)).toEqual([3, 5, 6]);
    expect(result!.read.map((r) => r.frame.frameId)).toEqual([3, 5, 6]);
    expect(asked).toEqual([1, 2, 3, 4, 5, 6]);
    expect(most.pending).toBe(3);
    expect(result).toMatchObject({ asked: 6, timedOut: false });
  });

  it('ends when the candidates run out, however few answered', async () => {
    const { ask } = frameAsk({ closed: [2] });
    expect(ids((await readAfter(readInTurn(frames(1, 2), ask, 16, 5_000), 10))!)).toEqual([1]);
    expect(await readAfter(readInTurn([], ask, 16, 5_000), 0)).toEqual({
      read: [],
      asked: 0,
      timedOut: false,
    });
  });

  it('ends by its deadline, counted from the first ask, with what answered by then', async () => {
    // Frame 3 never answers; frame 1's place goes to frame 4 meanwhile.
    const { ask, asked } = frameAsk({ closed: [1], silent: [3] });
    const reading = readInTurn(frames(1, 2, 3, 4, 5, 6), ask, 3, 5_000);
    expect(await readAfter(reading, 4_999)).toBeNull();
    const result = await readAfter(reading, 1);
    expect(ids(result!)).toEqual([2, 4]);
    expect(result).toMatchObject({ asked: 4, timedOut: true });
    expect(asked).toEqual([1, 2, 3, 4]);
  });
});

describe('counting the frames the panel did not read', () => {
  it('counts every frame not read as left out when no roll call was made (Firefox, 10,000 frames)', () => {
    expect(unreadFrames(10_000, 16, null)).toEqual({ leftOut: 9_984, closed: 0 });
    // The top document may have lost frames since it counted them.
    expect(unreadFrames(3, 5, null)).toEqual({ leftOut: 0, closed: 0 });
  });

  it('counts the silent frames of a finished roll call as closed, and of a cut-short one as left out', () => {
    // Chromium, 10,000 iframes of which Blink loaded 1,000.
    expect(unreadFrames(10_000, 16, { answered: 1_000, complete: true })).toEqual({
      leftOut: 984,
      closed: 9_000,
    });
    expect(unreadFrames(10_000, 16, { answered: 1_531, complete: false })).toEqual({
      leftOut: 9_984,
      closed: 0,
    });
    // Nested frames answer too, and count as left out where not read.
    expect(unreadFrames(2, 2, { answered: 5, complete: true })).toEqual({ leftOut: 3, closed: 0 });
  });
});
