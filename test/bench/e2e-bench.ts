/**
 * `npm run bench:e2e`: what the extension costs a reader, measured in headless Debian Chromium on the built
 * extension (sizes from the production build `.output/chrome-mv3`; the browser runs the e2e build
 * `.output/chrome-mv3-e2e`, whose open shadow root lets the bench see the bubble paint):
 *
 * 1. the content script's size, minified and gzipped, and what makes it up (from a source-mapped build of the same
 *    sources into a temporary folder);
 * 2. its cost on page load over the 32 real pages: script time, task time and JS heap per page, with the extension
 *    against a second Chromium without it, in interleaved rounds;
 * 3. selection → bubble painted, with the service worker running and stopped;
 * 4. the study list at 10,000 saved entries: the list view opening and each filter keystroke, against an empty
 *    list (test/bench/study-bench.ts);
 * 5. the lens (#16) on the 32 real pages, on against off in the same browser: main-thread time added per load,
 *    long tasks, retained heap, marks, and DOM nodes added inside the body (must be 0);
 * 6. the network requests the extension made during the whole run (must be none);
 * 7. a generated 100,000-entry glossary pack imported on the options page: time, progress stages, the worker's heap,
 *    the first lookup and search after a worker restart (test/bench/pack-import-bench.ts).
 *
 * Options: `--rounds N` (page-load rounds, default 3), `--samples N` (latency samples per case, default 40),
 * `--only size,load,latency,study,lens,import` (some parts only).
 */
/// <reference types="chrome" />
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { SELECTION_DEBOUNCE_MS } from '../../utils/limits';
import { fromExtensionScript, launchChromiumDriver } from '../e2e/harness/chromium-driver';
import { CHROME_PRODUCTION_BUILD, CHROMIUM_PATH, launchChromiumContext } from '../e2e/harness/chromium';
import { BUBBLE_TAG, dragSelect, sleep, type PageDriver } from '../e2e/harness/driver';
import { SHARED_PAGES_DIR, startServer } from '../e2e/harness/server';
import { fmt, percentile, table } from './stats';
import { studyReport } from './study-bench';
import { packImportReport } from './pack-import-bench';
import { mainThreadWork, recordTrace, type MainThreadWork, type SliceWork } from './lens-trace';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const THIS_FILE = fileURLToPath(import.meta.url);
/** Other builds of this repository (helpers, tests) take the same lock: `.wxt/` is shared. */
const BUILD_LOCK = '/tmp/immunolens-build.lock';
const CONTENT_SCRIPT = join(CHROME_PRODUCTION_BUILD, 'content-scripts/content.js');
/** Keep in step with scripts/size.ts, which enforces it in npm test. */
const CONTENT_SCRIPT_BUDGET = 5 * 1024;
/**
 * Loaded on a frame's first selection, on its first selection with something to show, in a top frame where the
 * lens is on, when the side panel asks, and on a first touch (modules/lazy-content.ts).
 */
const LAZY_MODULES = ['explainer.js', 'bubble.js', 'lens.js', 'page-terms.js', 'touch.js'].map((name) =>
  join(CHROME_PRODUCTION_BUILD, 'content-scripts', name),
);

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
const ROUNDS = option('--rounds', 3);
/** `--only size,load,latency` runs some parts; the network count always comes last. */
const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]!.split(',')
  : null;
const runs = (part: 'size' | 'load' | 'latency' | 'study' | 'lens' | 'import') =>
  !only || only.includes(part);
const SAMPLES = option('--samples', 40);
/** After `load`: the content script runs at document_idle, at the latest just after `load`. */
const SETTLE_MS = 250;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pct = (ratio: number) =>
  Number.isFinite(ratio) ? `${ratio >= 1 ? '+' : ''}${fmt((ratio - 1) * 100, 1)} %` : ratio > 0 ? '+∞' : '–';
const median = (values: readonly number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

// ---- The child process that builds the content script with a source map -----------------------------------

if (process.argv[2] === '--attribution-build') {
  const { build } = await import('wxt');
  await build({
    root: ROOT,
    outDir: process.argv[3]!,
    filterEntrypoints: ['content'],
    // Hidden: no comment is appended, so the script is byte for byte the production one.
    vite: () => ({ build: { sourcemap: 'hidden' } }),
  });
  process.exit(0);
}

const started = Date.now();
const load = () =>
  loadavg()
    .map((n) => fmt(n, 1))
    .join(' ');
console.log(
  `ImmunoLens end-to-end benchmarks: ${CHROMIUM_PATH}, headless, Node ${process.version}, ` +
    `${availableParallelism()} cores, load average ${load()}`,
);

// ---- 1. Size ------------------------------------------------------------------------------------------------

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes a source map's mappings: per generated line, [column, source index or -1] in column order. */
function decodeMappings(mappings: string): [number, number][][] {
  const lines: [number, number][][] = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments: [number, number][] = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0]!;
      if (fields.length >= 4) source += fields[1]!;
      segments.push([column, fields.length >= 4 ? source : -1]);
    }
    lines.push(segments);
  }
  return lines;
}

