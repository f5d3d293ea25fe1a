/**
 * The term index at a glossary's size (bundled glossary + a generated pack): its build, its heap, a selection's
 * look-up, and a worker restart (the snapshot cloned as IndexedDB does, restored, then the first passage
 * recognised, which before the trie went into the snapshot had to build the trie first). `npm run bench` prints it
 * beside the recognition figures; the functions come in as arguments so that the same figures can be taken of
 * another checkout's code (docs/decisions/0013-recognition-fast-path.md).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { TermSpan } from '../../utils/terms/recognize';
import type { NamedEntry, TermIndex } from '../../utils/terms/term-index';
import { biomedicalText, knowledge } from './corpus';
import { generatePack } from './fixtures/generate-pack';
import { fmt, percentile, timeEach } from './stats';

export interface TermIndexApi {
  buildTermIndex(entries: readonly NamedEntry[]): TermIndex;
  serializeTermIndex(index: TermIndex): unknown;
  restoreTermIndex(snapshot: unknown): TermIndex | null;
  recognize(index: TermIndex, text: string): TermSpan[];
  lookup(index: TermIndex, selection: string): readonly string[];
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/** Heap in use and array buffers' bytes (typed arrays live outside the heap), MB, after collecting twice. */
function memory(): { heap: number; buffers: number } {
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed / 1e6, buffers: m.arrayBuffers / 1e6 };
}

function cpuMs(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const { user, system } = process.cpuUsage(c0);
  return (user + system) / 1000;
}

const SELECTIONS = [
  'IL-12',
  'Interleukin-12 (IL-12)',
  'IFN-γ',
  'tumour necrosis factor',
  'the weather was fine',
];

export function termIndexAt(api: TermIndexApi, size: number): Record<string, string> {
  const entries = [...knowledge.glossary, ...generatePack(Math.max(0, size - knowledge.glossary.length), 1)];
  const picks = [...SELECTIONS, ...entries.slice(-40).map((e) => e.short ?? e.name)];
  const passage = biomedicalText(100_000);
  const m0 = memory();
  let index: TermIndex | null = null;
  const build = cpuMs(() => (index = api.buildTermIndex(entries)));
  const m1 = memory();
  const lookups = timeEach(picks, (s) => api.lookup(index!, s), Math.round(100_000 / picks.length));
  let snapshot: unknown = api.serializeTermIndex(index!);
  index = null;
  // What IndexedDB hands a restarted worker.
  const stored = structuredClone(snapshot);
  snapshot = null;
  const m2 = memory();
  let clone: unknown = null;
  const cloneMs = cpuMs(() => (clone = structuredClone(stored)));
  let restored: TermIndex | null = null;
  const restore = cpuMs(() => (restored = api.restoreTermIndex(clone)));
  clone = null;
  let spans = 0;
  const first = cpuMs(() => (spans = api.recognize(restored!, 'IL-12 and IFN-γ rose. ' + passage).length));
  const m3 = memory();
  const second = cpuMs(() => api.recognize(restored!, passage));
  if (spans === 0) throw new Error('a restored index recognised nothing');
  return {
    entries: String(entries.length),
    'build CPU ms': fmt(build, 0),
    'built: heap MB': fmt(m1.heap - m0.heap, 1),
    'built: buffers MB': fmt(m1.buffers - m0.buffers, 1),
    'lookup p99 µs': fmt(percentile(lookups, 0.99)),
    'clone CPU ms': fmt(cloneMs, 1),
    'restore CPU ms': fmt(restore, 1),
    'first 100 KB passage CPU ms': fmt(first, 1),
    'next 100 KB CPU ms': fmt(second, 1),
    'restored: heap MB': fmt(m3.heap - m2.heap, 1),
    'restored: buffers MB': fmt(m3.buffers - m2.buffers, 1),
  };
}
