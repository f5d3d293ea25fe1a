/**
 * `recognize` before and after a change, in the same processes: `npx tsx test/bench/recognize-ab.ts [--before REV]
 * [--processes K] [--calls N] [--size CHARACTERS]`. The working tree's recognisers and those of REV (default HEAD,
 * checked out in a temporary worktree), each bundled as the bench bundles them, are loaded into one Node process and
 * called in turn on the bench's biomedical text (1 MB by default), N calls each after 10 unmeasured; the figure is
 * the median of the per-call CPU ratios, before ÷ after (above 1: the change is faster). Identical code read
 * medians of 16 to 30 ms on 1 MB from one process to the next, more than most changes move it; in one process the
 * bundle loaded first read 5-8 % faster in most processes whatever it held, so K processes load the old one first
 * and K the new one, and the result is the geometric mean over both orders (docs/decisions/0013, session 11).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledRecognizers } from './bundle';
import { biomedicalText, knowledge } from './corpus';
import { fmt } from './stats';

const argv = process.argv.slice(2);
const option = (name: string, otherwise: string) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 && at + 1 < argv.length ? argv[at + 1]! : otherwise;
};
const before = option('before', 'HEAD');
const processes = Number(option('processes', '5'));
const calls = Number(option('calls', '30'));
const size = Number(option('size', '1000000'));

const repo = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'immunolens-ab-'));
const worktree = join(scratch, 'before');
execFileSync('git', ['-C', repo, 'worktree', 'add', '--detach', '--quiet', worktree, before]);
// Its tsconfig.json extends the one WXT generates (`wxt prepare`), which git does not hold: the working tree's.
cpSync(join(repo, '.wxt'), join(worktree, '.wxt'), { recursive: true });
const cleanUp = () => {
  execFileSync('git', ['-C', repo, 'worktree', 'remove', '--force', worktree]);
  rmSync(scratch, { recursive: true, force: true });
};
try {
  const bundles = {
    before: await bundledRecognizers(join(worktree, 'test/bench/recognizers.ts')),
    after: await bundledRecognizers(),
  };
  const textFile = join(scratch, 'text.txt');
  const glossaryFile = join(scratch, 'glossary.json');
  writeFileSync(textFile, biomedicalText(size));
  writeFileSync(glossaryFile, JSON.stringify(knowledge.glossary));
  const child = fileURLToPath(new URL('./recognize-ab-child.ts', import.meta.url));
  const run = (first: string, second: string) =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [...process.execArgv, child, first, second, textFile, glossaryFile, String(calls)],
        { encoding: 'utf8' },
      ),
    ) as { ratio: number; first: number; second: number };
  const beforeFirst: number[] = [];
  const afterFirst: number[] = [];
  for (let k = 0; k < processes; k++) {
    // first ÷ second per call: before ÷ after when the old bundle loads first, after ÷ before otherwise.
    beforeFirst.push(run(bundles.before, bundles.after).ratio);
    afterFirst.push(1 / run(bundles.after, bundles.before).ratio);
  }
  const all = [...beforeFirst, ...afterFirst];
  const geomean = Math.exp(all.reduce((sum, r) => sum + Math.log(r), 0) / all.length);
  console.log(
    `recognize, ${before} against the working tree, ${fmt(size / 1e6, 1)} MB of bench text, ${calls} calls each a process`,
  );
  console.log(`before ÷ after CPU, old bundle loaded first: ${beforeFirst.map((r) => fmt(r, 3)).join(' ')}`);
  console.log(`before ÷ after CPU, new bundle loaded first: ${afterFirst.map((r) => fmt(r, 3)).join(' ')}`);
  console.log(`before ÷ after CPU, both orders: ${fmt(geomean, 3)} (above 1: the working tree is faster)`);
} finally {
  cleanUp();
}