function groupOf(source: string): string {
  if (source.includes('/node_modules/preact/')) return 'preact (+ jsx-runtime)';
  if (source.includes('/node_modules/@floating-ui/')) return '@floating-ui (dom + core + utils)';
  if (/\/node_modules\/wxt\/dist\/utils\/(content-script-context|internal\/)/.test(source))
    return "WXT's ContentScriptContext (+ location watcher, logger)";
  if (source.includes('/node_modules/wxt/') || source.includes('/node_modules/@wxt-dev/'))
    return "WXT's browser shim and defineContentScript";
  if (source.includes('/entrypoints/content/')) return 'ours: entrypoints/content';
  if (source.includes('/components/')) return 'ours: components (Bubble, TermSummary)';
  if (source.includes('/utils/')) return 'ours: utils (messages, settings, selection rules)';
  return `other: ${source}`;
}

function sizeReport(): void {
  const shipped = readFileSync(CONTENT_SCRIPT);
  const min = shipped.length;
  const gzip = gzipSync(shipped, { level: 9 }).length;
  table(
    `content script size (.output/chrome-mv3/content-scripts/content.js; budget ${kb(CONTENT_SCRIPT_BUDGET)} minified)`,
    [
      {
        minified: `${kb(min)} (${min} B)`,
        gzipped: `${kb(gzip)} (${gzip} B)`,
        budget: kb(CONTENT_SCRIPT_BUDGET),
        headroom: `${min <= CONTENT_SCRIPT_BUDGET ? '' : 'OVER BY '}${kb(Math.abs(CONTENT_SCRIPT_BUDGET - min))}`,
      },
    ],
  );
  table(
    'the lazily loaded modules (not parsed until a selection needs them)',
    LAZY_MODULES.map((file) => {
      const bytes = readFileSync(file);
      return {
        module: file.slice(CHROME_PRODUCTION_BUILD.length + 1),
        minified: kb(bytes.length),
        gzipped: kb(gzipSync(bytes, { level: 9 }).length),
      };
    }),
  );

  // What makes it up: the same sources built again with a source map, each output character charged to the
  // source its mapping names (as source-map-explorer does).
  const out = mkdtempSync(join(tmpdir(), 'immunolens-size-'));
  try {
    const child = spawnSync(
      'flock',
      [BUILD_LOCK, process.execPath, '--import', 'tsx', THIS_FILE, '--attribution-build', out],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (child.status !== 0) {
      console.log(`(no breakdown: the source-mapped build failed)\n${child.stdout}\n${child.stderr}`);
      return;
    }
    const script = readFileSync(join(out, 'chrome-mv3/content-scripts/content.js'), 'utf8');
    const map = JSON.parse(readFileSync(join(out, 'chrome-mv3/content-scripts/content.js.map'), 'utf8')) as {
      sources: string[];
      mappings: string;
    };
    const same = Buffer.from(script).equals(shipped);
    const owners: string[] = new Array<string>(script.length).fill('unmapped (IIFE wrapper, glue)');
    const lines = script.split('\n');
    let offset = 0;
    decodeMappings(map.mappings).forEach((segments, index) => {
      const line = lines[index] ?? '';
      segments.forEach(([column, source], i) => {
        const end = segments[i + 1]?.[0] ?? line.length;
        const owner = source >= 0 ? map.sources[source]! : 'unmapped (IIFE wrapper, glue)';
        for (let c = column; c < end; c++) owners[offset + c] = owner;
      });
      offset += line.length + 1;
    });
    // Bubble.css?inline becomes one string literal; its mapping points at whatever statement holds it.
    const css = /`[^`]*:host\{[^`]*`/.exec(script);
    if (css)
      for (let c = css.index; c < css.index + css[0].length; c++)
        owners[c] = 'CSS: Bubble.css (inlined string)';

    const files = new Map<string, string[]>();
    owners.forEach((owner, c) => {
      const chars = files.get(owner) ?? [];
      chars.push(script[c]!);
      files.set(owner, chars);
    });
    const text = new Map([...files].map(([file, chars]) => [file, chars.join('')]));
    const bytes = (s: string) => Buffer.byteLength(s);
    const total = bytes(script);
    const groups = new Map<string, string>();
    for (const [file, code] of text) {
      const group = file.startsWith('CSS') || file.startsWith('unmapped') ? file : groupOf(file);
      groups.set(group, (groups.get(group) ?? '') + code);
    }
    const rows = [...groups]
      .map(([group, code]) => ({
        part: group,
        bytes: bytes(code),
        gzipAlone: gzipSync(code, { level: 9 }).length,
      }))
      .sort((a, b) => b.bytes - a.bytes);
    table(
      `what the content script is made of (source-mapped rebuild: ${kb(total)}${same ? ', identical to .output' : `; .output is ${kb(min)}: sources changed between builds`}; "gzip alone" compresses the part by itself)`,
      rows.map((r) => ({
        part: r.part,
        minified: kb(r.bytes),
        share: `${fmt((100 * r.bytes) / total, 1)} %`,
        'gzip alone': kb(r.gzipAlone),
      })),
    );
    const top = [...text]
      .map(([file, code]) => ({
        file: file.replace(/^(\.\.\/)+work\/main\//, '').replace(/^.*\/node_modules\//, ''),
        b: bytes(code),
      }))
      .sort((a, b) => b.b - a.b)
      .slice(0, 12);
    table(
      'largest single sources (minified bytes in content.js)',
      top.map((t) => ({ source: t.file, minified: kb(t.b), share: `${fmt((100 * t.b) / total, 1)} %` })),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (runs('size')) sizeReport();

// ---- Browsers -----------------------------------------------------------------------------------------------

const server = await startServer();
const driver = await launchChromiumDriver();

/** The harness's Chromium (same flags, same request filter) with another extension or none. */
async function launchOtherChromium(
  extension: string | null,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'immunolens-bench-'));
  const context = await launchChromiumContext(userDataDir, extension);
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A baseline extension whose content script is empty but injected like ours (all frames, about:blank, at
 * document_idle): what any content script costs, whatever it holds.
 */
function emptyContentScriptExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'immunolens-empty-ext-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty content script',
      version: '1.0',
      content_scripts: [
        {
          matches: ['<all_urls>'],
          js: ['content.js'],
          all_frames: true,
          match_about_blank: true,
          run_at: 'document_idle',
        },
      ],
    }),
  );
  writeFileSync(join(dir, 'content.js'), 'void 0;\n');
  return dir;
}
const emptyExtensionDir = emptyContentScriptExtension();
const plain = await launchOtherChromium(null);
const empty = await launchOtherChromium(emptyExtensionDir);

/** Content-script requests seen on ImmunoLens's page-load tabs, which the driver does not watch. */
const loadPhaseExtensionRequests: string[] = [];

// ---- 2. Page load -------------------------------------------------------------------------------------------

interface LoadMetrics {
  script: number;
  task: number;
  heap: number;
  heapAfterGc: number;
  /** Content-script worlds created during the load: one per frame the script ran in. */
  worlds: number;
}

async function measureLoad(context: BrowserContext, url: string, ours: boolean): Promise<LoadMetrics> {
  const page = await context.newPage();
  try {
    const cdp: CDPSession = await context.newCDPSession(page);
    let worlds = 0;
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
      if (c.origin.startsWith('chrome-extension://') && c.auxData?.type === 'isolated') worlds++;
    });
    cdp.on('Network.requestWillBeSent', (event) => {
      if (ours && fromExtensionScript(event.initiator) && !event.request.url.startsWith('chrome-extension:'))
        loadPhaseExtensionRequests.push(event.request.url);
    });
    // The performance agent counts script and task time from `enable` on: enable it before navigating.
    await cdp.send('Performance.enable');
    await cdp.send('Runtime.enable');
    await cdp.send('Network.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await sleep(SETTLE_MS);
    const read = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const metrics = await read();
    await cdp.send('HeapProfiler.collectGarbage');
    const afterGc = await read();
    return {
      script: metrics.ScriptDuration! * 1000,
      task: metrics.TaskDuration! * 1000,
      heap: metrics.JSHeapUsedSize!,
      heapAfterGc: afterGc.JSHeapUsedSize!,
      worlds,
    };
  } finally {
    await page.close();
  }
}

