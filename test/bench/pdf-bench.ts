/**
 * `npm run bench:pdf`: the PDF reader in Chromium with the built extension, on a 20-, 300- and 1,000-page text PDF
 * generated here with pdf-lib: time to the first page drawn and to its text layer (from navigation start, and
 * from the moment the bytes arrived), scroll frame cost, selection → bubble (after the debounce: the lookup
 * message and the bubble's first paint), and peak JS heap of the reader page while scrolling the whole document.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../e2e/harness/chromium';
import { startServer } from '../e2e/harness/server';
import { longPdf, PDF_DIR, PDF_PATH } from '../e2e/reader/pdf-fixtures';
import { percentile } from './stats';

/** The 20 and 300 pages, and 1,000 to show that memory follows the visible pages, not the page count. */
const SIZES = [20, 300, 1000];
const SELECTIONS = 30;
const SCROLL_FRAMES = 240;

/**
 * Page code that scrolls the pages by `step` pixels a frame for `frames` frames and resolves to each frame's
 * duration. A string: tsx would wrap a named inner function in a helper that does not exist in the page.
 */
function scrollFrames(step: number, frames: number): string {
  return `new Promise((done) => {
    const c = document.getElementById('viewerContainer');
    const times = [];
    let last = performance.now();
    let n = 0;
    requestAnimationFrame(function tick(now) {
      if (n > 0) times.push(now - last);
      last = now;
      if (n++ >= ${frames}) return done(times);
      c.scrollTop += ${step};
      requestAnimationFrame(tick);
    });
  })`;
}

const round = (n: number) => Math.round(n * 10) / 10;

async function main() {
  mkdirSync(PDF_DIR, { recursive: true });
  for (const pages of SIZES) writeFileSync(join(PDF_DIR, `bench-${pages}.pdf`), await longPdf(pages));
  const server = await startServer();
  const chromium = await launchChromium();
  const rows: Record<string, number | string>[] = [];
  try {
    for (const pages of SIZES) {
      const page = await chromium.context.newPage();
      const cdp = await chromium.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const heap = async () =>
        ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ??
          0) / 1048576;
      const file = `${server.origin}${PDF_PATH}/bench-${pages}.pdf`;
      await page.goto(
        `chrome-extension://${chromium.extensionId}/reader.html?file=${encodeURIComponent(file)}`,
      );
      await page.waitForFunction(() => performance.getEntriesByName('reader:text-layer').length > 0, null, {
        timeout: 30_000,
      });
      const marks = await page.evaluate(() =>
        Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
      );
      // Selection → bubble: drag across "IL-12" on page 1, wait for the bubble, close it; the reader marks each.
      const box = await page.evaluate(() => {
        const w = document.createTreeWalker(document.querySelector('.textLayer')!, NodeFilter.SHOW_TEXT);
        while (w.nextNode()) {
          const t = w.currentNode as Text;
          const i = t.data.indexOf('IL-12');
          if (i < 0) continue;
          const r = document.createRange();
          r.setStart(t, i);
          r.setEnd(t, i + 5);
          const b = r.getBoundingClientRect();
          return { x: b.x, y: b.y, w: b.width, h: b.height };
        }
        return null;
      });
      if (!box) throw new Error('no IL-12 on page 1');
      for (let i = 0; i < SELECTIONS; i++) {
        await page.mouse.move(box.x + 1, box.y + box.h / 2);
        await page.mouse.down();
        await page.mouse.move(box.x + box.w - 1, box.y + box.h / 2, { steps: 3 });
        await page.mouse.up();
        await page.waitForFunction((n) => performance.getEntriesByName('reader:bubble').length > n, i);
        await page.keyboard.press('Escape');
        await page.mouse.click(box.x + box.w + 200, box.y + box.h / 2);
      }
      const bubble = (
        await page.evaluate(() =>
          performance.getEntriesByName('reader:bubble').map((m) => (m as PerformanceMark).detail as number),
        )
      ).sort((a, b) => a - b);
      // Scroll through the whole document at a steady pace, timing each frame and sampling the heap.
      let peakHeap = await heap();
      const scrollStep = await page.evaluate((frames) => {
        const c = document.getElementById('viewerContainer')!;
        return Math.ceil((c.scrollHeight - c.clientHeight) / frames);
      }, SCROLL_FRAMES);
      const frameTimes: number[] = [];
      for (let chunk = 0; chunk < SCROLL_FRAMES / 20; chunk++) {
        frameTimes.push(...((await page.evaluate(scrollFrames(scrollStep, 20))) as number[]));
        peakHeap = Math.max(peakHeap, await heap());
      }
      await new Promise((ok) => setTimeout(ok, 500));
      peakHeap = Math.max(peakHeap, await heap());
      const drawn = await page.evaluate(() => document.querySelectorAll('.page canvas').length);
      frameTimes.sort((a, b) => a - b);
      rows.push({
        pages,
        'first page (ms from navigation)': round(marks['reader:first-page']!),
        'first page (ms after bytes)': round(marks['reader:first-page']! - marks['reader:fetched']!),
        'text layer (ms from navigation)': round(marks['reader:text-layer']!),
        'selection→bubble p50 (ms)': round(percentile(bubble, 0.5)),
        'selection→bubble p95 (ms)': round(percentile(bubble, 0.95)),
        'scroll frame p50 (ms)': round(percentile(frameTimes, 0.5)),
        'scroll frame p95 (ms)': round(percentile(frameTimes, 0.95)),
        'peak JS heap (MB)': round(peakHeap),
        'pages drawn after scrolling': drawn,
      });
      await page.close();
    }
  } finally {
    await chromium.close();
    await server.close();
  }
  console.log(
    `PDF reader bench (Chromium headless, ${SELECTIONS} selections after the ${150} ms debounce, ${SCROLL_FRAMES} scroll frames):`,
  );
  console.table(rows);
}

await main();
