/**
 * The study list at 10,000 saved entries in a real browser (part of `npm run bench:e2e`, `--only study`): the time
 * for the list view to open on the lookup page, and the time each keystroke in its filter takes, against the same
 * measures with an empty list in the same browser and run. Goals (issue 18): open ≤ 200 ms, keystroke ≤ 16 ms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toStudyJson } from '../../utils/export/study-json';
import type { StudyEntry } from '../../utils/study/study-entry';
import type { ChromiumDriver, ChromiumPageDriver } from '../e2e/harness/chromium-driver';
import { fmt, percentile, table } from './stats';

export const STUDY_BENCH_ENTRIES = 10_000;

/** 10,000 entries: every glossary term (its sentence naming it), then made-up ids shown under their id. */
function benchEntries(root: string): StudyEntry[] {
  const glossary = JSON.parse(readFileSync(join(root, 'assets/knowledge/glossary.json'), 'utf8')) as {
    id: string;
    name: string;
  }[];
  const t0 = Date.UTC(2026, 0, 1);
  return Array.from({ length: STUDY_BENCH_ENTRIES }, (_, i) => {
    const term = glossary[i];
    const termId = term?.id ?? `bench-term-${i}`;
    return {
      termId,
      sentence: `In cohort ${i}, ${term?.name ?? termId} rose after treatment with checkpoint inhibitors.`,
      pageTitle: `Paper ${i % 300}`,
      url: `https://example.org/papers/${i % 300}`,
      savedAt: t0 + i * 60_000,
      updatedAt: t0 + i * 60_000,
      knew: i % 4,
      again: i % 3,
      reviewedAt: 0,
    };
  });
}

