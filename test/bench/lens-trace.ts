/**
 * The lens's idle slices as a Chromium trace shows them (bench:e2e, the lens part): recorded over the DevTools
 * protocol (`Tracing.start` with the `devtools.timeline` categories) while a page loads with the lens on, then
 * taken apart per slice into
 *
 * - wall time (what the lens's own clock sees, which also counts the time the OS gave the core to another process:
 *   on a loaded 2-core machine that is most of it) and the main thread's CPU time (`tdur`, thread time: the work);
 * - of the CPU time, what the browser did inside the slice for a call of ours, each one operation that a slice
 *   cannot stop inside: style recalculation (`UpdateLayoutTree`), layout, hit tests (`caretPositionFromPoint`),
 *   garbage collection, and the rest, the lens's own script.
 *
 * And the page's main thread outside the lens's slices: the longest rendering task (style, layout, paint: where a
 * highlight change is drawn) and the longest task of the page's own, for the same figures with the lens off.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string; isOutermostMainFrame?: boolean; documentLoaderURL?: string } };
}

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8',
  'v8.execute',
  // navigationStart and MarkLoad.
  'blink.user_timing',
  'loading',
];

/** Records a trace on `cdp`'s page while `run` runs. */
export async function recordTrace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return events;
}

/** Browser operations a slice may contain, each one call that cannot be cut short, by trace event name. */
const BROWSER_WORK: Record<string, 'styleMs' | 'layoutMs' | 'hitTestMs' | 'gcMs'> = {
  UpdateLayoutTree: 'styleMs',
  Layout: 'layoutMs',
  HitTest: 'hitTestMs',
  MinorGC: 'gcMs',
  MajorGC: 'gcMs',
  'V8.GC_SCAVENGER': 'gcMs',
  'V8.GC_MARK_COMPACTOR': 'gcMs',
  'V8.GCScavenger': 'gcMs',
  'V8.GCFinalizeMC': 'gcMs',
  // Steps of the major GC's incremental marking, on the main thread: with the cores busy, its concurrent markers
  // get little time and the steps do more. Chromium 156 names them so in `v8` (seen in a trace of wikipedia).
  'V8.GCIncrementalMarking': 'gcMs',
  'V8.GCIncrementalMarkingStart': 'gcMs',
};

const RENDERING = new Set([
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'UpdateLayer',
]);

export interface SliceWork {
  wallMs: number;
  cpuMs: number;
  /** CPU time of the lens's script: the slice's CPU time less the browser operations below. */
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  hitTestMs: number;
  gcMs: number;
  /** The longest single browser operation inside the slice, and its name. */
  largestOp: { name: string; ms: number } | null;
  /** How far the thread clock ran ahead of the wall time in the slice, ms: left out of `cpuMs` (see `cpu`). */
  clockAheadMs: number;
}

export interface MainThreadWork {
  /** The lens's idle slices, in order. */
  slices: SliceWork[];
  /** After the lens's first slice (or the load, lens off): the longest task that drew the page, CPU ms. */
  longestRenderingMs: number;
  /** The longest task with no script of the extension in it, after the same point, CPU ms. */
  longestPageTaskMs: number;
  /** Where the figures after the lens's start begin, in µs after the page's navigation start. */
  fromUs: number;
  /**
   * CPU ms of every task that called into the lens's script, from the page's start: its slices, the marking of
   * each reply, the change records. What the lens costs the page in all (a slice held short adds no work).
   */
  lensTaskMs: number;
}

const ms = (us: number | undefined) => (us ?? 0) / 1000;
/** What the thread clock read for an event, in ms (its wall time where the trace has no thread time). */
const threadMs = (event: TraceEvent) => ms(event.tdur ?? event.dur);
/**
 * An event's CPU time, at most its wall time: one thread cannot work longer than the time that passed. On this
 * project's 2-core VMs the thread clock sometimes jumps ahead inside one event (seen 2026-12-04: a slice of 3.44 ms
 * wall with 6.45 ms of thread time, 3.8 ms of it inside a call of 0.63 ms), which would count as work done outside
 * the slice; the wall time is then the honest bound.
 */
const cpu = (event: TraceEvent) => Math.min(threadMs(event), ms(event.dur));
/** How far an event's thread clock ran ahead of its wall time, in ms (0 when it did not). */
const clockAhead = (event: TraceEvent) => Math.max(0, threadMs(event) - ms(event.dur));
const isExtensionCall = (event: TraceEvent) =>
  event.name === 'FunctionCall' && (event.args?.data?.url ?? '').startsWith('chrome-extension://');

