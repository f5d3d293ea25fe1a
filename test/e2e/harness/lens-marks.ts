/**
 * The lens's marks as a page object for the accessibility checks: how many the lens has drawn, and where one of
 * them is, read from the document's CSS highlight registry (the content script's highlights are the document's,
 * so the page's main world sees them). lens-scenarios.ts keeps its own copies for the lens's behaviour tests.
 */
import { waitUntil, type DocumentDriver, type Point } from './driver';

/** How many ranges the lens's highlight holds. */
export const lensMarkCount = (doc: DocumentDriver): Promise<number> =>
  doc.evaluate(() => CSS.highlights?.get('immunolens-term')?.size ?? 0, null);

/** Waits until the lens has drawn at least `atLeast` marks. */
export async function waitForLensMarks(doc: DocumentDriver, atLeast = 1): Promise<void> {
  let count = 0;
  await waitUntil(
    async () => (count = await lensMarkCount(doc)) >= atLeast,
    () => `the lens marked ${count} terms, expected at least ${atLeast}`,
    { timeoutMs: 10_000, everyMs: 50 },
  );
}

/** The middle of the first line of the first mark whose text is `text`, or null. */
export function lensMarkPoint(doc: DocumentDriver, text: string): Promise<Point | null> {
  return doc.evaluate((text) => {
    for (const range of CSS.highlights?.get('immunolens-term') ?? []) {
      if ((range as Range).toString() !== text) continue;
      const rect = (range as Range).getClientRects()[0];
      if (rect) return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }
    return null;
  }, text);
}

/** The text of the mark the keyboard is on (the lens's current highlight), or null. */
export function currentLensMark(doc: DocumentDriver): Promise<string | null> {
  return doc.evaluate(() => {
    for (const range of CSS.highlights?.get('immunolens-current') ?? []) return (range as Range).toString();
    return null;
  }, null);
}
