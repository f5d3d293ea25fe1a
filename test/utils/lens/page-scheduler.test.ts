import { describe, expect, it } from 'vitest';
import { runInSlices } from '@/utils/lens/idle-slices';
import { createPageScheduler, FRAME_WAIT_MS, type PageClock } from '@/utils/lens/page-scheduler';

/** A page's timers, idle periods, frames and visibility, run by hand. */
function fakePage() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const idles = new Map<number, () => void>();
  const frames = new Map<number, (time: number) => void>();
  const listeners = new Set<() => void>();
  const page = { hidden: false };
  const clock: PageClock = {
    requestIdleCallback: (callback) => {
      const id = nextId++;
      idles.set(id, () => callback({ timeRemaining: () => 50, didTimeout: false }));
      return id;
    },
    cancelIdleCallback: (id) => idles.delete(id),
    requestAnimationFrame: (callback) => {
      const id = nextId++;
      frames.set(id, callback);
      return id;
    },
    cancelAnimationFrame: (id) => frames.delete(id),
    setTimeout: ((callback: () => void, ms = 0) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, callback });
      return id;
    }) as PageClock['setTimeout'],
    clearTimeout: (id) => timers.delete(id!),
    performance: { now: () => now },
    document: {
      get hidden() {
        return page.hidden;
      },
      addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    } as unknown as PageClock['document'],
  };
  const drain = <T>(map: Map<number, T>, run: (value: T) => void) => {
    const entries = [...map];
    map.clear();
    for (const [, value] of entries) run(value);
  };
  return {
    clock,
    listeners,
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at))
        if (timer.at <= now && timers.delete(id)) timer.callback();
    },
    idle: () => drain(idles, (run) => run()),
    frame: () => drain(frames, (run) => run(now)),
    pending: () => ({
      idle: idles.size,
      frames: frames.size,
      timers: timers.size,
      listeners: listeners.size,
    }),
    setHidden(hidden: boolean) {
      page.hidden = hidden;
      for (const listener of [...listeners]) listener();
    },
  };
}

describe('createPageScheduler', () => {
  it('runs a slice in the next idle period', () => {
    const page = fakePage();
    const scheduler = createPageScheduler(page.clock);
    let ran = 0;
    scheduler.request(() => ran++);
    expect(page.pending().idle).toBe(1);
    page.idle();
    expect(ran).toBe(1);
  });

  it('after a restyle, waits for a frame (and a task after it) before asking for an idle period', () => {
    const page = fakePage();
    const scheduler = createPageScheduler(page.clock);
    let ran = 0;
    scheduler.restyled();
    scheduler.request(() => ran++);
    expect(page.pending().idle).toBe(0);
    page.frame();
    page.advance(0);
    page.idle();
    expect(ran).toBe(1);
    // The frame's wait is spent: the next slice goes straight to an idle period, and the stand-in timer is gone.
    scheduler.request(() => ran++);
    page.idle();
    expect(ran).toBe(2);
    expect(page.pending().timers).toBe(0);
  });

  it('after a restyle with no frame coming, runs after FRAME_WAIT_MS', () => {
    const page = fakePage();
    const scheduler = createPageScheduler(page.clock);
    let ran = 0;
    scheduler.restyled();
    scheduler.request(() => ran++);
    page.advance(FRAME_WAIT_MS - 1);
    page.idle();
    expect(ran).toBe(0);
    page.advance(1);
    page.idle();
    expect(ran).toBe(1);
    expect(page.pending().frames).toBe(0);
  });

  it('runs nothing while the tab is hidden, and goes on when it is shown', () => {
    const page = fakePage();
    page.setHidden(true);
    const scheduler = createPageScheduler(page.clock);
    let steps = 0;
    const run = runInSlices(() => ++steps < 3, 5, scheduler);
    page.advance(10_000);
    page.idle();
    page.frame();
    expect(steps).toBe(0);
    expect(page.pending()).toEqual({ idle: 0, frames: 0, timers: 0, listeners: 1 });
    // A visibilitychange that leaves it hidden (another state change) starts nothing either.
    page.setHidden(true);
    page.idle();
    expect(steps).toBe(0);
    page.setHidden(false);
    page.idle();
    expect(run.done).toBe(true);
    expect(steps).toBe(3);
    expect(page.pending().listeners).toBe(0);
  });

  it('a slice that ends while the tab is hidden waits for the tab again before the next', () => {
    const page = fakePage();
    const scheduler = createPageScheduler(page.clock);
    let steps = 0;
    let now = 0;
    page.clock.performance.now = () => now;
    // Each step takes 5 ms: one step per slice.
    const run = runInSlices(
      () => {
        now += 5;
        return ++steps < 3;
      },
      5,
      scheduler,
    );
    page.idle();
    expect(steps).toBe(1);
    page.setHidden(true);
    page.idle();
    expect(steps).toBe(2);
    page.idle();
    expect(steps).toBe(2);
    page.setHidden(false);
    page.idle();
    expect(steps).toBe(3);
    expect(run.done).toBe(true);
  });

  it('a cancelled request leaves nothing behind: no listener, timer, frame or idle callback', () => {
    const page = fakePage();
    const scheduler = createPageScheduler(page.clock);
    let ran = 0;
    page.setHidden(true);
    scheduler.cancel(scheduler.request(() => ran++));
    page.setHidden(false);
    scheduler.restyled();
    scheduler.cancel(scheduler.request(() => ran++));
    scheduler.cancel(scheduler.request(() => ran++));
    page.frame();
    page.advance(FRAME_WAIT_MS);
    page.idle();
    expect(ran).toBe(0);
    expect(page.pending()).toEqual({ idle: 0, frames: 0, timers: 0, listeners: 0 });
  });
});
