import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_FRAME_KEYS } from '@/utils/page-terms/frame-terms';
import {
  ROLL_CALL_DELIVERY_MS,
  ROLL_CALL_FIRST_MS,
  ROLL_CALL_MAX_MS,
  ROLL_CALL_QUIET_MS,
  startRollCall,
  type RollCallResult,
} from '@/utils/page-terms/roll-call';

/** A call that reaches the frames when `deliver()` is called (or fails to, with `fail()`). */
function slowCall() {
  let deliver: () => void = () => {};
  let fail: () => void = () => {};
  const sent = new Promise<void>((ok, no) => ((deliver = ok), (fail = () => no(new Error('no frame')))));
  return { call: () => sent, deliver: () => deliver(), fail: () => fail() };
}

const frame = (frameId: number) => ({ frameId, url: `https://example.org/frame?${frameId}` });

/** The roll call's result if it has ended by now, else null. */
async function endedWith(result: Promise<RollCallResult>): Promise<RollCallResult | null> {
  let value: RollCallResult | null = null;
  void result.then((r) => (value = r));
  await vi.advanceTimersByTimeAsync(0);
  return value;
}

describe('the side panel’s roll call of a page’s frames', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('hears the frames of a call that took seconds to reach them (Chromium, 1,000 frames)', async () => {
    const { call, deliver } = slowCall();
    const roll = startRollCall(call, 10_000);
    // Before the call reached the frames, no clock but the delivery bound runs: 2.6 s is not "no frame answered".
    await vi.advanceTimersByTimeAsync(2_600);
    expect(await endedWith(roll.result)).toBeNull();
    deliver();
    await vi.advanceTimersByTimeAsync(ROLL_CALL_FIRST_MS - 100);
    for (let id = 1; id <= 40; id++) roll.answer(frame(id));
    await vi.advanceTimersByTimeAsync(ROLL_CALL_QUIET_MS - 1);
    expect(await endedWith(roll.result)).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    const result = await endedWith(roll.result);
    expect(result?.complete).toBe(true);
    expect(result?.seen.map((f) => f.frameId)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('ends when every frame of the top document answered, each counted once, the top frame never', async () => {
    const { call, deliver } = slowCall();
    const roll = startRollCall(call, 3);
    roll.answer(frame(0));
    roll.answer(frame(5));
    roll.answer(frame(5));
    roll.answer(frame(2));
    expect(await endedWith(roll.result)).toBeNull();
    roll.answer(frame(9));
    expect(await endedWith(roll.result)).toEqual({
      seen: [frame(5), frame(2), frame(9)],
      more: 0,
      complete: true,
    });
    deliver();
    roll.answer(frame(11));
    expect((await roll.result).seen).toHaveLength(3);
  });

  it('ends ROLL_CALL_FIRST_MS after delivery when no frame answers (all closed to ImmunoLens)', async () => {
    const { call, deliver } = slowCall();
    const roll = startRollCall(call, 4);
    deliver();
    await vi.advanceTimersByTimeAsync(ROLL_CALL_FIRST_MS - 1);
    expect(await endedWith(roll.result)).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(await endedWith(roll.result)).toEqual({ seen: [], more: 0, complete: true });
  });

  it('waits longer between answers while fewer frames answered than the panel reads', async () => {
    const { call, deliver } = slowCall();
    const roll = startRollCall(call, 100);
    deliver();
    await vi.advanceTimersByTimeAsync(0);
    roll.answer(frame(1));
    await vi.advanceTimersByTimeAsync(ROLL_CALL_QUIET_MS * 3 - 1);
    expect(await endedWith(roll.result)).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect((await endedWith(roll.result))?.complete).toBe(true);
  });

  it('is bounded: ROLL_CALL_MAX_MS after delivery with frames still answering, and a call that never arrives', async () => {
    const steady = slowCall();
    const roll = startRollCall(steady.call, 10_000);
    steady.deliver();
    let id = 0;
    for (let t = 0; t < ROLL_CALL_MAX_MS; t += 100) {
      roll.answer(frame(++id));
      await vi.advanceTimersByTimeAsync(100);
    }
    const result = await endedWith(roll.result);
    expect(result?.complete).toBe(false);
    expect(result?.seen).toHaveLength(ROLL_CALL_MAX_MS / 100);

    const lost = startRollCall(() => new Promise(() => {}), 10);
    lost.answer(frame(3));
    await vi.advanceTimersByTimeAsync(ROLL_CALL_DELIVERY_MS);
    expect(await endedWith(lost.result)).toEqual({ seen: [frame(3)], more: 0, complete: false });
  });

  it('starts its clock when the call failed to reach any frame, and keeps at most MAX_FRAME_KEYS frames', async () => {
    const { call, fail } = slowCall();
    const roll = startRollCall(call, 10_000);
    fail();
    await vi.advanceTimersByTimeAsync(0);
    for (let id = 1; id <= MAX_FRAME_KEYS + 25; id++) roll.answer(frame(id));
    await vi.advanceTimersByTimeAsync(ROLL_CALL_QUIET_MS);
    const result = await endedWith(roll.result);
    expect(result?.seen).toHaveLength(MAX_FRAME_KEYS);
    expect(result?.more).toBe(25);
    expect(result?.complete).toBe(true);
  });
});
