import type { Frame, Page } from 'playwright-core';

/** The bubble's shadow host; its shadow root is open, so locators reach inside it. */
export const BUBBLE = 'immunolens-bubble';

/** Drags the mouse across the text of `selector`, as a reader selects a word. */
export async function dragSelect(page: Page, selector: string, frame: Page | Frame = page): Promise<void> {
  const box = await frame.locator(selector).boundingBox();
  if (!box) throw new Error(`no box for ${selector}`);
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, y, { steps: 4 });
  await page.mouse.move(box.x + box.width - 1, y, { steps: 4 });
  await page.mouse.up();
}

/** Double-clicks at a fraction of the element's width. */
export async function doubleClick(page: Page, selector: string, at = 0.8): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`no box for ${selector}`);
  await page.mouse.dblclick(box.x + box.width * at, box.y + box.height / 2);
}

/** Text of the bubble's term headings in order. */
export async function bubbleHeadings(page: Page | Frame): Promise<string[]> {
  return page.locator(`${BUBBLE} .bubble h2`).allInnerTexts();
}
