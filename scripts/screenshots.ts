/**
 * Renders the README's screenshots from the built extension in headless Chromium: the bubble on a fixture
 * article, passage mode, the popup (light and dark), and the side panel beside its page. Run after
 * `npm run build`; `tsx scripts/screenshots.ts side-panel` renders the side panel's alone.
 */
import { launchChromiumDriver } from '../test/e2e/harness/chromium-driver';
import { dragSelect } from '../test/e2e/harness/driver';
import { startServer } from '../test/e2e/harness/server';
import { openSidePanelFor } from '../test/e2e/harness/side-panel';

const OUT = 'docs/screenshots';
const server = await startServer();
const browser = await launchChromiumDriver();
const only = process.argv[2];

/**
 * The side panel beside the article it lists, one use of a term marked there. Headless Chromium shows no side
 * panel, so the two pages are shot apart (the panel at a side panel's width) and set side by side in one image.
 */
async function sidePanelShot() {
  const article = await browser.newPage();
  await article.playwright.setViewportSize({ width: 720, height: 600 });
  const url = `${server.origin}/article.html?side-panel`;
  await article.goto(url);
  const panel = await openSidePanelFor(browser, url);
  const panelPage = (panel.page as typeof article).playwright;
  await panelPage.setViewportSize({ width: 360, height: 600 });
  await panelPage.locator('.page-term-list h2').first().waitFor();
  await panel.showUse('Natural killer cell');
  await article.playwright.waitForFunction(() => CSS.highlights.has('immunolens-use'));
  await panelPage.evaluate(() => scrollTo(0, 0));
  const left = (await article.playwright.screenshot()).toString('base64');
  const right = (await panelPage.screenshot()).toString('base64');
  const sheet = await browser.chromium.newPage();
  await sheet.setViewportSize({ width: 1081, height: 600 });
  await sheet.setContent(
    `<body style="margin:0;display:flex;gap:1px;background:#888">` +
      `<img src="data:image/png;base64,${left}"><img src="data:image/png;base64,${right}"></body>`,
  );
  await sheet.screenshot({ path: `${OUT}/side-panel.png` });
  await Promise.all([sheet.close(), panel.close(), article.close()]);
}

try {
  await sidePanelShot();
  if (only !== 'side-panel') await otherShots();
  console.log(`screenshots written to ${OUT}/`);
} finally {
  await browser.close();
  await server.close();
}

async function otherShots() {
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
}