type Side = 'with' | 'without' | 'empty';
type Key = 'script' | 'task' | 'heap' | 'heapAfterGc';
type Loads = { page: string; round: number } & Record<Side, LoadMetrics>;

async function loadReport(): Promise<void> {
  const pages = readdirSync(SHARED_PAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const url = (page: string) => `${server.origin}/pages/${page}`;
  const browsers: { side: Side; context: BrowserContext }[] = [
    { side: 'with', context: driver.chromium.context },
    { side: 'without', context: plain.context },
    { side: 'empty', context: empty.context },
  ];
  // One load each first: each browser's first navigation does work of its own.
  for (const b of browsers) await measureLoad(b.context, url(pages[0]!), b.side === 'with');

  const loads: Loads[] = [];
  const t0 = Date.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, page] of pages.entries()) {
      // Rotate which browser goes first, so that none always loads right after another.
      const entry = { page, round } as Loads;
      for (let k = 0; k < browsers.length; k++) {
        const b = browsers[(round + index + k) % browsers.length]!;
        entry[b.side] = await measureLoad(b.context, url(page), b.side === 'with');
      }
      loads.push(entry);
    }
  }
  const seconds = (Date.now() - t0) / 1000;
  const rounds = [...Array(ROUNDS).keys()];
  const byRound = (round: number) => loads.filter((l) => l.round === round);
  const ratios = (list: Loads[], key: Key, a: Side, b: Side) => list.map((l) => l[a][key] / l[b][key]);
  const totalRatio = (list: Loads[], key: Key, a: Side, b: Side) =>
    sum(list.map((l) => l[a][key])) / sum(list.map((l) => l[b][key]));
  const metrics: { key: Key; name: string; unit: (n: number) => string }[] = [
    { key: 'script', name: 'ScriptDuration', unit: (n) => `${fmt(n, 2)} ms` },
    { key: 'task', name: 'TaskDuration', unit: (n) => `${fmt(n, 1)} ms` },
    { key: 'heap', name: 'JSHeapUsedSize', unit: (n) => kb(n) },
    { key: 'heapAfterGc', name: 'JSHeapUsedSize after a forced GC', unit: (n) => kb(n) },
  ];
  const worlds = loads.map((l) => l.with.worlds).sort((a, b) => a - b);
  const missing = loads.filter((l) => l.with.worlds === 0 || l.empty.worlds === 0).length;

  table(
    `page load, with vs without ImmunoLens: ${pages.length} real pages × ${ROUNDS} rounds, ${loads.length * 3} loads ` +
      `in ${fmt(seconds, 0)} s, metrics read ${SETTLE_MS} ms after load (goal: under 2 %)`,
    metrics.map(({ key, name }) => {
      const all = ratios(loads, key, 'with', 'without').sort((a, b) => a - b);
      const scripted = loads.filter((l) => l.without.script >= 5);
      return {
        metric: name,
        'median of per-page ratios': pct(median(all)),
        'p25 … p75': `${pct(percentile(all, 0.25))} … ${pct(percentile(all, 0.75))}`,
        'per round': rounds.map((r) => pct(median(ratios(byRound(r), key, 'with', 'without')))).join(', '),
        'total ratio': pct(totalRatio(loads, key, 'with', 'without')),
        'total, per round': rounds.map((r) => pct(totalRatio(byRound(r), key, 'with', 'without'))).join(', '),
        [`median ratio, pages with ≥ 5 ms own script (${new Set(scripted.map((l) => l.page)).size})`]: pct(
          median(ratios(scripted, key, 'with', 'without')),
        ),
      };
    }),
  );
  table(
    'the same in absolute terms, and against the noise (medians over pages and rounds)',
    metrics.map(({ key, name, unit }) => {
      const noise = rounds
        .slice(1)
        .map((r) => pct(median(byRound(r).map((l, i) => l.without[key] / byRound(r - 1)[i]!.without[key]))));
      return {
        metric: name,
        without: unit(median(loads.map((l) => l.without[key]))),
        'empty content script': unit(median(loads.map((l) => l.empty[key]))),
        ImmunoLens: unit(median(loads.map((l) => l.with[key]))),
        'ImmunoLens − without': unit(median(loads.map((l) => l.with[key] - l.without[key]))),
        'ImmunoLens − empty script': unit(median(loads.map((l) => l.with[key] - l.empty[key]))),
        'noise: without, round vs previous round': noise.join(', ') || '(one round)',
      };
    }),
  );
  const perWorld = (a: Side, b: Side) =>
    median(loads.map((l) => (l[a].heapAfterGc - l[b].heapAfterGc) / Math.max(1, l.with.worlds)));
  console.log(
    `content-script worlds per load (frames it ran in): median ${percentile(worlds, 0.5)}, max ${worlds[worlds.length - 1]}` +
      `${missing ? `; ${missing} loads without any content script world!` : ''}; retained heap per world: ` +
      `${kb(perWorld('with', 'without'))} vs no extension, of which ${kb(perWorld('with', 'empty'))} beyond an empty content script`,
  );

  const perPage = pages.map((page) => {
    const mine = loads.filter((l) => l.page === page);
    const m = (side: Side, key: Key) => median(mine.map((l) => l[side][key]));
    const three = (key: Key, scale = 1, digits = 1) =>
      (['without', 'empty', 'with'] as const).map((s) => fmt(m(s, key) / scale, digits)).join(' / ');
    return {
      page,
      worlds: median(mine.map((l) => l.with.worlds)),
      'script ms (none / empty / ours)': three('script', 1, 2),
      'task ms (none / empty / ours)': three('task'),
      'heap after GC KB (none / empty / ours)': three('heapAfterGc', 1024, 0),
    };
  });
  table('per page, medians over rounds', perPage);
}