/** In the lookup page: from the search view to the study list's first rows (or its empty note) drawn and painted. */
function openStudyView(page: ChromiumPageDriver, full: boolean) {
  return page.evaluate(async (full) => {
    const drawn = () =>
      full
        ? document.querySelectorAll('.study-row').length > 0
        : (document.querySelector('.study')?.textContent ?? '').includes('Nothing saved yet');
    const until = (done: () => boolean) =>
      new Promise<void>((resolve) => {
        if (done()) return resolve();
        const watch = new MutationObserver(() => {
          if (!done()) return;
          watch.disconnect();
          resolve();
        });
        watch.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    if (location.hash === '#study') {
      location.hash = '';
      await until(() => !document.querySelector('.study'));
      await frame();
    }
    const start = performance.now();
    location.hash = '#study';
    await until(drawn);
    const ready = performance.now() - start;
    // Painted: the frame after the one that drew it.
    await frame();
    await frame();
    return {
      ready,
      painted: performance.now() - start,
      rows: document.querySelectorAll('.study-row').length,
    };
  }, full);
}

/**
 * Types into the list's filter key by key (then deletes it again), each time from the keydown to the list updated:
 * the input handler and Preact's render (a microtask after it), read by a message posted after the input event,
 * and to the next animation frame.
 */
async function typeInFilter(page: ChromiumPageDriver, text: string) {
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('.study-tools input[type="search"]')!;
    const w = window as unknown as { keyTimes: { updated: number; frame: number }[]; watched?: boolean };
    w.keyTimes = [];
    input.focus();
    if (w.watched) return;
    w.watched = true;
    let down = 0;
    input.addEventListener('keydown', (e) => (down = e.timeStamp));
    // Bubbling at the document: after the input's own handler (Preact's onInput) has run.
    document.addEventListener('input', () => {
      const channel = new MessageChannel();
      const record = { updated: NaN, frame: NaN };
      w.keyTimes.push(record);
      channel.port1.onmessage = () => (record.updated = performance.now() - down);
      channel.port2.postMessage(null);
      requestAnimationFrame(() => (record.frame = performance.now() - down));
    });
  }, null);
  const keys = [...text.split(''), ...text.split('').map(() => 'Backspace')];
  for (const key of keys) {
    await page.keyboard.press(key);
    // One keystroke at a time, as a reader types: the next after this one's frame.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20))), null);
  }
  return page.evaluate(
    () => (window as unknown as { keyTimes: { updated: number; frame: number }[] }).keyTimes,
    null,
  );
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

export async function studyReport(driver: ChromiumDriver, root: string, rounds: number): Promise<void> {
  const page = await driver.openExtensionPage('lookup.html');
  const send = (type: string, data: unknown) =>
    page.evaluate(
      async ({ type, data }) =>
        ((await chrome.runtime.sendMessage({ immunolens: type, data })) as { value?: unknown }).value,
      { type, data },
    );
  const count = async () => ((await send('listStudy', {})) as unknown[]).length;
  if ((await count()) !== 0) throw new Error('the study bench needs an empty study list to start with');

  /** The list's round trip alone (the background reads IndexedDB and the reply crosses the message channel). */
  const listTrip = async () => {
    const times: number[] = [];
    for (let i = 0; i < rounds * 5; i++)
      times.push(
        await page.evaluate(async () => {
          const start = performance.now();
          await chrome.runtime.sendMessage({ immunolens: 'listStudy', data: {} });
          return performance.now() - start;
        }, null),
      );
    return times;
  };

  type Opened = Awaited<ReturnType<typeof openStudyView>>;
  const measure = async (full: boolean) => {
    const opens: Opened[] = [];
    const keys: { updated: number; frame: number }[] = [];
    // A warm-up open (the first listStudy opens the database in the background), then the measured ones.
    await openStudyView(page, full);
    for (let i = 0; i < rounds * 5; i++) opens.push(await openStudyView(page, full));
    for (let i = 0; i < rounds; i++) keys.push(...(await typeInFilter(page, 'interleukin 12')));
    // After the background stopped (Chromium stops an idle one after 30 s), the list is read from IndexedDB again,
    // by a worker that starts for it: the slow open.
    const afterChange: Opened[] = [];
    if (full)
      for (let i = 0; i < rounds * 2; i++) {
        await driver.stopBackground();
        await page.playwright.bringToFront();
        afterChange.push(await openStudyView(page, full));
      }
    return { opens, keys, afterChange, trips: await listTrip() };
  };

  const empty = await measure(false);
  const reply = (await send('importStudy', { text: toStudyJson(benchEntries(root), Date.now()) })) as {
    ok: boolean;
    added?: number;
  };
  if (!reply.ok || (await count()) !== STUDY_BENCH_ENTRIES)
    throw new Error(`could not save ${STUDY_BENCH_ENTRIES} entries: ${JSON.stringify(reply)}`);
  // Reload so that the page holds no list from before.
  await page.playwright.reload({ waitUntil: 'load' });
  const full = await measure(true);
  // The entries stay: this part runs last, in a profile that is thrown away.
  await page.close();

  const ms = (values: number[], p: number) => fmt(percentile(sorted(values), p), 1);
  /** Drawn and painted, median and p95, of a series of list openings. */
  const openTimes = (opens: { ready: number; painted: number }[]) => ({
    'drawn median': ms(
      opens.map((o) => o.ready),
      0.5,
    ),
    'drawn p95': ms(
      opens.map((o) => o.ready),
      0.95,
    ),
    'painted median': ms(
      opens.map((o) => o.painted),
      0.5,
    ),
    'painted p95': ms(
      opens.map((o) => o.painted),
      0.95,
    ),
  });
  const ratio = (a: number[], b: number[]) =>
    `×${fmt(percentile(sorted(a), 0.5) / percentile(sorted(b), 0.5), 2)}`;
  table(
    `study list view opening on the lookup page (search view → #study, first ${full.opens[0]?.rows ?? 0} rows drawn), ms; goal ≤ 200 at ${STUDY_BENCH_ENTRIES.toLocaleString('en')} entries`,
    [
      {
        list: 'empty (baseline)',
        samples: empty.opens.length,
        ...openTimes(empty.opens),
        'of it the listStudy round trip, median': ms(empty.trips, 0.5),
        'vs baseline': '×1',
      },
      {
        list: `${STUDY_BENCH_ENTRIES.toLocaleString('en')} entries (list kept by the background)`,
        samples: full.opens.length,
        ...openTimes(full.opens),
        'of it the listStudy round trip, median': ms(full.trips, 0.5),
        'vs baseline': ratio(
          full.opens.map((o) => o.painted),
          empty.opens.map((o) => o.painted),
        ),
      },
      {
        list: `${STUDY_BENCH_ENTRIES.toLocaleString('en')}, background stopped before each (read from IndexedDB)`,
        samples: full.afterChange.length,
        ...openTimes(full.afterChange),
        'of it the listStudy round trip, median': '',
        'vs baseline': ratio(
          full.afterChange.map((o) => o.painted),
          empty.opens.map((o) => o.painted),
        ),
      },
    ],
  );
  table(
    'study list filter, per keystroke (typing “interleukin 12” and deleting it), ms from keydown; goal ≤ 16 at 10,000 entries',
    [
      {
        list: 'empty (baseline)',
        keystrokes: empty.keys.length,
        'list updated median': ms(
          empty.keys.map((k) => k.updated),
          0.5,
        ),
        'list updated p95': ms(
          empty.keys.map((k) => k.updated),
          0.95,
        ),
        'next frame median': ms(
          empty.keys.map((k) => k.frame),
          0.5,
        ),
        'next frame p95': ms(
          empty.keys.map((k) => k.frame),
          0.95,
        ),
        'vs baseline': '×1',
      },
      {
        list: `${STUDY_BENCH_ENTRIES.toLocaleString('en')} entries`,
        keystrokes: full.keys.length,
        'list updated median': ms(
          full.keys.map((k) => k.updated),
          0.5,
        ),
        'list updated p95': ms(
          full.keys.map((k) => k.updated),
          0.95,
        ),
        'next frame median': ms(
          full.keys.map((k) => k.frame),
          0.5,
        ),
        'next frame p95': ms(
          full.keys.map((k) => k.frame),
          0.95,
        ),
        'vs baseline': ratio(
          full.keys.map((k) => k.updated),
          empty.keys.map((k) => k.updated),
        ),
      },
    ],
  );
}
