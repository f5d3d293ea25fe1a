/**
 * `npm run bench`: the figures the term-recognition and popup-search issues ask for, each beside a baseline
 * measured in the same run (these machines are noisy, so ratios travel better than absolute numbers).
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createKnowledge } from '../../utils/knowledge/knowledge';
import { buildSearchIndex, sourcesOf, type SearchSource } from '../../utils/search/search-index';
import { recognize } from '../../utils/terms/recognize';
import { buildTermIndex, lookup, namesOf } from '../../utils/terms/term-index';
import { QUERIES } from '../eval/queries';
import { READER_QUERIES } from '../eval/reader-queries';
import { biomedicalText, knowledge, syntheticGlossary } from './corpus';
import { cpuTimeEach, fmt, medianMs, nowNs, percentile, table, timeEach } from './stats';

const quick = process.argv.includes('--quick');
const SYNTHETIC = quick ? 10_000 : 100_000;

console.log(`ImmunoLens benchmarks on Node ${process.version}${quick ? ' (quick)' : ''}`);

// ---- Term recognition ------------------------------------------------------------------------------------
const terms = buildTermIndex(knowledge.glossary);
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
const lookups = timeEach(selections, (s) => lookup(terms, s), 20_000);
table('lookup of a selection (goal: under 5 µs)', [
  {
    selections: selections.length,
    calls: lookups.length,
    'median µs': fmt(percentile(lookups, 0.5)),
    'p99 µs': fmt(percentile(lookups, 0.99)),
  },
]);

const builds = [
  {
    glossary: `bundled (${knowledge.glossary.length} entries)`,
    ms: medianMs(() => buildTermIndex(knowledge.glossary), 20),
  },
];
const synthetic = syntheticGlossary(SYNTHETIC);
builds.push({
  glossary: `synthetic (${SYNTHETIC} entries)`,
  ms: medianMs(() => buildTermIndex(synthetic), 3),
});
table(
  'term index build (goal: under 10 ms for the bundled glossary)',
  builds.map((b) => ({ ...b, ms: fmt(b.ms) })),
);

const sizes = quick ? [100_000, 1_000_000] : [100_000, 1_000_000, 10_000_000];
const throughput = sizes.map((bytes) => {
  const text = biomedicalText(bytes);
  const ms = medianMs(() => recognize(terms, text), bytes >= 10_000_000 ? 3 : 7);
  return {
    text: `${bytes / 1000} KB`,
    ms: fmt(ms, 1),
    'MB/s': fmt(bytes / 1e6 / (ms / 1000), 1),
    terms: recognize(terms, text).length,
  };
});
table('recognize over biomedical text (goal: at least 50 MB/s, linear)', throughput);

// The naive way: one case-insensitive regular expression per alias, each run over the whole passage.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const naive = knowledge.glossary.flatMap((e) =>
  namesOf(e).map((n) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(n)}(?![\\p{L}\\p{N}])`, 'giu')),
);
const passage = biomedicalText(100_000);
const naiveMs = medianMs(() => {
  let found = 0;
  for (const re of naive) for (const _ of passage.matchAll(re)) found++;
  return found;
}, 3);
const oursMs = medianMs(() => recognize(terms, passage), 7);
table('recognize vs one regular expression per alias, same 100 KB passage', [
  { method: `recognize (one pass, every spelling)`, ms: fmt(oursMs) },
  { method: `${naive.length} regular expressions (exact spellings only)`, ms: fmt(naiveMs) },
  { method: 'ratio (regex / recognize)', ms: fmt(naiveMs / oursMs, 1) + '×' },
]);

// ---- Popup search --------------------------------------------------------------------------------------
/** Every prefix of every eval query (both sets), as a reader types it: one search per keystroke. */
const keystrokes = [...QUERIES, ...READER_QUERIES].flatMap(({ query }) =>
  Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)),
);

function searchFigures(label: string, sources: SearchSource[], entries = knowledge.glossary) {
  const entryTerms = entries === knowledge.glossary ? terms : buildTermIndex(entries);
  // A large index is built once and timed once: building it again would hold two in memory.
  const large = sources.length > 1000;
  const t0 = nowNs();
  const index = buildSearchIndex(sources, entryTerms);
  const buildMs = large
    ? Number(nowNs() - t0) / 1e6
    : medianMs(() => buildSearchIndex(sources, entryTerms), 5);
  // Milliseconds per keystroke.
  const times = timeEach(keystrokes, (q) => index.search(q), large ? 1 : 3).map((us) => us / 1000);
  const cpuTimes = cpuTimeEach(keystrokes, (q) => index.search(q), large ? 1 : 3).map((us) => us / 1000);
  return { label, index, buildMs, times, cpuTimes };
}