if (runs('load')) await loadReport();

// ---- 3. Selection → bubble painted --------------------------------------------------------------------------

interface Sample {
  /** performance.now() in a capture listener on window, before the content script's own listener. */
  up: number;
  /** When the MutationObserver saw the bubble's host appended. */
  inserted: number;
  /** Two animation frames later: the frame with the bubble has been produced. */
  painted: number;
  headings: number;
  placed: boolean;
  visible: boolean;
  timeOrigin: number;
}
type Armed = { __immunolensBench?: Promise<Sample | null> };

/** Sets up the page's watch for the next selection's bubble. */
function arm(page: PageDriver): Promise<void> {
  return page.evaluate((tag) => {
    let up: number | null = null;
    addEventListener(
      'mouseup',
      () => {
        up = performance.now();
      },
      { capture: true, once: true },
    );
    (window as Armed).__immunolensBench = new Promise<Sample | null>((resolve) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        resolve(null);
      }, 5_000);
      const observer = new MutationObserver((records) => {
        const host = records
          .flatMap((r) => [...r.addedNodes])
          // `tag` is the harness's selector for the host ('html > div'), not a tag name.
          .find((n): n is HTMLElement => n instanceof HTMLElement && n.matches(tag));
        if (!host || up === null) return;
        const inserted = performance.now();
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const root = host.shadowRoot;
            const floating = root?.querySelector<HTMLElement>('.floating');
            resolve({
              up: up!,
              inserted,
              painted: performance.now(),
              headings: root?.querySelectorAll('.bubble h2').length ?? 0,
              placed: !!floating && floating.style.top !== '',
              visible: document.visibilityState === 'visible',
              timeOrigin: performance.timeOrigin,
            });
          }),
        );
      });
      observer.observe(document.documentElement, { childList: true });
    });
  }, BUBBLE_TAG);
}

const TERMS = ['#il12', '#ifng', '#cytokines'];

