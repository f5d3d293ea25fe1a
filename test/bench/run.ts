/**
 * `npm run bench` (`-- --quick` for the small sizes): the figures the term-recognition, popup-search and
 * glossary-pack issues ask for, each beside a baseline measured in the same run (these machines are noisy, so
 * ratios travel better than absolute numbers). Sizes: the bundled glossary (939 entries), then the bundled
 * glossary plus a generated pack (test/bench/fixtures/generate-pack.ts) to 10,000 and 100,000 entries.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import MiniSearch from 'minisearch';
import { createKnowledge, type Knowledge } from '../../utils/knowledge/knowledge';
import {
  restoreKnowledge,
  restoreKnowledgeHead,
  serializeKnowledge,
} from '../../utils/knowledge/knowledge-snapshot';
import {
  buildSearchIndex,
  restoreSearchIndex,
  serializeSearchIndex,
  sourcesOf,
  type SearchIndex,
} from '../../utils/search/search-index';
import { recognize, type TermSpan } from '../../utils/terms/recognize';
import {
  buildTermIndex,
  lookup,
  namesOf,
  restoreTermIndex,
  serializeTermIndex,
  type TermIndex,
} from '../../utils/terms/term-index';
import { QUERIES } from '../eval/queries';
import { READER_QUERIES } from '../eval/reader-queries';
import { recognize as referenceRecognize } from '../utils/terms/reference/recognize';
import { asDelivered, biomedicalText, knowledge, SHARED_PAGES_DIR, sharedPagesText } from './corpus';
import { bundledRecognizers } from './bundle';
import { generatePack } from './fixtures/generate-pack';
import {
  alternating,
  cpuTimeEach,
  fmt,
  median,
  nowNs,
  percentile,
  table,
  timeEach,
  type Medians,
  type Runs,
} from './stats';
import { termIndexAt } from './term-index-bench';

const quick = process.argv.includes('--quick');
// `-- --only recognize`: the recognition figures and the term index's, and no more.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};
const msSince = (t0: bigint) => Number(nowNs() - t0) / 1e6;

console.log(`ImmunoLens benchmarks on Node ${process.version}${quick ? ' (quick)' : ''}`);

// ---- Term recognition ------------------------------------------------------------------------------------
// Beside each figure, in the same run and on the same text: the recogniser before its fast path (kept frozen in
// test/utils/terms/reference, docs/decisions/0013-recognition-fast-path.md), whose spans must be the same.
const terms = buildTermIndex(knowledge.glossary);

function sameSpans(a: readonly TermSpan[], b: readonly TermSpan[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.start !== y.start || x.end !== y.end || x.needsContext !== y.needsContext) return false;
    if (x.ids.length !== y.ids.length || x.ids.some((id, k) => id !== y.ids[k])) return false;
  }
  return true;
}

// The recognisers as one bundle, as the extension's build makes the background's (test/bench/recognizers.ts).
const recognizers = await bundledRecognizers();

/**
 * Each recogniser timed in processes of its own (recognize-child.ts), in turns, `rounds` of each, so that a change
 * in the machine's load falls on both alike and neither is charged for collecting the other's garbage; the medians
 * of all their timed runs.
 */
