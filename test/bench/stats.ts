/** Timing helpers: nanosecond clocks, medians and percentiles, tables. */

export function nowNs(): bigint {
  return process.hrtime.bigint();
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Times each call of `fn` over `inputs`, `rounds` times, and returns the per-call durations in microseconds. */
export function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown, rounds = 1): number[] {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const input of inputs) {
      const t0 = nowNs();
      fn(input);
      out.push(Number(nowNs() - t0) / 1000);
    }
  return out.sort((a, b) => a - b);
}

/**
 * Like timeEach, but the process's CPU time (user + system) per call, in microseconds: on a machine shared with
 * other work, wall time also counts the time spent waiting for a core, which CPU time does not.
 */
export function cpuTimeEach<T>(inputs: readonly T[], fn: (input: T) => unknown, rounds = 1): number[] {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const input of inputs) {
      const t0 = process.cpuUsage();
      fn(input);
      const { user, system } = process.cpuUsage(t0);
      out.push(user + system);
    }
  return out.sort((a, b) => a - b);
}

/** Median wall time of `runs` runs of `fn`, in milliseconds (after one warm-up run). */
export function medianMs(fn: () => unknown, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = nowNs();
    fn();
    times.push(Number(nowNs() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return percentile(times, 0.5);
}

export const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

export function table(title: string, rows: ReadonlyArray<Record<string, string | number>>): void {
  console.log(`\n## ${title}`);
  console.table(rows);
}

export interface Medians {
  /** Median wall time, ms. */
  wall: number;
  /** Median CPU time of this process (user + system), ms: what wall time is when the machine is shared. */
  cpu: number;
}

/**
 * Runs each of `fns` `runs` times in turn (a, b, a, b, …, after one warm-up round), so that a change in the
 * machine's load falls on all of them alike, and returns each one's wall and CPU medians. With `settle`, each
 * timed call follows an untimed call of the same function: CPU time counts V8's collector threads, so a call timed
 * straight after another function's would be charged for collecting the garbage that one left (the reference
 * recogniser's object per piece put 16-20 % on the fast one's median, docs/decisions/0013).
 */
export function alternating(fns: ReadonlyArray<() => unknown>, runs = 5, settle = false): Medians[] {
  // Warm-up rounds, untimed: on 1 MB of text the first two calls of the recogniser after a warm-up call still took
  // 3-5× as long as the rest while V8 compiled it for that size (on-stack replacement, then the optimised tier).
  for (let r = 0; r < (settle ? 3 : 1); r++) for (const fn of fns) fn();
  const wall = fns.map(() => [] as number[]);
  const cpu = fns.map(() => [] as number[]);
  for (let r = 0; r < runs; r++)
    fns.forEach((fn, i) => {
      if (settle) fn();
      timeOnce(fn, wall[i]!, cpu[i]!);
    });
  return fns.map((_, i) => ({ wall: median(wall[i]!), cpu: median(cpu[i]!) }));
}

export interface Runs {
  /** Per timed run, wall time and CPU time of this process (user + system), ms. */
  wall: number[];
  cpu: number[];
}

/**
 * `runs` timed calls of `fn` after eight untimed warm-up calls, each timed call after an untimed one (as
 * `alternating` with `settle`): for a function timed in a process of its own, where nothing has run it before
 * (the scratch timings of the recogniser in decision 0013, session 6, warmed up with eight as well).
 */
export function timedRuns(fn: () => unknown, runs: number): Runs {
  for (let r = 0; r < 8; r++) fn();
  const out: Runs = { wall: [], cpu: [] };
  for (let r = 0; r < runs; r++) {
    fn();
    timeOnce(fn, out.wall, out.cpu);
  }
  return out;
}

/** One call of `fn`: its wall time and this process's CPU time (user + system), in ms, onto `wall` and `cpu`. */
function timeOnce(fn: () => unknown, wall: number[], cpu: number[]): void {
  const c0 = process.cpuUsage();
  const t0 = nowNs();
  fn();
  const t1 = nowNs();
  const { user, system } = process.cpuUsage(c0);
  wall.push(Number(t1 - t0) / 1e6);
  cpu.push((user + system) / 1000);
}

/** The median of `xs` (sorted in place). */
export function median(xs: number[]): number {
  return percentile(
    xs.sort((a, b) => a - b),
    0.5,
  );
}