async function oneLookup(page: PageDriver, selector: string): Promise<Sample> {
  await arm(page);
  await dragSelect(page, selector);
  const sample = await page.evaluate(() => (window as Armed).__immunolensBench!, null);
  if (!sample) {
    const state = await page.evaluate(
      (tag) => ({ selection: document.getSelection()?.toString(), host: !!document.querySelector(tag) }),
      BUBBLE_TAG,
    );
    throw new Error(`no bubble for ${selector} within 5 s: ${JSON.stringify(state)}`);
  }
  // Close it: a press outside the bubble closes it and collapses the selection.
  await page.mouse.click(8, 8);
  const deadline = Date.now() + 2_000;
  while (await page.evaluate((tag) => document.querySelector(tag) !== null, BUBBLE_TAG)) {
    if (Date.now() > deadline) throw new Error('the bubble did not close');
    await sleep(10);
  }
  return sample;
}

async function latencyReport(): Promise<void> {
  const page = await driver.newPage();
  const articleUrl = `${server.origin}/article.html`;
  await page.goto(articleUrl);
  // The harness's stopBackground watches the worker from a spare tab, opened at its first call, which comes to
  // the front; in the hidden tab left behind, lookups stall. Bring the measured page back after each stop.
  const raw = driver.chromium.context.pages().find((p) => p.url() === articleUrl)!;
  // Our own view of the worker's status, to tell a warm sample from a cold one and to time the start.
  const watch = await driver.chromium.context.newCDPSession(raw);
  let status = 'unknown';
  let startedAt = NaN;
  let runningAt = NaN;
  watch.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const mine = versions.filter((v) =>
      v.scriptURL.startsWith(`chrome-extension://${driver.chromium.extensionId}/`),
    );
    if (mine.length === 0) return;
    const next = mine.some((v) => v.runningStatus === 'running')
      ? 'running'
      : mine.some((v) => v.runningStatus === 'starting')
        ? 'starting'
        : mine[0]!.runningStatus;
    if (next === 'starting' && status !== 'starting') startedAt = Date.now();
    if (next === 'running' && status !== 'running') runningAt = Date.now();
    status = next;
  });
  await watch.send('ServiceWorker.enable');
  const lookup = async (selector: string) => {
    const before = status;
    startedAt = runningAt = NaN;
    const sample = await oneLookup(page, selector);
    // Node's clock and the page's share the epoch: timeOrigin + up is the mouseup in Date.now() terms.
    const upEpoch = sample.timeOrigin + sample.up + SELECTION_DEBOUNCE_MS;
    return { ...sample, before, starting: startedAt - upEpoch, running: runningAt - upEpoch };
  };
  // tsx compiles with keepNames, which wraps the harness's named page functions in a `__name` helper that only
  // exists in Node; vitest does not. Give the page a stand-in.
  const standIn = () =>
    page.evaluate(() => {
      (globalThis as { __name?: unknown }).__name = (f: unknown) => f;
    }, null);
  await standIn();
  // Warm-up: the first lookup reads the settings and may start the worker and build its indexes.
  await lookup(TERMS[0]!);
  await lookup(TERMS[1]!);

  type Timed = Awaited<ReturnType<typeof lookup>>;
  const warm: Timed[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    warm.push(await lookup(TERMS[i % TERMS.length]!));
    await sleep(30 + (i % 5) * 7);
  }
  // The first bubble on a freshly loaded page, worker running: the explainer and bubble modules load as part of it.
  const first: Timed[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    await page.goto(articleUrl);
    await standIn();
    await sleep(SETTLE_MS);
    first.push(await lookup(TERMS[i % TERMS.length]!));
  }
  const cold: Timed[] = [];
  let stops = 0;
  for (let i = 0; i < SAMPLES; i++) {
    // Resolves only once DevTools reports the worker stopped; it throws otherwise.
    await driver.stopBackground();
    stops++;
    await raw.bringToFront();
    await sleep(50);
    cold.push(await lookup(TERMS[i % TERMS.length]!));
  }
  await page.close();

  // When DevTools reported the worker starting and running, from the end of the debounce ('–': it already ran).
  const at = (values: number[]) => fmt(median(values.filter(Number.isFinite)), 1);
  const medianStart = (samples: Timed[]) => at(samples.map((s) => s.starting));
  const medianRunning = (samples: Timed[]) => at(samples.map((s) => s.running));
  const row = (name: string, samples: Timed[]) => {
    const raw = samples.map((s) => s.painted - s.up).sort((a, b) => a - b);
    const net = raw.map((t) => t - SELECTION_DEBOUNCE_MS);
    const inserted = samples.map((s) => s.inserted - s.up - SELECTION_DEBOUNCE_MS).sort((a, b) => a - b);
    return {
      case: name,
      samples: samples.length,
      'raw median': fmt(percentile(raw, 0.5), 1),
      'raw p95': fmt(percentile(raw, 0.95), 1),
      '−debounce median': fmt(percentile(net, 0.5), 1),
      '−debounce p95': fmt(percentile(net, 0.95), 1),
      '−debounce max': fmt(net[net.length - 1]!, 1),
      'host inserted −debounce, median': fmt(percentile(inserted, 0.5), 1),
      'worker status before': [...new Set(samples.map((s) => s.before))].join(', '),
      'worker starting / running at −debounce, median': [medianStart(samples), medianRunning(samples)].join(
        ' / ',
      ),
      'ok (headings, placed, page visible)': `${samples.filter((s) => s.headings > 0 && s.placed && s.visible).length}/${samples.length}`,
    };
  };
  table(
    `selection → bubble painted, ms from mouseup (debounce ${SELECTION_DEBOUNCE_MS} ms; painted = 2 animation frames after the host appears); ` +
      `goals: p95 ≤ 80 first on a page, ≤ 50 later, ≤ 250 stopped worker (stops confirmed: ${stops}/${SAMPLES})`,
    [
      row('first bubble on a freshly loaded page (worker running)', first),
      row('warm (service worker running)', warm),
      row('service worker stopped before each', cold),
    ],
  );
}

