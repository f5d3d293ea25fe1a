/**
 * The term index's heap at 100,000 entries, built and after a worker restart, each measured in a process of its
 * own: in one process V8 gave back the built index's memory only some allocations later, which made in-process
 * figures for the restart meaningless. `npx tsx test/bench/term-index-heap.ts` runs both phases (the build
 * phase stores the snapshot as IndexedDB would, with v8.serialize, in the system's temporary folder; the restart
 * phase reads it in a new process, restores it and recognises a first short and a 100 KB passage).
 * docs/decisions/0013-recognition-fast-path.md.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { recognize } from '../../utils/terms/recognize';
import { buildTermIndex, restoreTermIndex, serializeTermIndex } from '../../utils/terms/term-index';
import { biomedicalText, knowledge } from './corpus';
import { generatePack } from './fixtures/generate-pack';
import { fmt } from './stats';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function memory(): { heap: number; buffers: number } {
  for (let r = 0; r < 3; r++) {
    let junk: object[] | null = Array.from({ length: 1_000_000 }, (_, i) => ({ i }));
    junk.length = 0;
    junk = null;
    gc();
    gc();
  }
  const m = process.memoryUsage();
  return { heap: m.heapUsed / 1e6, buffers: m.arrayBuffers / 1e6 };
}
const cpuMs = (c: NodeJS.CpuUsage) => fmt((c.user + c.system) / 1000, 1);

const SIZE = 100_000;
const file = join(tmpdir(), `immunolens-term-index-${process.pid}.bin`);
const phase = process.argv[2];
const passage = biomedicalText(100_000);

if (phase === 'build') {
  const entries = [...knowledge.glossary, ...generatePack(SIZE - knowledge.glossary.length, 1)];
  const m0 = memory();
  const index = buildTermIndex(entries);
  recognize(index, passage);
  const m1 = memory();
  writeFileSync(process.argv[3]!, serialize(serializeTermIndex(index)));
  console.log(
    `built, ${entries.length} entries, after one 100 KB passage: heap ${fmt(m1.heap - m0.heap, 1)} MB, array buffers ${fmt(m1.buffers - m0.buffers, 1)} MB (index of ${index.size} keys, ${index.trie.nodes} trie nodes)`,
  );
} else if (phase === 'restart') {
  const bytes = readFileSync(process.argv[3]!);
  const m0 = memory();
  const snapshot: unknown = deserialize(bytes);
  const c0 = process.cpuUsage();
  const index = restoreTermIndex(snapshot);
  const restore = process.cpuUsage(c0);
  if (!index) throw new Error('the snapshot was refused');
  const c1 = process.cpuUsage();
  const spans = recognize(index, 'IL-12 and IFN-γ rose.').length;
  const first = process.cpuUsage(c1);
  recognize(index, passage);
  const m1 = memory();
  if (spans === 0 || bytes.length === 0) throw new Error('a restored index recognised nothing');
  console.log(
    `restart: restore ${cpuMs(restore)} ms CPU, first passage ${cpuMs(first)} ms CPU; after a 100 KB passage: heap ${fmt(m1.heap - m0.heap, 1)} MB, array buffers ${fmt(m1.buffers - m0.buffers, 1)} MB (snapshot included)`,
  );
} else {
  const self = fileURLToPath(import.meta.url);
  const run = (p: string) =>
    process.stdout.write(
      execFileSync(process.execPath, [...process.execArgv, self, p, file], { encoding: 'utf8' }),
    );
  try {
    run('build');
    run('restart');
  } finally {
    rmSync(file, { force: true });
  }
}
