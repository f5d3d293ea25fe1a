/**
 * Renders the README's screenshots of the PDF reader from the Chrome build: a generated one-column paper with
 * "IL-12" selected, in light mode, and in dark mode with the pages inverted on request.
 * Run after `npx wxt build`: `tsx scripts/reader-screenshots.ts`.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../test/e2e/harness/chromium';
import { startServer } from '../test/e2e/harness/server';
import { oneColumnPdf, PDF_DIR, PDF_PATH } from '../test/e2e/reader/pdf-fixtures';

mkdirSync(PDF_DIR, { recursive: true });
writeFileSync(join(PDF_DIR, 'screenshot.pdf'), await oneColumnPdf());
const server = await startServer();
const chromium = await launchChromium();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await chromium.context.newPage();
    await page.setViewportSize({ width: 1100, height: 640 });
    await page.emulateMedia({ colorScheme: scheme });
    const file = `${server.origin}${PDF_PATH}/screenshot.pdf`;
    await page.goto(
      `chrome-extension://${chromium.extensionId}/reader.html?file=${encodeURIComponent(file)}`,
    );
    await page.waitForFunction(() =>
      document.querySelector('.textLayer')?.textContent?.includes('Dendritic'),
    );
    if (scheme === 'dark') await page.click('.invert');
    const box = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('.textLayer')!, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const text = walker.currentNode as Text;
        const i = text.data.indexOf('IL-12', 3);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 5);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      throw new Error('no IL-12');
    });
    await page.mouse.move(box.x + 1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() =>
      document.querySelector('immunolens-bubble')?.shadowRoot?.querySelector('h2'),
    );
    await page.waitForTimeout(300);
    await page.screenshot({ path: `docs/screenshots/reader-${scheme}.png` });
    await page.close();
  }
} finally {
  await chromium.close();
  await server.close();
}
