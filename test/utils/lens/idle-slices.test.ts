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

  describe('a reserve asked of the clock (a piece of work that cannot stop inside itself)', () => {
    /**
     * The lens's shape: steps that read 1 ms each, then one step that "sends" for `sendMs`, asking the clock with
     * that cost first. Returns each slice's length and the steps called, to see that no step spins on a refusal.
     */
    function readAndSend(sendMs: number, reads: number) {
      const fake = fakeScheduler();
      const lengths: number[] = [];
      let readsLeft = reads;
      let held = false;
      let sent = 0;
      let calls = 0;
      const run = runInSlices(
        (timeUp) => {
          calls++;
          if (held) {
            if (timeUp(sendMs)) return true;
            fake.advance(sendMs);
            held = false;
            sent++;
            return readsLeft > 0;
          }
          fake.advance(1);
          readsLeft--;
          held = true;
          return true;
        },
        4,
        { ...fake.scheduler, onSlice: (ms) => lengths.push(ms) },
      );
      fake.flush();
      return { run, lengths, sent, calls };
    }

    it('ends the slice when the reserve does not fit, and the work runs first in the next', () => {
      // Slice 1: read, send (3 ms), read (4 ms: over). Slices 2 and 3: send, read, then 1 ms left < 2 ms: the send
      // waits. Slice 4: the last send. Without the reserve slice 2 would send at 3 ms and end at 5.
      const { run, lengths, sent, calls } = readAndSend(2, 4);
      expect(sent).toBe(4);
      expect(run.done).toBe(true);
      expect(lengths).toEqual([4, 3, 3, 2]);
      // 4 reads and 4 sends, and one refused call in each of slices 2 and 3: none spins until the clock runs out.
      expect(calls).toBe(10);
    });

    it('does not count the reserve in a slice’s first step, so work longer than a slice still runs', () => {
      const { run, lengths, sent } = readAndSend(6, 2);
      expect(run.done).toBe(true);
      expect(sent).toBe(2);
      // A read, then the 6-ms send refused; the send alone at the start of the next slice; and again.
      expect(lengths).toEqual([1, 6, 1, 6]);
    });

    it('stays up for the rest of the slice once it has said so', () => {
      const fake = fakeScheduler();
      const answers: boolean[] = [];
      runInSlices(
        (timeUp) => {
          fake.advance(1);
          answers.push(timeUp(10), timeUp());
          return answers.length < 4;
        },
        5,
        fake.scheduler,
      );
      fake.runOne();
      // First step: the reserve is not counted (false, false); second: 10 ms do not fit, and then neither does 0.
      expect(answers).toEqual([false, false, true, true]);
    });
  });
});
