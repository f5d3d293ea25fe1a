import { describe, expect, it } from 'vitest';
import { mainThreadWork, type TraceEvent } from './lens-trace';

const PID = 10;
const MAIN = 1;
const LENS = 'chrome-extension://abc/content-scripts/lens.js';
/** A complete event on the page's main thread: start and wall duration in ms, CPU time in ms. */
const x = (
  name: string,
  at: number,
  wall: number,
  cpu = wall,
  data?: NonNullable<TraceEvent['args']>['data'],
): TraceEvent => ({
  name,
  ph: 'X',
  pid: PID,
  tid: MAIN,
  ts: at * 1000,
  dur: wall * 1000,
  tdur: cpu * 1000,
  ...(data ? { args: { data } } : {}),
});
const navigation: TraceEvent = {
  name: 'navigationStart',
  ph: 'R',
  pid: PID,
  tid: MAIN,
  ts: 0,
  args: { data: { isOutermostMainFrame: true, documentLoaderURL: 'http://127.0.0.1/p.html' } },
};
const load: TraceEvent = {
  name: 'MarkLoad',
  ph: 'I',
  pid: PID,
  tid: MAIN,
  ts: 50_000,
  args: { data: { isOutermostMainFrame: true } },
};

describe('mainThreadWork', () => {
  it('splits each lens slice into wall and CPU time, the browser operations inside it and the script', () => {
    const events = [
      navigation,
      load,
      // The page's own idle callback: not the lens's.
      x('RunTask', 90, 3),
      x('FireIdleCallback', 90, 3),
      x('FunctionCall', 90, 3, 3, { url: 'http://127.0.0.1/page.js' }),
      // A lens slice of 12 ms wall, 4 ms CPU: 1 ms restyle (with a layout inside it), 0.5 ms hit test.
      x('RunTask', 100, 12, 4),
      x('FireIdleCallback', 100, 12, 4),
      x('FunctionCall', 100, 12, 4, { url: LENS }),
      x('UpdateLayoutTree', 101, 1),
      x('Layout', 101.2, 0.5),
      x('HitTest', 103, 0.5),
      // A step of the GC's incremental marking: the browser's, not the lens's script.
      x('V8.GCIncrementalMarking', 104, 0.25),
      // The marking of a reply: a lens task that is no slice.
      x('RunTask', 114, 2, 1.5),
      x('FunctionCall', 114, 2, 1.5, { url: LENS }),
      // After the lens's start: a drawing task and a page task.
      x('RunTask', 120, 6),
      x('Paint', 121, 2),
      x('RunTask', 130, 9),
      x('EvaluateScript', 130, 8),
      // Another process's thread: not the page's.
      { ...x('RunTask', 140, 50), tid: 99 },
    ];
    const work = mainThreadWork(events);
    expect(work.slices).toEqual([
      {
        wallMs: 12,
        cpuMs: 4,
        scriptMs: 2.25,
        styleMs: 1,
        layoutMs: 0,
        hitTestMs: 0.5,
        gcMs: 0.25,
        largestOp: { name: 'UpdateLayoutTree', ms: 1 },
        clockAheadMs: 0,
      },
    ]);
    expect(work.fromUs).toBe(100_000);
    expect(work.longestRenderingMs).toBe(6);
    expect(work.longestPageTaskMs).toBe(9);
    // The slice's 4 ms and the reply's 1.5 ms; the page's own idle callback is not the lens's.
    expect(work.lensTaskMs).toBe(5.5);
  });

  it('counts no more CPU time than wall time in a slice whose thread clock jumped ahead, and says by how much', () => {
    // As in a trace of 2026-12-04: 3.44 ms of wall time, 6.45 ms of thread time, most of it in a call of 0.63 ms.
    const events = [
      navigation,
      load,
      x('RunTask', 100, 3.44, 6.45),
      x('FireIdleCallback', 100, 3.44, 6.45),
      x('FunctionCall', 100, 3.4, 6.4, { url: LENS }),
      x('HitTest', 101, 0.63, 4.47),
    ];
    const work = mainThreadWork(events);
    const [slice] = work.slices;
    expect(slice!.cpuMs).toBe(3.44);
    expect(slice!.clockAheadMs).toBeCloseTo(3.01, 6);
    expect(slice!.hitTestMs).toBe(0.63);
    expect(slice!.scriptMs).toBeCloseTo(2.81, 6);
    expect(work.lensTaskMs).toBe(3.44);
  });

  it('with the lens off, covers the same span of the load as the lens-on trace did', () => {
    const events = [navigation, load, x('RunTask', 60, 20), x('RunTask', 110, 5), x('Paint', 111, 1)];
    const work = mainThreadWork(events, 'lens.js', 100_000);
    expect(work.slices).toEqual([]);
    expect(work.longestPageTaskMs).toBe(5);
    expect(work.longestRenderingMs).toBe(5);
  });
});
