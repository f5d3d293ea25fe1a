/**
 * Renders the README's screenshots from the built extension in headless Chromium: the bubble on a fixture
 * article, passage mode, the lens's marks on a saved real page, the popup (light and dark), the bubble and the
 * popup in forced colours (Windows high contrast, as Chromium emulates it), and the side panel beside its page. Run
 * after `npm run build`; `tsx scripts/screenshots.ts side-panel` renders the side panel's alone.
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

  // The lens on a real page: a Wikipedia article with a paragraph about IL-12 added, the mouse resting on a mark.
  await browser.setSettings({ highlightTerms: true });
  const lensPage = await browser.newPage();
  await lensPage.playwright.setViewportSize({ width: 900, height: 560 });
  await lensPage.goto(`${server.origin}/pages/wikipedia.html`);
  await lensPage.evaluate(() => {
    const p = document.createElement('p');
    p.textContent =
      'Interleukin-12 (IL-12) from dendritic cells drives T cells and NK cells to make IFN-γ, and PD-1 blockade ' +
      'frees cytotoxic T lymphocytes that tumours have exhausted.';
    (document.querySelector('#mw-content-text p, main p, p') ?? document.body).before(p);
    p.scrollIntoView({ block: 'start' });
    scrollBy(0, -60);
  }, null);
  await lensPage.playwright.waitForFunction(() => (CSS.highlights.get('immunolens-term')?.size ?? 0) >= 5);
  const mark = await lensPage.evaluate(() => {
    for (const range of CSS.highlights.get('immunolens-term')!) {
      if ((range as Range).toString() !== 'IFN-γ') continue;
      const r = (range as Range).getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  }, null);
  if (mark) await lensPage.mouse.move(mark.x, mark.y);
  await lensPage.playwright.locator('html > div .bubble h2').first().waitFor();
  await lensPage.playwright.screenshot({ path: `${OUT}/lens.png` });
  await lensPage.close();
  await browser.setSettings(null);

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
}
