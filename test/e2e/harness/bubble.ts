/**
 * The bubble's page object: what it shows, where it sits beside the selection, how it looks, and the reader's
 * clicks inside it. Works in any document (the page, or a frame) of either browser's `PageDriver`.
 */
import { expect } from 'vitest';
import { BUBBLE_TAG, expectStays, type Box, type DocumentDriver, type PageDriver } from './driver';

/** A first lookup may start the background and build its indexes. */
const APPEAR_TIMEOUT_MS = 5_000;

export interface BubbleState {
  /** Term headings in the order shown. */
  headings: string[];
  /** The bubble's box, in its document's viewport. */
  box: Box;
  /** That document's viewport. */
  viewport: { width: number; height: number };
}

/** The open bubble in a document, or null when there is none. */
export function readBubble(doc: DocumentDriver): Promise<BubbleState | null> {
  return doc.evaluate((tag) => {
    const bubble = document.querySelector(tag)?.shadowRoot?.querySelector('.bubble');
    if (!bubble) return null;
    const r = bubble.getBoundingClientRect();
    return {
      headings: [...bubble.querySelectorAll('h2')].map((h) => h.textContent ?? ''),
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
      viewport: { width: innerWidth, height: innerHeight },
    };
  }, BUBBLE_TAG);
}

/** Which side of the selection the bubble is on, and the gap between them (negative: they overlap). */
export function placement(bubble: Box, selection: Box) {
  const gaps = {
    below: bubble.y - (selection.y + selection.height),
    above: selection.y - (bubble.y + bubble.height),
    right: bubble.x - (selection.x + selection.width),
    left: selection.x - (bubble.x + bubble.width),
  };
  const [side, gap] = Object.entries(gaps).sort((a, b) => b[1] - a[1])[0]!;
  return { side, gap: Math.round(gap) };
}

/** How the bubble looks inside its shadow root: each element's tag, box size and the styles a page could reach. */
export const bubbleLook = (doc: DocumentDriver) =>
  doc.evaluate((tag) => {
    const bubble = document.querySelector(tag)!.shadowRoot!.querySelector('.bubble')!;
    return [bubble, ...bubble.querySelectorAll('*')].map((element) => {
      const r = element.getBoundingClientRect();
      const s = getComputedStyle(element);
      // The bubble itself is as tall as the room beside the selection allows: compare its content's height, from
      // its children's boxes. (Not scrollHeight: Firefox rounds it to whole pixels as the bubble's position falls,
      // so the same content measures 568 on one page and 569 on another: docs/browser-quirks.md#firefox-scroll-height-rounding.)
      const height =
        element === bubble
          ? Math.max(...[...element.children].map((c) => c.getBoundingClientRect().bottom)) -
            r.top +
            element.scrollTop +
            parseFloat(s.paddingBottom)
          : r.height;
      return [
        element.localName,
        element.className,
        `${Math.round(r.width)}x${Math.round(height)}`,
        s.display,
        s.visibility,
        s.fontSize,
        s.fontFamily,
        s.lineHeight,
        s.letterSpacing,
        s.textTransform,
        s.color,
        s.backgroundColor,
      ].join(' ');
    });
  }, BUBBLE_TAG);

/** Waits until the bubble shows exactly these term headings, in this order. */
export async function expectHeadings(doc: DocumentDriver, expected: string[]): Promise<void> {
  await expect
    .poll(async () => (await readBubble(doc))?.headings ?? null, { timeout: APPEAR_TIMEOUT_MS })
    .toEqual(expected);
}

/** Waits until no bubble host is left in the document. */
export async function expectClosed(doc: DocumentDriver): Promise<void> {
  await expect.poll(() => hasBubbleHost(doc)).toBe(false);
}

function hasBubbleHost(doc: DocumentDriver): Promise<boolean> {
  return doc.evaluate((tag) => document.querySelector(tag) !== null, BUBBLE_TAG);
}

/** Fails if a bubble shows up in the next NOTHING_APPEARS_MS. */
export const expectNoBubble = (doc: DocumentDriver) =>
  expectStays(() => hasBubbleHost(doc), false, 'a bubble appeared');

/** Fails if the open bubble closes in the next NOTHING_APPEARS_MS. */
export const expectStaysOpen = (doc: DocumentDriver) =>
  expectStays(() => hasBubbleHost(doc), true, 'the bubble closed');

/** Clicks the middle of the first line of an element inside the bubble. */
export async function clickInBubble(
  page: PageDriver,
  selector: string,
  doc: DocumentDriver = page,
): Promise<void> {
  const box = await doc.evaluate(
    ({ tag, selector }) => {
      const element = document.querySelector(tag)?.shadowRoot?.querySelector(selector);
      const r = element?.getClientRects()[0];
      return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    },
    { tag: BUBBLE_TAG, selector },
  );
  if (!box) throw new Error(`no ${selector} in the bubble`);
  await page.mouse.click(doc.origin.x + box.x + box.width / 2, doc.origin.y + box.y + box.height / 2);
}

/** The bubble's theme attribute (inside its shadow root) and its computed font size, or null when there is none. */
export function bubbleStyle(doc: DocumentDriver): Promise<{ theme: string | null; fontSize: number } | null> {
  return doc.evaluate((tag) => {
    const host = document.querySelector(tag);
    const bubble = host?.shadowRoot?.querySelector('.bubble');
    if (!host || !bubble) return null;
    return {
      theme: host.shadowRoot!.querySelector('.floating')!.getAttribute('data-theme'),
      fontSize: parseFloat(getComputedStyle(bubble).fontSize),
    };
  }, BUBBLE_TAG);
}

/** Whether the bubble's `details` (a passage term's "More about") is open. */
export function bubbleDetailsOpen(doc: DocumentDriver): Promise<boolean | undefined> {
  return doc.evaluate(
    (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('details')?.open,
    BUBBLE_TAG,
  );
}

/** The text of the first element `selector` finds inside the open bubble, or null. */
export function textInBubble(doc: DocumentDriver, selector: string): Promise<string | null> {
  return doc.evaluate(
    ({ tag, selector }) =>
      document.querySelector(tag)?.shadowRoot?.querySelector(selector)?.textContent ?? null,
    { tag: BUBBLE_TAG, selector },
  );
}

/**
 * What a page's own script can learn of the open bubble in the production build, whose shadow root is closed:
 * whether the host is there, whether its `shadowRoot` reads as null, and the box of the viewport points that
 * hit-test to the host (events and `elementFromPoint` retarget the bubble's painted box to it) on a 10-pixel grid.
 * Null when there is no host.
 */
export function bubbleSeenByPage(
  doc: DocumentDriver,
): Promise<{ shadowRootIsNull: boolean; hits: number; box: Box | null } | null> {
  return doc.evaluate((tag) => {
    const host = document.querySelector(tag);
    if (!host) return null;
    const STEP = 10;
    let hits = 0;
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let y = STEP / 2; y < innerHeight; y += STEP)
      for (let x = STEP / 2; x < innerWidth; x += STEP) {
        if (document.elementFromPoint(x, y) !== host) continue;
        hits++;
        [left, top, right, bottom] = [
          Math.min(left, x),
          Math.min(top, y),
          Math.max(right, x),
          Math.max(bottom, y),
        ];
      }
    return {
      shadowRootIsNull: host.shadowRoot === null,
      hits,
      box: hits ? { x: left, y: top, width: right - left, height: bottom - top } : null,
    };
  }, BUBBLE_TAG);
}