function isolated(textArg: string, runs: number, rounds = 3): Medians[] {
  const child = fileURLToPath(new URL('./recognize-child.ts', import.meta.url));
  const all = ['fast', 'reference'].map((): Runs => ({ wall: [], cpu: [] }));
  for (let r = 0; r < rounds; r++)
    ['fast', 'reference'].forEach((which, i) => {
      const out = execFileSync(
        process.execPath,
        [...process.execArgv, child, which, textArg, String(Math.ceil(runs / rounds)), recognizers],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      const got = JSON.parse(out) as Runs;
      all[i]!.wall.push(...got.wall);
      all[i]!.cpu.push(...got.cpu);
    });
  return all.map((runs) => ({ wall: median(runs.wall), cpu: median(runs.cpu) }));
}

const perChar: number[] = [];
function recognition(
  label: string,
  text: string,
  textArg: string,
  runs: number,
): Record<string, string | number> {
  const spans = recognize(terms, text);
  if (!sameSpans(spans, referenceRecognize(terms, text)))
    throw new Error(`recognize and the reference recogniser differ on ${label}`);
  const [fast, before] = isolated(textArg, runs);
  const mb = text.length / 1e6;
  perChar.push((fast!.cpu * 1e6) / text.length);
  return {
    text: label,
    'wall ms': fmt(fast!.wall, 1),
    'CPU ms': fmt(fast!.cpu, 1),
    'MB/s': fmt(mb / (fast!.wall / 1000), 1),
    'MB/s CPU': fmt(mb / (fast!.cpu / 1000), 1),
    'ns/char CPU': fmt((fast!.cpu * 1e6) / text.length, 1),
    'before: MB/s CPU': fmt(mb / (before!.cpu / 1000), 1),
    'vs before (CPU)': fmt(before!.cpu / fast!.cpu, 1) + '×',
    terms: spans.length,
  };
}

const sizes = quick ? [100_000, 1_000_000] : [100_000, 1_000_000, 10_000_000];
const throughput = sizes.map((bytes) =>
  recognition(
    `biomedical ${bytes / 1000} KB`,
    biomedicalText(bytes),
    String(bytes),
    // Six at 10 MB: with three, one call that met a full collection of the calls before it moved the median.
    bytes >= 10_000_000 ? 6 : bytes >= 1e6 ? 9 : 15,
  ),
);
// One passage's words at 10 MB: the same words as the 100 KB row, so that its ns per character against that row's
// is the size's cost alone, with the mix of words unchanged (see the linearity lines below).
if (!quick)
  throughput.push(
    recognition(
      'biomedical 100 KB written 100 times',
      asDelivered(biomedicalText(100_000).repeat(100)),
      '100000x100',
      6,
    ),
  );
// The 32 saved pages the e2e tests use (news, blogs, docs, two right-to-left), their visible text joined.
const pagesText = sharedPagesText();
if (pagesText === null)
  console.log(
    `\n(no shared pages at ${SHARED_PAGES_DIR}: set SHARED_PAGES_DIR; the shared-pages row is left out)`,
  );
else
  throughput.push(
    recognition(`32 shared pages' text, ${fmt(pagesText.length / 1000, 0)} KB`, pagesText, 'pages', 9),
  );
table(
  `recognize, bundled glossary (${knowledge.glossary.length} entries), identical spans to the reference checked (goal: at least 50 MB/s, linear)`,
  throughput,
);
console.log(
  `linearity: CPU ns per character at ${sizes[sizes.length - 1]! / 1e6} MB ÷ at 0.1 MB = ${fmt(perChar[sizes.length - 1]! / perChar[0]!, 2)} (1.00 is linear)`,
);
// The bench text cycles through the glossary and the Q&A every 663 KB: its first 100 KB is the glossary's first
// entries, 2,212 distinct words against 7,983 from 1 MB on. From 1 MB on every size reads the same mix of words,
// so this line compares like with like (decision 0013, session 8).
if (!quick) {
  console.log(
    `linearity on the same mix of words: CPU ns per character at ${sizes[sizes.length - 1]! / 1e6} MB ÷ at 1 MB = ${fmt(perChar[sizes.length - 1]! / perChar[1]!, 2)}`,
  );
  console.log(
    `linearity on the same words: CPU ns per character of 100 KB written 100 times ÷ of 100 KB = ${fmt(perChar[sizes.length]! / perChar[0]!, 2)}`,
  );
}

// The naive way: one case-insensitive regular expression per alias, each run over the whole passage.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const naive = knowledge.glossary.flatMap((e) =>
  namesOf(e).map((n) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(n)}(?![\\p{L}\\p{N}])`, 'giu')),
);
const passage = biomedicalText(100_000);
const [ours, regexes, before] = alternating(
  [
    () => recognize(terms, passage),
    () => {
      let found = 0;
      for (const re of naive) for (const _ of passage.matchAll(re)) found++;
      return found;
    },
    () => referenceRecognize(terms, passage),
  ],
  3,
  true,
);
const row = (method: string, m: { wall: number; cpu: number }) => ({
  method,
  'wall ms': fmt(m.wall),
  'CPU ms': fmt(m.cpu),
  'MB/s CPU': fmt(0.1 / (m.cpu / 1000), 1),
  'regex ÷ this (CPU)': fmt(regexes!.cpu / m.cpu, 1) + '×',
  'regex ÷ this (wall)': fmt(regexes!.wall / m.wall, 1) + '×',
});
table('recognize vs one regular expression per alias, same 100 KB passage, same run', [
  row('recognize (one pass, every spelling)', ours!),
  row('recognize before its fast path (reference)', before!),
  row(`${naive.length} regular expressions (exact spellings only)`, regexes!),
]);

const termApi = { buildTermIndex, serializeTermIndex, restoreTermIndex, recognize, lookup };
table(
  'term index by glossary size: build, heap, look-up, and a worker restart (structured clone, restore, first passage)',
  (quick ? [10_000] : [10_000, 100_000]).map((size) => termIndexAt(termApi, size)),
);
if (only === 'recognize') process.exit(0);

// ---- Indexes at scale ----------------------------------------------------------------------------------
/** Every prefix of every eval query (both sets), as a reader types it: one search per keystroke. */
const keystrokes = [...QUERIES, ...READER_QUERIES].flatMap(({ query }) =>
  Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)),
);
const selections = [
  'IL-12',
  'Interleukin-12 (IL-12)',
  'IFN-γ',
  'interferon gamma',
  'cytokines',
  'TNF-α',
  'tumour necrosis factor',
  'NK cells',
  'PD-L1',
  'the weather was fine',
  'haematologic toxicities',
  'CAR T-cell therapy',
];

const scale: Record<string, string>[] = [];
const restart: Record<string, string>[] = [];
const versus: Record<string, string>[] = [];
const heapParts: Record<string, string>[] = [];

async function measure(size: number): Promise<void> {
  const heap0 = heapMb();
  const k: Knowledge =
    size <= knowledge.glossary.length
      ? knowledge
      : createKnowledge(
          [...knowledge.glossary, ...generatePack(size - knowledge.glossary.length, 1)],
          knowledge.qa,
        );
  const entries = `${k.glossary.length}`;
  const heapEntries = heapMb() - heap0;
  const sources = sourcesOf(k);
  // Pack names are selected too: a look-up in a large index, not only the bundled names.
  const picks = [...selections, ...k.glossary.slice(-40).map((e) => e.short ?? e.name)];

  let t0 = nowNs();
  let termIndex: TermIndex | null = buildTermIndex(k.glossary);
  const termBuild = msSince(t0);
  const lookups = timeEach(
    picks,
    (s) => lookup(termIndex!, s),
    Math.max(1, Math.round(100_000 / picks.length)),
  );
  t0 = nowNs();
  const search: SearchIndex = buildSearchIndex(sources, termIndex);
  const searchBuild = msSince(t0);
  const heapIndexes = heapMb() - heap0 - heapEntries;
  const wall = timeEach(keystrokes, (q) => search.search(q), 1).map((us) => us / 1000);
  const cpu = cpuTimeEach(keystrokes, (q) => search.search(q), 1).map((us) => us / 1000);
  scale.push({
    entries,
    'term build ms': fmt(termBuild, 0),
    'lookup p99 µs': fmt(percentile(lookups, 0.99)),
    'search build ms': fmt(searchBuild, 0),
    'key median ms': fmt(percentile(wall, 0.5), 3),
    'key p99 ms': fmt(percentile(wall, 0.99), 3),
    'key CPU median': fmt(percentile(cpu, 0.5), 3),
    'key CPU p99': fmt(percentile(cpu, 0.99), 3),
    'heap: entries MB': fmt(heapEntries, 0),
    'heap: indexes MB': fmt(heapIndexes, 0),
  });

  // A worker restart: the snapshots come out of IndexedDB (a structured clone) and are restored, as
  // utils/knowledge/index-cache.ts does: the term index and the glossary's head before the first lookup, then the one
  // chunk of the glossary that the answer names; the other chunks and the search index when a search first needs
  // them. Heap: what the restored parts add (the built ones are still held here).
  const termSnapshot = serializeTermIndex(termIndex);
  const searchSnapshot = serializeSearchIndex(search)!;
  const knowledgeSnapshot = serializeKnowledge(k);
  termIndex = null;
  const restartHeap0 = heapMb();
  const restartBuffers0 = process.memoryUsage().arrayBuffers / 1e6;
  t0 = nowNs();
  const cpu0 = process.cpuUsage();
  const termCopy = structuredClone(termSnapshot);
  const headCopy = structuredClone(knowledgeSnapshot.head);
  const termClone = msSince(t0);
  t0 = nowNs();
  const restoredKnowledge = restoreKnowledgeHead(headCopy, k.qa, (n) =>
    Promise.resolve(structuredClone(knowledgeSnapshot.chunks[n])),
  )!;
  const restoredTerms = restoreTermIndex(termCopy)!;
  const firstLookup = lookup(restoredTerms, 'IL-12');
  if (!(await restoredKnowledge.readFor(firstLookup))) throw new Error('a glossary chunk did not restore');
  const firstCard = restoredKnowledge.termById.get(firstLookup[0] ?? '');
  const termRestore = msSince(t0);
  const lookupCpu = process.cpuUsage(cpu0);
  const heapLookupReady = heapMb() - restartHeap0;
  const buffersLookupReady = process.memoryUsage().arrayBuffers / 1e6 - restartBuffers0;
  t0 = nowNs();
  const searchCopy = structuredClone(searchSnapshot);
  if (!(await restoredKnowledge.readAll())) throw new Error('a glossary chunk did not restore');
  const searchClone = msSince(t0);
  t0 = nowNs();
  const searchCpu0 = process.cpuUsage();
  const restoredSearch = restoreSearchIndex(searchCopy, sourcesOf(restoredKnowledge), restoredTerms)!;
  const firstSearch = restoredSearch.search('interleukin 2');
  const searchRestore = msSince(t0);
  const searchCpu = process.cpuUsage(searchCpu0);
  // After this task: the whole glossary decoded to make the sources is held weakly, and a weak reference keeps
  // its target until the task that made it ends.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const heapSearchReady = heapMb() - restartHeap0;
  t0 = nowNs();
  recognize(restoredTerms, 'IL-12 and IFN-γ.');
  const firstScan = msSince(t0);
  if (firstLookup.length === 0 || firstSearch.hits.length === 0 || !firstCard)
    throw new Error('a restored index found nothing');
  restart.push({
    entries,
    'terms + glossary head clone ms': fmt(termClone, 1),
    'restore + one chunk + first lookup ms': fmt(termRestore, 1),
    'first lookup CPU ms (clone incl.)': fmt((lookupCpu.user + lookupCpu.system) / 1000, 0),
    'heap, lookup ready MB': fmt(heapLookupReady, 0),
    'glossary bytes MB (array buffer)': fmt(buffersLookupReady, 0),
    'first passage scan (trie) ms': fmt(firstScan, 0),
    'search clone + other chunks read ms': fmt(searchClone, 0),
    'search restore + first search ms': fmt(searchRestore, 0),
    'first search CPU ms': fmt((searchCpu.user + searchCpu.system) / 1000, 0),
    'heap, search ready MB': fmt(heapSearchReady, 0),
    'search rebuild ms': fmt(searchBuild, 0),
  });
  heapParts.push(
    await heapByPart(entries, k.qa, {
      knowledge: knowledgeSnapshot,
      terms: termSnapshot,
      search: searchSnapshot,
    }),
  );

  // The same documents and keystrokes through MiniSearch (prefix + fuzzy, names boosted).
  const docs = sources.map((s, i) => ({ id: i, names: s.names, body: s.body }));
  t0 = nowNs();
  const mini = new MiniSearch({
    fields: ['names', 'body'],
    searchOptions: { boost: { names: 4 }, prefix: true, fuzzy: 0.2 },
  });
  mini.addAll(docs);
  const miniBuild = msSince(t0);
  // Beyond the bundled glossary MiniSearch's fuzzy search takes long enough that every eighth keystroke has to do.
  const sample = sources.length > 1000 ? keystrokes.filter((_, i) => i % 8 === 0) : keystrokes;
  const miniWall = timeEach(sample, (q) => mini.search(q), 1).map((us) => us / 1000);
  const miniCpu = cpuTimeEach(sample, (q) => mini.search(q), 1).map((us) => us / 1000);
  versus.push(
    {
      entries,
      library: 'ImmunoLens (FlexSearch over postings + re-ranking)',
      'build ms': fmt(searchBuild, 0),
      'median ms': fmt(percentile(wall, 0.5), 3),
      'p99 ms': fmt(percentile(wall, 0.99), 3),
      'CPU p99 ms': fmt(percentile(cpu, 0.99), 3),
      'median vs ours': '1.0×',
    },
    {
      entries,
      library: `MiniSearch${sample === keystrokes ? '' : ` (${sample.length} keystrokes)`}`,
      'build ms': fmt(miniBuild, 0),
      'median ms': fmt(percentile(miniWall, 0.5), 3),
      'p99 ms': fmt(percentile(miniWall, 0.99), 3),
      'CPU p99 ms': fmt(percentile(miniCpu, 0.99), 3),
      'median vs ours': fmt(percentile(miniWall, 0.5) / percentile(wall, 0.5), 1) + '×',
    },
  );
}

for (const size of quick ? [knowledge.glossary.length, 10_000] : [knowledge.glossary.length, 10_000, 100_000])
  await measure(size);

table(
  `indexes by glossary size (${keystrokes.length} keystrokes from the eval queries; goals at 100,000: lookup p99 ≤ 5 µs, keystroke p99 ≤ 10 ms and median ≤ 1 ms, heap ≤ 200 MB)`,
  scale,
);
table(
  'after a worker restart: snapshots cloned out of IndexedDB and restored (goals at 100,000: first lookup ≤ 300 ms, worker heap ≤ 200 MB)',
  restart,
);
table('search per keystroke against MiniSearch, same documents and keystrokes', versus);
table(
  "a restarted worker's heap by part (Node heapUsed after gc(), restored from structured clones of the snapshots; array buffers apart; goal at 100,000: worker heap ≤ 200 MB)",
  heapParts,
);

/**
 * The heap each part of a restarted worker retains, restored in the worker's order (glossary, term index with its
 * first look-up and passage scan, then the search index with its first search), each measured after collecting
 * garbage once the task that restored it has ended: the sources a search restore decodes are transient.
 */
async function heapByPart(
  entries: string,
  qa: Knowledge['qa'],
  snapshots: { knowledge: unknown; terms: unknown; search: unknown },
): Promise<Record<string, string>> {
  const settled = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const heap = heapMb();
    return { heap, buffers: process.memoryUsage().arrayBuffers / 1e6 };
  };
  const m0 = await settled();
  const restoredKnowledge = restoreKnowledge(structuredClone(snapshots.knowledge), qa)!;
  const m1 = await settled();
  const restoredTerms = restoreTermIndex(structuredClone(snapshots.terms))!;
  lookup(restoredTerms, 'IL-12');
  recognize(restoredTerms, 'IL-12 and IFN-γ.');
  const m2 = await settled();
  const restoredSearch = restoreSearchIndex(
    structuredClone(snapshots.search),
    sourcesOf(restoredKnowledge),
    restoredTerms,
  );
  if (!restoredSearch || restoredSearch.search('interleukin 2').hits.length === 0)
    throw new Error('the restored search index found nothing');
  const m3 = await settled();
  // Each part is still held here, after its heap was read.
  if (!restoredKnowledge.termById.has('il-12') || lookup(restoredTerms, 'IL-12').length === 0)
    throw new Error('a restored part lost an entry');
  const mb = (a: number, b: number) => fmt(b - a, 0);
  return {
    entries,
    'glossary MB': mb(m0.heap, m1.heap),
    'glossary buffers MB': mb(m0.buffers, m1.buffers),
    'term index MB': mb(m1.heap, m2.heap),
    'term buffers MB': mb(m1.buffers, m2.buffers),
    'search index MB': mb(m2.heap, m3.heap),
    'search buffers MB': mb(m2.buffers, m3.buffers),
    'all three MB': mb(m0.heap, m3.heap),
  };
}