if (runs('latency')) await latencyReport();

// ---- 4. The lens --------------------------------------------------------------------------------------------

/** After `load`, how long both sides wait before reading: the lens's scan (idle slices) is long done by then. */
const LENS_SETTLE_MS = 1500;

interface LensLoad {
  task: number;
  script: number;
  heapAfterGc: number;
  /** Long tasks (≥ 50 ms, the Long Tasks API's threshold) from navigation to reading, and the longest. */
  longTasks: number;
  longest: number;
  marks: number;
  /** Element and text nodes inside <body>. */
  bodyNodes: number;
  /** The lens's own timing of its tasks (idle slices, reply marking, change records), from its isolated world. */
  lens: {
    tasks: number;
    busyMs: number;
    longestMs: number;
    slices: number;
    longestSliceMs: number;
    /** The first slice (it finds the viewport's text: a caret look-up, which lays the page out if it is not). */
    firstSliceMs: number;
    /** Slices longer than 5 ms (the goal), by the lens's own (wall) clock. */
    slicesOver: number;
  } | null;
}

async function measureLensLoad(url: string): Promise<LensLoad> {
  const context = driver.chromium.context;
  const page = await context.newPage();
  try {
    // Buffered long tasks from the start of the document, read at the end.
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp: CDPSession = await context.newCDPSession(page);
    const isolated: { id: number; frameId: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
      if (c.origin.startsWith('chrome-extension://') && c.auxData?.type === 'isolated')
        isolated.push({ id: c.id, frameId: c.auxData.frameId as string });
    });
    await cdp.send('Performance.enable');
    await cdp.send('Runtime.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await sleep(LENS_SETTLE_MS);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const top = isolated.filter((c) => c.frameId === frameTree.frame.id).pop();
    const lens = top
      ? ((
          await cdp.send('Runtime.evaluate', {
            contextId: top.id,
            expression: 'globalThis.immunolensLensStats ?? null',
            returnByValue: true,
          })
        ).result.value as LensLoad['lens'])
      : null;
    const read = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const metrics = await read();
    const inPage = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      let bodyNodes = 0;
      while (walker.nextNode()) bodyNodes++;
      const longTasks = (window as unknown as { __longTasks: number[] }).__longTasks;
      return {
        marks: CSS.highlights?.get('immunolens-term')?.size ?? 0,
        bodyNodes,
        longTasks: longTasks.length,
        longest: Math.max(0, ...longTasks),
      };
    });
    await cdp.send('HeapProfiler.collectGarbage');
    const afterGc = await read();
    return {
      task: metrics.TaskDuration! * 1000,
      script: metrics.ScriptDuration! * 1000,
      heapAfterGc: afterGc.JSHeapUsedSize!,
      ...inPage,
      lens,
    };
  } finally {
    await page.close();
  }
}

/**
 * One more load of `url` with a Chromium trace recorded (lens-trace.ts), read as the untraced loads are: the lens's
 * idle slices taken apart into its own script and the browser's work, and the page's longest tasks after it started.
 */
async function traceLensLoad(url: string, fromUs?: number): Promise<MainThreadWork> {
  const context = driver.chromium.context;
  const page = await context.newPage();
  try {
    const cdp: CDPSession = await context.newCDPSession(page);
    const events = await recordTrace(cdp, async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      await sleep(LENS_SETTLE_MS);
    });
    return mainThreadWork(events, 'lens.js', fromUs);
  } finally {
    await page.close();
  }
}

/** `--pages a.html,b.html`: the lens part on some pages only (to look into one). */
const lensPages = process.argv.includes('--pages')
  ? process.argv[process.argv.indexOf('--pages') + 1]!.split(',')
  : null;

