/**
 * Renders the README's screenshots from the built extension in headless Chromium: the bubble on a fixture
 * article, passage mode, and the popup (light and dark). Run after `npm run build`.
 */
import { launchChromium } from '../test/e2e/harness/chromium';
import { dragSelect } from '../test/e2e/harness/selection';
import { startServer } from '../test/e2e/harness/server';

const OUT = 'docs/screenshots';
const server = await startServer();
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 900, height: 560 });
  await page.goto(`${server.origin}/article.html`);
  await dragSelect(page, '#il12');
  await page.locator('immunolens-bubble .bubble h2').first().waitFor();
  await page.screenshot({ path: `${OUT}/bubble.png` });
  await page.mouse.click(5, 5);
  await dragSelect(page, '#passage');
  await page.locator('immunolens-bubble .passage').waitFor();
  await page.screenshot({ path: `${OUT}/passage.png` });

  for (const scheme of ['light', 'dark'] as const) {
    const popup = await browser.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 400, height: 560 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('[role=combobox]').fill('il12');
    await popup.locator('[role=option]').first().waitFor();
    await popup.keyboard.press('ArrowDown');
    await popup.screenshot({ path: `${OUT}/popup-${scheme}.png` });
    await popup.close();
  }
  console.log(`screenshots written to ${OUT}/`);
} finally {
  await browser.close();
  await server.close();
}
