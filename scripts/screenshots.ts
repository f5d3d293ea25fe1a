/**
 * Renders the README's screenshots from the built extension in headless Chromium: the bubble on a fixture
 * article, passage mode, the popup (light and dark), and the bubble and the popup in forced colours (Windows high
 * contrast, as Chromium emulates it). Run after `npm run build`.
 */
import { launchChromiumDriver } from '../test/e2e/harness/chromium-driver';
import { dragSelect } from '../test/e2e/harness/driver';
import { startServer } from '../test/e2e/harness/server';

const OUT = 'docs/screenshots';
const server = await startServer();
const browser = await launchChromiumDriver();
try {
  const article = await browser.newPage();
  const page = article.playwright;
  await page.setViewportSize({ width: 900, height: 560 });
  await article.goto(`${server.origin}/article.html`);
  await dragSelect(article, '#il12');
  await page.locator('html > div .bubble h2').first().waitFor();
  await page.screenshot({ path: `${OUT}/bubble.png` });
  await page.mouse.click(5, 5);
  await dragSelect(article, '#passage');
  await page.locator('html > div .passage').waitFor();
  await page.screenshot({ path: `${OUT}/passage.png` });

  for (const scheme of ['light', 'dark'] as const) {
    const popup = await browser.chromium.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 400, height: 560 });
    await popup.goto(`chrome-extension://${browser.chromium.extensionId}/popup.html`);
    await popup.locator('[role=combobox]').fill('il12');
    await popup.locator('[role=option]').first().waitFor();
    await popup.keyboard.press('ArrowDown');
    await popup.screenshot({ path: `${OUT}/popup-${scheme}.png` });
    await popup.close();
  }
  // Forced colours: the browser replaces the palette with the system's; borders and focus rings must carry it.
  await page.emulateMedia({ forcedColors: 'active' });
  await page.mouse.click(5, 5);
  await dragSelect(article, '#il12');
  await page.locator('html > div .bubble h2').first().waitFor();
  await page.locator('html > div .bubble button[data-save]').focus();
  await page.screenshot({ path: `${OUT}/forced-colors-bubble.png` });
  const popup = await browser.chromium.newPage();
  await popup.emulateMedia({ forcedColors: 'active' });
  await popup.setViewportSize({ width: 400, height: 560 });
  await popup.goto(`chrome-extension://${browser.chromium.extensionId}/popup.html`);
  await popup.locator('[role=combobox]').fill('il12');
  await popup.locator('[role=option]').first().waitFor();
  await popup.keyboard.press('ArrowDown');
  await popup.screenshot({ path: `${OUT}/forced-colors-popup.png` });
  await popup.close();
  console.log(`screenshots written to ${OUT}/`);
} finally {
  await browser.close();
  await server.close();
}