async function lensReport(): Promise<void> {
  const pages = readdirSync(SHARED_PAGES_DIR)
    .filter((f) => f.endsWith('.html') && (!lensPages || lensPages.includes(f)))
    .sort();
  const url = (page: string) => `${server.origin}/pages/${page}`;
  const set = (on: boolean) => driver.setSettings(on ? { highlightTerms: true } : null);
  await set(true);
  await measureLensLoad(url(pages[0]!));
  const loads: { page: string; on: LensLoad; off: LensLoad }[] = [];
  const t0 = Date.now();
  for (let round = 0; round < ROUNDS; round++)
    for (const [index, page] of pages.entries()) {
      const entry = { page } as { page: string; on: LensLoad; off: LensLoad };
      // Alternate which side loads first.
      for (const on of (round + index) % 2 === 0 ? [true, false] : [false, true]) {
        await set(on);
        entry[on ? 'on' : 'off'] = await measureLensLoad(url(page));
      }
      loads.push(entry);
    }
  // The traced loads, after the others: tracing costs the page time of its own, which the figures above leave out.
  const traces: { page: string; on: MainThreadWork; off: MainThreadWork }[] = [];
  if (!process.argv.includes('--no-trace'))
    for (const page of pages) {
      await set(true);
      const on = await traceLensLoad(url(page));
      await set(false);
      traces.push({ page, on, off: await traceLensLoad(url(page), on.fromUs) });
    }
  await set(false);
  const seconds = (Date.now() - t0) / 1000;
  const perPage = pages.map((page) => {
    const mine = loads.filter((l) => l.page === page);
    const m = (f: (l: (typeof mine)[number]) => number) => median(mine.map(f));
    return {
      page,
      'task ms added': m((l) => l.on.task - l.off.task),
      'script ms added': m((l) => l.on.script - l.off.script),
      'longest task ms (off / on)': `${fmt(
        m((l) => l.off.longest),
        0,
      )} / ${fmt(
        m((l) => l.on.longest),
        0,
      )}`,
      'long tasks added': m((l) => l.on.longTasks - l.off.longTasks),
      'heap KB added': m((l) => (l.on.heapAfterGc - l.off.heapAfterGc) / 1024),
      marks: m((l) => l.on.marks),
      'body nodes added': Math.max(...mine.map((l) => l.on.bodyNodes - l.off.bodyNodes)),
      'lens own ms': m((l) => l.on.lens?.busyMs ?? NaN),
      'lens longest task ms': Math.max(...mine.map((l) => l.on.lens?.longestMs ?? NaN)),
      'lens longest slice ms': Math.max(...mine.map((l) => l.on.lens?.longestSliceMs ?? NaN)),
      'lens slices': m((l) => l.on.lens?.slices ?? NaN),
      'lens first slice ms': m((l) => l.on.lens?.firstSliceMs ?? NaN),
      'lens slices > 5 ms': m((l) => l.on.lens?.slicesOver ?? NaN),
      'lens tasks': m((l) => l.on.lens?.tasks ?? NaN),
    };
  });
  const col = (key: keyof (typeof perPage)[number]) =>
    perPage.map((p) => p[key] as number).sort((a, b) => a - b);
  const worst = (values: number[]) => values[values.length - 1]!;
  table(
    `the lens on vs off, same browser: ${pages.length} real pages × ${ROUNDS} rounds in ${fmt(seconds, 0)} s, ` +
      `read ${LENS_SETTLE_MS} ms after load (medians over rounds per page; then median and worst over pages)`,
    [
      {
        'main-thread task time added': `median ${fmt(median(col('task ms added')), 1)} ms, worst ${fmt(worst(col('task ms added')), 1)} ms`,
        'script time added': `median ${fmt(median(col('script ms added')), 1)} ms, worst ${fmt(worst(col('script ms added')), 1)} ms`,
        'long tasks (≥ 50 ms) added': `median ${fmt(median(col('long tasks added')), 1)}, worst ${fmt(worst(col('long tasks added')), 1)}`,
        'retained heap added': `median ${fmt(median(col('heap KB added')), 0)} KB, worst ${fmt(worst(col('heap KB added')), 0)} KB`,
        marks: `median ${fmt(median(col('marks')), 0)}, max ${fmt(worst(col('marks')), 0)}`,
        'body nodes added (goal 0)': worst(col('body nodes added')),
        "lens's own main-thread time": `median ${fmt(median(col('lens own ms')), 1)} ms, worst ${fmt(worst(col('lens own ms')), 1)} ms`,
        "lens's longest task (goal ≤ 50 ms)": `median ${fmt(median(col('lens longest task ms')), 1)} ms, worst ${fmt(worst(col('lens longest task ms')), 1)} ms`,
        "lens's longest idle slice (goal ≤ 5 ms)": `median ${fmt(median(col('lens longest slice ms')), 1)} ms, worst ${fmt(worst(col('lens longest slice ms')), 1)} ms`,
        'its first slice': `median ${fmt(median(col('lens first slice ms')), 1)} ms, worst ${fmt(worst(col('lens first slice ms')), 1)} ms`,
        'slices over 5 ms': `${sum(col('lens slices > 5 ms'))} of ${sum(col('lens slices'))}`,
      },
    ],
  );
  const longestOn = Math.max(...loads.map((l) => l.on.longest));
  const longestOff = Math.max(...loads.map((l) => l.off.longest));
  console.log(
    `longest task over all loads: lens off ${fmt(longestOff, 0)} ms, lens on ${fmt(longestOn, 0)} ms ` +
      `(0 = none of 50 ms or more); pages where the lens added a long task: ` +
      `${
        perPage
          .filter((p) => p['long tasks added'] > 0)
          .map((p) => p.page)
          .join(', ') || 'none'
      }`,
  );
  table(
    'the lens per page',
    perPage.map((p) => ({
      ...p,
      'task ms added': fmt(p['task ms added'], 1),
      'script ms added': fmt(p['script ms added'], 1),
      'heap KB added': fmt(p['heap KB added'], 0),
      'lens own ms': fmt(p['lens own ms'], 1),
      'lens longest task ms': fmt(p['lens longest task ms'], 1),
      'lens longest slice ms': fmt(p['lens longest slice ms'], 1),
      'lens first slice ms': fmt(p['lens first slice ms'], 1),
    })),
  );
  if (traces.length > 0) traceReport(traces);
  if (worst(col('body nodes added')) !== 0) process.exitCode = 1;
}

