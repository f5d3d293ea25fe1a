import { describe, expect, it } from 'vitest';
import { runInSlices, type IdleDeadlineLike, type SliceScheduler } from '@/utils/lens/idle-slices';

/** A scheduler with a clock the steps move: each idle callback runs when `flush` is called. */
function fakeScheduler(idleMs = 50) {
  let now = 0;
  const queue: ((deadline: IdleDeadlineLike) => void)[] = [];
  const scheduler: SliceScheduler = {
    request: (callback) => queue.push(callback),
    cancel: (handle) => {
      queue[(handle as number) - 1] = () => {};
    },
    now: () => now,
  };
  return {
    scheduler,
    advance: (ms: number) => (now += ms),
    /** Runs the idle callbacks queued so far (and any they queue), returning how many ran. */
    flush() {
      let ran = 0;
      while (ran < queue.length) queue[ran++]!({ timeRemaining: () => idleMs });
      return ran;
    },
    /** Runs the oldest queued callback only. */
    runOne() {
      const next = queue.shift();
      queue.unshift(() => {});
      next?.({ timeRemaining: () => idleMs });
      queue.shift();
    },
  };
}

describe('runInSlices', () => {
  it('runs steps until each slice has used its time, then yields to the next idle period', () => {
    const fake = fakeScheduler();
    let steps = 0;
    // Each step takes 1 ms; 12 steps in all.
    const run = runInSlices(
      () => {
        fake.advance(1);
        return ++steps < 12;
      },
      5,
      fake.scheduler,
    );
    fake.flush();
    expect(steps).toBe(12);
    expect(run.done).toBe(true);
    expect(run.slices).toBe(3);
    expect(run.longestMs).toBeLessThanOrEqual(5);
  });

  it('keeps a slice within the browser’s deadline when that is shorter', () => {
    const fake = fakeScheduler(2);
    let steps = 0;
    const run = runInSlices(
      () => {
        fake.advance(1);
        return ++steps < 10;
      },
      5,
      fake.scheduler,
    );
    fake.flush();
    expect(run.slices).toBe(5);
    expect(run.longestMs).toBe(2);
  });

  it('always makes progress: a step longer than the slice still runs once per slice', () => {
    const fake = fakeScheduler();
    let steps = 0;
    const run = runInSlices(
      () => {
        fake.advance(20);
        return ++steps < 3;
      },
      5,
      fake.scheduler,
    );
    fake.flush();
    expect(steps).toBe(3);
    expect(run.slices).toBe(3);
  });

  it('stops before the next slice when cancelled, and reports done once', () => {
    const fake = fakeScheduler();
    let steps = 0;
    let done = 0;
    const run = runInSlices(
      () => {
        fake.advance(5);
        steps++;
        return true;
      },
      5,
      fake.scheduler,
      () => done++,
    );
    fake.runOne();
    expect(steps).toBe(1);
    const before = steps;
    run.cancel();
    fake.flush();
    expect(steps).toBe(before);
    expect(done).toBe(0);
  });

  it('ends the run on a step that throws, reporting the error', () => {
    const fake = fakeScheduler();
    const errors: unknown[] = [];
    const run = runInSlices(
      () => {
        throw new Error('page changed');
      },
      5,
      fake.scheduler,
      undefined,
      (error) => errors.push(error),
    );
    fake.flush();
    expect(run.done).toBe(true);
    expect(errors).toHaveLength(1);
  });

  it('hands each step the slice’s clock, so that a long step can stop inside itself at the slice’s end', () => {
    const fake = fakeScheduler();
    const pieces: number[] = [];
    let piece = 0;
    // One step would do 12 pieces of 1 ms; it stops when the clock says the slice is over.
    const run = runInSlices(
      (timeUp) => {
        while (piece < 12) {
          fake.advance(1);
          pieces.push(piece++);
          if (timeUp()) return piece < 12;
        }
        return false;
      },
      5,
      fake.scheduler,
    );
    fake.flush();
    expect(pieces).toHaveLength(12);
    expect(run.slices).toBe(3);
    expect(run.longestMs).toBe(5);
  });
});