const bundled = searchFigures(`bundled (${sourcesOf(knowledge).length} documents)`, sourcesOf(knowledge));
const syntheticKnowledge = createKnowledge([...knowledge.glossary, ...synthetic], knowledge.qa);
const large = searchFigures(
  `with ${SYNTHETIC} synthetic entries`,
  sourcesOf(syntheticKnowledge),
  syntheticKnowledge.glossary,
);
table(
  `search per keystroke (${keystrokes.length} keystrokes from the eval queries; goals: p99 under 1 ms bundled, under 10 ms at 100,000)`,
  [bundled, large].map((r) => ({
    data: r.label,
    'index build ms': fmt(r.buildMs, 1),
    'median ms': fmt(percentile(r.times, 0.5), 3),
    'p99 ms': fmt(percentile(r.times, 0.99), 3),
    'CPU median ms': fmt(percentile(r.cpuTimes, 0.5), 3),
    'CPU p99 ms': fmt(percentile(r.cpuTimes, 0.99), 3),
  })),
);

// The same keystrokes through MiniSearch and Fuse.js over the same documents.
function otherLibraries(sources: SearchSource[], withFuse: boolean) {
  const docs = sources.map((s, i) => ({ id: i, names: s.names, body: s.body }));
  let t0 = nowNs();
  const mini = new MiniSearch({
    fields: ['names', 'body'],
    searchOptions: { boost: { names: 4 }, prefix: true, fuzzy: 0.2 },
  });
  mini.addAll(docs);
  const miniBuild = Number(nowNs() - t0) / 1e6;
  // At 100,000 documents MiniSearch's fuzzy search takes long enough that a sample of keystrokes has to do.
  const sample = sources.length > 1000 ? keystrokes.filter((_, i) => i % 8 === 0) : keystrokes;
  const miniTimes = timeEach(sample, (q) => mini.search(q), 1).map((us) => us / 1000);
  let fuse: { build: number; times: number[] } | null = null;
  if (withFuse) {
    t0 = nowNs();
    const f = new Fuse(docs, {
      keys: [
        { name: 'names', weight: 4 },
        { name: 'body', weight: 1 },
      ],
      ignoreLocation: true,
      threshold: 0.3,
    });
    const build = Number(nowNs() - t0) / 1e6;
    fuse = {
      build,
      times: timeEach(keystrokes, (q) => f.search(q, { limit: 12 }), 1).map((us) => us / 1000),
    };
  }
  return { miniBuild, miniTimes, fuse };
}

for (const [r, sources, withFuse] of [
  [bundled, sourcesOf(knowledge), true],
  [large, sourcesOf(syntheticKnowledge), false],
] as const) {
  const o = otherLibraries(sources, withFuse);
  const ours = percentile(r.times, 0.5);
  const rows = [
    {
      library: 'ImmunoLens (FlexSearch + re-ranking)',
      'build ms': fmt(r.buildMs, 1),
      'median ms': fmt(ours, 3),
      'p99 ms': fmt(percentile(r.times, 0.99), 3),
      'median vs ours': '1.0×',
    },
    {
      library: 'MiniSearch (prefix + fuzzy)',
      'build ms': fmt(o.miniBuild, 1),
      'median ms': fmt(percentile(o.miniTimes, 0.5), 3),
      'p99 ms': fmt(percentile(o.miniTimes, 0.99), 3),
      'median vs ours': fmt(percentile(o.miniTimes, 0.5) / ours, 1) + '×',
    },
  ];
  if (o.fuse)
    rows.push({
      library: 'Fuse.js (fuzzy scan)',
      'build ms': fmt(o.fuse.build, 1),
      'median ms': fmt(percentile(o.fuse.times, 0.5), 3),
      'p99 ms': fmt(percentile(o.fuse.times, 0.99), 3),
      'median vs ours': fmt(percentile(o.fuse.times, 0.5) / ours, 1) + '×',
    });
  table(
    `same keystrokes through other libraries: ${r.label}${withFuse ? '' : ' (Fuse.js left out: a linear fuzzy scan of 100,000 documents per keystroke takes seconds)'}`,
    rows,
  );
}
