/**
 * A generated 100,000-entry glossary pack (test/bench/fixtures/generate-pack.ts) imported in a real browser (part of
 * `npm run bench:e2e`, `--only import`; alone: `tsx test/bench/pack-import-bench.ts [--entries N]` after
 * `npm run build:e2e:chrome`). Given to the options page's file input as a reader picks it, then:
 *
 * - the time from the file given to the pack listed, and to each progress stage the page showed (goal ≤ 30 s);
 * - the service worker's JS heap after garbage collection, with the pack loaded (goal ≤ 200 MB);
 * - after the worker is stopped: the first lookup of a pack term, and the first search (a "did you mean" for a
 *   request the term index cannot name), from an extension page (goal: first lookup ≤ 300 ms).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import type { ChromiumDriver, ChromiumPageDriver } from '../e2e/harness/chromium-driver';
import { packId } from '../../utils/packs/pack';
import { generatePack } from './fixtures/generate-pack';
import { fmt, table } from './stats';

export const IMPORT_BENCH_ENTRIES = 100_000;

/** DevTools on the extension's service worker, through the browser's own session (flat: false, as the popup's). */
async function workerSession(driver: ChromiumDriver) {
  const owner = driver.chromium.context.browser();
  if (!owner) throw new Error('no browser behind the context');
  const session: CDPSession = await owner.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  const worker = targetInfos.find(
    (t) =>
      t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${driver.chromium.extensionId}/`),
  );
  if (!worker) throw new Error('no extension service worker');
  const { sessionId } = await session.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  });
  let lastId = 0;
  const pending = new Map<number, (reply: { result?: Record<string, unknown>; error?: unknown }) => void>();
  session.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown> };
    if (message.id !== undefined) pending.get(message.id)?.(message);
  });
  const send = (method: string, params?: Record<string, unknown>) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, (reply) =>
        reply.error ? reject(new Error(JSON.stringify(reply.error))) : resolve(reply.result!),
      );
      void session.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
  return {
    /** Used JS heap in MB after two full collections. */
    async heapMb(): Promise<number> {
      await send('HeapProfiler.collectGarbage');
      await send('HeapProfiler.collectGarbage');
      const usage = await send('Runtime.getHeapUsage');
      return Number(usage.usedSize) / 1e6;
    },
    /**
     * The worker's start and its `immunolens:` marks (utils/knowledge/restart-marks.ts, e2e build only), as
     * milliseconds since the epoch, to lay beside the page's clock.
     */
    async marks(): Promise<{ origin: number; marks: { name: string; at: number }[] }> {
      const reply = await send('Runtime.evaluate', {
        expression: `JSON.stringify({ origin: performance.timeOrigin, marks: performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('immunolens:'))
          .map((m) => ({ name: m.name.slice(11), at: performance.timeOrigin + m.startTime })) })`,
        returnByValue: true,
      });
      return JSON.parse((reply.result as { value: string }).value) as {
        origin: number;
        marks: { name: string; at: number }[];
      };
    },
    close: () => session.detach(),
  };
}

/** Each step of a first answer after a restart, from the page's send to its reply, in ms since the last step. */
function restartSteps(
  ask: { sentAt: number; repliedAt: number },
  worker: { origin: number; marks: { name: string; at: number }[] },
) {
  const points = [
    { name: 'page sent the message', at: ask.sentAt },
    { name: 'worker started (timeOrigin)', at: worker.origin },
    ...worker.marks,
    { name: 'page got the reply', at: ask.repliedAt },
  ];
  return points.map((p, i) => ({
    step: p.name,
    'at ms': fmt(p.at - ask.sentAt, 1),
    'since previous ms': fmt(i === 0 ? 0 : p.at - points[i - 1]!.at, 1),
  }));
}

/** The index cache's records and the bytes of their strings and typed arrays (a string's length counted once). */
async function cacheSizes(page: ChromiumPageDriver) {
  return page.playwright.evaluate(
    () =>
      new Promise<{ part: string; MB: string; readMs: string }[]>((resolve) => {
        const open = indexedDB.open('immunolens-packs');
        open.onsuccess = () => {
          const db = open.result;
          const t0 = performance.now();
          const all = db.transaction('indexCache').objectStore('indexCache').getAll();
          all.onsuccess = () => {
            const readMs = performance.now() - t0;
            db.close();
            const size = (v: unknown): number =>
              typeof v === 'string'
                ? v.length
                : ArrayBuffer.isView(v)
                  ? v.byteLength
                  : typeof v === 'object' && v !== null
                    ? Object.values(v).reduce((n: number, x) => n + size(x), 0)
                    : 8;
            const byPart = new Map<string, { records: number; bytes: number }>();
            for (const r of all.result as { key: string; value: unknown }[]) {
              const part = r.key.split('/').at(-1)!.replace(/:\d+$/, ':N');
              const seen = byPart.get(part) ?? { records: 0, bytes: 0 };
              byPart.set(part, { records: seen.records + 1, bytes: seen.bytes + size(r.value) });
            }
            resolve(
              [...byPart].map(([part, { records, bytes }]) => ({
                part: records > 1 ? `${part} (${records} records)` : part,
                MB: (bytes / 1e6).toFixed(1),
                readMs: `${readMs.toFixed(0)} (all parts, in the page)`,
              })),
            );
          };
        };
        open.onerror = () => resolve([]);
      }),
  );
}

/** Gives the options page the file through its input, and times each progress text until the pack is listed. */
async function importThroughOptions(page: ChromiumPageDriver, path: string, packName: string) {
  await page.playwright.evaluate(() => {
    const seen: { at: number; text: string }[] = [];
    const started = { at: 0 };
    Object.assign(globalThis, { benchStages: seen, benchStarted: started });
    const input = document.querySelector('input[name=pack-file]')!;
    input.addEventListener('change', () => (started.at = performance.now()), { capture: true });
    const watch = new MutationObserver(() => {
      const text = document.querySelector('.pack-progress')?.textContent?.trim() ?? '';
      const counted = /\([\d,]+ of [\d,]+\)/;
      const stage = text.replace(counted, '(n of m)');
      if (text && seen.at(-1)?.text.replace(counted, '(n of m)') !== stage)
        seen.push({ at: performance.now(), text });
    });
    watch.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.playwright.setInputFiles('input[name=pack-file]', path);
  const deadline = Date.now() + 600_000;
  for (;;) {
    const done = await page.playwright.evaluate((name) => {
      const result = document.querySelector('.pack-imported, .pack-errors');
      const listed = [...document.querySelectorAll('.pack-row .pack-name')].some((n) =>
        n.textContent?.includes(name),
      );
      return result || listed
        ? {
            at: performance.now(),
            listed,
            result: result?.textContent?.slice(0, 300) ?? '',
            failed: result?.classList.contains('pack-errors') ?? false,
            started: (globalThis as unknown as { benchStarted: { at: number } }).benchStarted.at,
            stages: (globalThis as unknown as { benchStages: { at: number; text: string }[] }).benchStages,
          }
        : null;
    }, packName);
    if (done?.listed) return done;
    // "Imported" can show a moment before the row is listed: only the errors end the wait.
    if (done?.failed) throw new Error(`the import failed: ${done.result}`);
    if (Date.now() > deadline) throw new Error('the import did not finish in 10 minutes');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The parts of the index cache stored so far (utils/packs/pack-store.ts), once all three are there or at `ms`. */
async function cacheParts(page: ChromiumPageDriver, ms: number): Promise<string[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const parts = await page.playwright.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const open = indexedDB.open('immunolens-packs');
          open.onsuccess = () => {
            const db = open.result;
            const keys = db.transaction('indexCache').objectStore('indexCache').getAllKeys();
            keys.onsuccess = () => {
              db.close();
              // The glossary's chunks ("knowledge:N") count as one part with its head.
              const parts = (keys.result as string[]).map((k) => k.split('/').at(-1)!.split(':')[0]!);
              resolve([...new Set(parts)].sort());
            };
            keys.onerror = () => resolve([]);
          };
          open.onerror = () => resolve([]);
        }),
    );
    if (parts.length >= 3 || Date.now() > deadline) return parts;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Asks the background from an extension page, as the bubble's lookup and the explicit request do. */
function askBackground(page: ChromiumPageDriver, text: string, explicit: boolean) {
  return page.playwright.evaluate(
    async ({ text, explicit }) => {
      const t0 = performance.now();
      const reply = (await chrome.runtime.sendMessage({
        immunolens: 'explain',
        data: { text, explicit },
      })) as { value?: { terms: { term: { id: string } }[]; suggestions: unknown[] } };
      const t1 = performance.now();
      return {
        ms: t1 - t0,
        sentAt: performance.timeOrigin + t0,
        repliedAt: performance.timeOrigin + t1,
        terms: reply.value?.terms.length ?? -1,
        suggestions: reply.value?.suggestions.length ?? -1,
      };
    },
    { text, explicit },
  );
}

export async function packImportReport(driver: ChromiumDriver, count = IMPORT_BENCH_ENTRIES): Promise<void> {
  const entries = generatePack(count, 1);
  const name = `Bench pack ${count}`;
  const dir = mkdtempSync(join(tmpdir(), 'immunolens-pack-bench-'));
  const path = join(dir, `bench-pack-${count}.json`);
  writeFileSync(path, JSON.stringify({ name, version: '1', licence: 'CC0', source: 'generated', entries }));
  const bytes = JSON.stringify(entries).length;
  const probe = entries.at(-1)!;
  const probeName = probe.short ?? probe.name;

  const options = await driver.openExtensionPage('options.html');
  // The baseline: a lookup after a worker restart with the bundled glossary alone (the worker's own start).
  await askBackground(options, 'IL-12', false);
  await driver.stopBackground();
  const bundledRestart = await askBackground(options, 'IL-12', false);
  const worker = await workerSession(driver);
  const bundledSteps = restartSteps(bundledRestart, await worker.marks());
  const heapBefore = await worker.heapMb();
  const done = await importThroughOptions(options, path, name);
  const total = done.at - done.started;
  // The background's own steps of the check and save (e2e build marks), each until the next.
  const importMarks = (await worker.marks()).marks.filter((m) => m.name.startsWith('import '));
  const importSteps = importMarks.map((m, i) => ({
    step: m.name,
    'lasted ms': fmt((importMarks[i + 1]?.at ?? m.at) - m.at, 0),
  }));
  const stages = done.stages.map((s, i) => ({
    stage: s.text.replace(/\s+/g, ' '),
    'from start ms': fmt(s.at - done.started, 0),
    'lasted ms': fmt((done.stages[i + 1]?.at ?? done.at) - s.at, 0),
  }));
  // The pack's first lookup and search in this worker build the indexes (and cache their snapshots).
  const warmLookup = await askBackground(options, probeName, false);
  const warmSearch = await askBackground(options, 'zinc fingr protein 12', true);
  // The worker stores the snapshots after answering: wait until the cache holds all three parts.
  const cacheStarted = Date.now();
  const cached = await cacheParts(options, 120_000);
  const cacheMs = Date.now() - cacheStarted;
  const heapLoaded = await worker.heapMb();
  await worker.close();

  await driver.stopBackground();
  const firstLookup = await askBackground(options, probeName, false);
  const restarted = await workerSession(driver);
  const packSteps = restartSteps(firstLookup, await restarted.marks());
  const firstSearch = await askBackground(options, 'zinc fingr protein 12', true);
  const sizes = await cacheSizes(options);
  const heapRestarted = await restarted.heapMb();
  await restarted.close();

  table(
    `pack import in Chromium: ${count.toLocaleString()} generated entries, ${fmt(bytes / 1e6, 1)} MB of JSON`,
    [
      { measure: 'file given → pack listed (goal ≤ 30 s)', value: `${fmt(total / 1000, 1)} s` },
      { measure: 'worker JS heap before the import', value: `${fmt(heapBefore, 0)} MB` },
      {
        measure: 'index cache stored after the first search',
        value: `${cached.join(', ') || 'nothing'} within ${fmt(cacheMs / 1000, 1)} s`,
      },
      {
        measure: 'worker JS heap with the pack, after its first lookup and search (goal ≤ 200 MB)',
        value: `${fmt(heapLoaded, 0)} MB`,
      },
      { measure: 'first lookup in that worker (term index built)', value: `${fmt(warmLookup.ms, 0)} ms` },
      {
        measure: 'first search in that worker (search index built)',
        value: `${fmt(warmSearch.ms, 0)} ms (${warmSearch.suggestions} suggestions)`,
      },
      {
        measure: 'baseline: first lookup after a worker restart, bundled glossary alone',
        value: `${fmt(bundledRestart.ms, 0)} ms`,
      },
      {
        measure: 'after a worker restart: first lookup (goal ≤ 300 ms)',
        value: `${fmt(firstLookup.ms, 0)} ms (${firstLookup.terms} term)`,
      },
      {
        measure: 'after a worker restart: first search',
        value: `${fmt(firstSearch.ms, 0)} ms (${firstSearch.suggestions} suggestions)`,
      },
      { measure: 'worker JS heap after the restart and both', value: `${fmt(heapRestarted, 0)} MB` },
    ],
  );
  table('the import’s progress stages as the options page showed them', stages);
  table('the check and save in the worker, step by step', importSteps);
  table('first lookup after a worker restart, bundled glossary alone, step by step', bundledSteps);
  table(`first lookup after a worker restart with the pack, step by step`, packSteps);
  table('the index cache’s records', sizes);
  if (firstLookup.terms < 1) process.exitCode = 1;
  // The parts measured after this one (the study list) see the bundled glossary alone again.
  await options.playwright.evaluate(
    (id) => chrome.runtime.sendMessage({ immunolens: 'removePack', data: { id } }),
    packId(name),
  );
  await options.close();
  rmSync(dir, { recursive: true, force: true });
}

if (process.argv[1]?.endsWith('pack-import-bench.ts')) {
  const { launchChromiumDriver } = await import('../e2e/harness/chromium-driver');
  const at = process.argv.indexOf('--entries');
  const driver = await launchChromiumDriver();
  try {
    await packImportReport(driver, at >= 0 ? Number(process.argv[at + 1]) : IMPORT_BENCH_ENTRIES);
  } finally {
    await driver.close();
  }
}