/** The traced loads' figures: per slice, wall against CPU time, and what of the CPU time was the browser's. */
function traceReport(traces: { page: string; on: MainThreadWork; off: MainThreadWork }[]): void {
  const slices = traces.flatMap((t) => t.on.slices);
  const sorted = (f: (s: SliceWork) => number) => slices.map(f).sort((a, b) => a - b);
  const summary = (f: (s: SliceWork) => number, digits = 2) => {
    const v = sorted(f);
    return `median ${fmt(median(v), digits)}, worst ${fmt(v[v.length - 1] ?? NaN, digits)}, over 5 ms: ${v.filter((x) => x > 5).length}`;
  };
  const total = (f: (s: SliceWork) => number) => fmt(sum(slices.map(f)), 1);
  const largest = slices
    .map((s) => s.largestOp)
    .filter((op) => op !== null)
    .sort((a, b) => b.ms - a.ms)[0];
  table(
    `the lens's idle slices in a Chromium trace: ${slices.length} slices on ${traces.length} pages, one traced load each ` +
      `(wall time counts the time the OS gave the core to other processes; CPU time is the main thread's work)`,
    [
      {
        'wall ms': summary((s) => s.wallMs),
        'CPU ms (goal ≤ 5)': summary((s) => s.cpuMs),
        // A thread clock that jumps past the wall time would put work of before the slice into it (lens-trace.ts).
        'slices whose thread clock ran ahead of wall time (CPU counted as wall)': (() => {
          const ahead = sorted((s) => s.clockAheadMs).filter((v) => v > 0);
          return `${ahead.length}${ahead.length > 0 ? `, by up to ${fmt(ahead[ahead.length - 1]!, 2)} ms` : ''}`;
        })(),
        'lens script CPU ms': summary((s) => s.scriptMs),
        'browser work inside slices, ms in all: style / layout / hit test / GC': `${total((s) => s.styleMs)} / ${total((s) => s.layoutMs)} / ${total((s) => s.hitTestMs)} / ${total((s) => s.gcMs)}`,
        'largest single browser operation in a slice': largest
          ? `${largest.name} ${fmt(largest.ms, 2)} ms`
          : 'none',
        "lens's tasks, CPU ms per page (slices, replies, changes)": (() => {
          const all = traces.map((t) => t.on.lensTaskMs).sort((a, b) => a - b);
          return `median ${fmt(median(all), 1)}, worst ${fmt(all[all.length - 1] ?? NaN, 1)}, all pages ${fmt(sum(all), 1)}`;
        })(),
      },
    ],
  );
  const pageFigure = (f: (w: MainThreadWork) => number) => {
    const off = traces.map((t) => f(t.off)).sort((a, b) => a - b);
    const on = traces.map((t) => f(t.on)).sort((a, b) => a - b);
    return `off median ${fmt(median(off), 1)}, worst ${fmt(off[off.length - 1]!, 1)}; on median ${fmt(median(on), 1)}, worst ${fmt(on[on.length - 1]!, 1)}`;
  };
  table(
    'outside the lens, from its first slice on (same span with the lens off): CPU ms of the longest task',
    [
      {
        'drawing the page (style, layout, paint)': pageFigure((w) => w.longestRenderingMs),
        "any of the page's own tasks": pageFigure((w) => w.longestPageTaskMs),
      },
    ],
  );
  table(
    'the lens per page, traced',
    traces.map(({ page, on, off }) => {
      const worstCpu = on.slices.reduce<SliceWork | null>((a, b) => (!a || b.cpuMs > a.cpuMs ? b : a), null);
      return {
        page,
        slices: on.slices.length,
        'lens CPU ms': fmt(on.lensTaskMs, 1),
        'worst wall ms': fmt(Math.max(0, ...on.slices.map((s) => s.wallMs)), 1),
        'worst CPU ms': fmt(worstCpu?.cpuMs ?? NaN, 2),
        'its place (1 = first)': worstCpu ? on.slices.indexOf(worstCpu) + 1 : '–',
        'its script / browser ms': worstCpu
          ? `${fmt(worstCpu.scriptMs, 2)} / ${fmt(worstCpu.cpuMs - worstCpu.scriptMs, 2)}`
          : '–',
        'longest drawing task ms (off / on)': `${fmt(off.longestRenderingMs, 1)} / ${fmt(on.longestRenderingMs, 1)}`,
        'longest page task ms (off / on)': `${fmt(off.longestPageTaskMs, 1)} / ${fmt(on.longestPageTaskMs, 1)}`,
      };
    }),
  );
}

if (runs('lens')) await lensReport();

// ---- The glossary pack import at 100,000 entries (test/bench/pack-import-bench.ts) ------------------------------
if (runs('import')) await packImportReport(driver);

// ---- 5. The study list ---------------------------------------------------------------------------------------
// Last: it leaves 10,000 entries in the study list of this run's profile.
if (runs('study')) await studyReport(driver, ROOT, ROUNDS);

// ---- 6. Network ---------------------------------------------------------------------------------------------

const requests = [...driver.extensionRequests(), ...loadPhaseExtensionRequests];
table('network requests made by the extension during the whole run (goal: 0)', [
  {
    'by the extension': requests.length,
    'outside requests aborted (pages’ own links to the live web)': driver.blockedRequests().length,
  },
]);
if (requests.length > 0) {
  console.log(requests.slice(0, 20).join('\n'));
  process.exitCode = 1;
}

await driver.close();
await plain.close();
await empty.close();
rmSync(emptyExtensionDir, { recursive: true, force: true });
await server.close();
console.log(`\ndone in ${fmt((Date.now() - started) / 1000, 0)} s; load average ${load()}`);