/**
 * Takes a trace apart (see the file comment). `lensScript` is the lens module's file name; `fromUs`, when there is
 * no lens slice (the lens off), is where the figures after the lens's start begin, in µs after navigation start
 * (the lens-on load's `fromUs`, so that both sides cover the same part of the load).
 */
export function mainThreadWork(
  events: readonly TraceEvent[],
  lensScript = 'lens.js',
  fromUs = 0,
): MainThreadWork {
  // The page's navigation, on its renderer's main thread: the top frame's, to the page's address.
  const start = events.find(
    (e) =>
      e.name === 'navigationStart' &&
      e.args?.data?.isOutermostMainFrame === true &&
      (e.args?.data?.documentLoaderURL ?? '') !== '',
  );
  const navigation = start?.ts ?? 0;
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const lensCalls = complete.filter(
    (e) => isExtensionCall(e) && e.args!.data!.url!.endsWith(`/${lensScript}`),
  );
  // The renderer that loaded the page (a navigation may start in another process than the one it commits in).
  const loaded = events.find((e) => e.name === 'MarkLoad' && e.args?.data?.isOutermostMainFrame === true);
  const thread = lensCalls[0] ?? loaded ?? start;
  if (!thread) return { slices: [], longestRenderingMs: 0, longestPageTaskMs: 0, fromUs, lensTaskMs: 0 };
  const main = complete
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const inside = (outer: TraceEvent, e: TraceEvent) =>
    e !== outer && e.ts >= outer.ts && e.ts + e.dur! <= outer.ts + outer.dur!;
  const childrenOf = (outer: TraceEvent) => {
    // Binary search for the first event at or after the outer one's start, then scan while inside it.
    let low = 0;
    let high = main.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (main[mid]!.ts < outer.ts) low = mid + 1;
      else high = mid;
    }
    const out: TraceEvent[] = [];
    for (let i = low; i < main.length && main[i]!.ts <= outer.ts + outer.dur!; i++)
      if (inside(outer, main[i]!)) out.push(main[i]!);
    return out;
  };

  const slices: SliceWork[] = [];
  for (const idle of main) {
    if (idle.name !== 'FireIdleCallback') continue;
    const children = childrenOf(idle);
    if (!children.some((c) => lensCalls.includes(c))) continue;
    const work: SliceWork = {
      wallMs: ms(idle.dur),
      cpuMs: cpu(idle),
      scriptMs: 0,
      styleMs: 0,
      layoutMs: 0,
      hitTestMs: 0,
      gcMs: 0,
      largestOp: null,
      clockAheadMs: clockAhead(idle),
    };
    // Only the outermost browser operation of each kind counts (a layout inside a style read is the style's).
    let coveredTo = -1;
    for (const child of children) {
      const key = BROWSER_WORK[child.name];
      if (!key || child.ts < coveredTo) continue;
      coveredTo = child.ts + child.dur!;
      const t = cpu(child);
      work[key] += t;
      if (!work.largestOp || t > work.largestOp.ms) work.largestOp = { name: child.name, ms: t };
    }
    work.scriptMs = Math.max(0, work.cpuMs - work.styleMs - work.layoutMs - work.hitTestMs - work.gcMs);
    slices.push(work);
  }

  const firstSlice = main.find(
    (e) => e.name === 'FireIdleCallback' && childrenOf(e).some((c) => lensCalls.includes(c)),
  );
  const from = firstSlice?.ts ?? navigation + fromUs;
  let longestRenderingMs = 0;
  let longestPageTaskMs = 0;
  let lensTaskMs = 0;
  let taskEnd = -1;
  for (const task of main) {
    // Top-level tasks only (a nested run loop's tasks are their outer task's).
    if (task.name !== 'RunTask' || task.ts < taskEnd) continue;
    taskEnd = task.ts + task.dur!;
    const children = childrenOf(task);
    if (children.some((c) => lensCalls.includes(c))) lensTaskMs += cpu(task);
    if (task.ts < from || children.some(isExtensionCall)) continue;
    const t = cpu(task);
    if (children.some((c) => RENDERING.has(c.name))) longestRenderingMs = Math.max(longestRenderingMs, t);
    longestPageTaskMs = Math.max(longestPageTaskMs, t);
  }
  return { slices, longestRenderingMs, longestPageTaskMs, fromUs: from - navigation, lensTaskMs };
}
