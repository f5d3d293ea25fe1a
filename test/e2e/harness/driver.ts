/**
 * What a scenario needs from a browser, kept small so that the same scenarios run in Chromium (playwright-core,
 * `chromium-driver.ts`) and in Firefox (puppeteer-core, `firefox-driver.ts`), and the page object for a web page:
 * what a reader does there (drag across text, double-click a word, click) and what it then holds. The bubble's
 * page object is `bubble.ts`, the extension pages' `extension-pages.ts`. Page functions run in the page's main
 * world; the bubble's shadow root is open in the e2e build they load (utils/test-build.ts), so they reach inside
 * it (production-build.e2e.ts checks the shipped build, whose root is closed). Every coordinate is in CSS pixels of the top
 * page's viewport, as mouse events take them.
 */
import { expect } from 'vitest';

export interface Point {
  x: number;
  y: number;
}
export interface Box extends Point {
  width: number;
  height: number;
}

/** One document: a page, or a frame inside it. */
export interface DocumentDriver {
  /** Runs `fn` in the document's main world. Both Playwright and Puppeteer serialise the function. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Where this document's viewport begins in the top page's viewport: (0, 0) for the page itself. */
  origin: Point;
}

export interface PageDriver extends DocumentDriver {
  goto(url: string): Promise<void>;
  /** The document inside the iframe that `selector` finds, same-origin or not. */
  frame(selector: string): Promise<DocumentDriver>;
  mouse: {
    move(x: number, y: number, steps?: number): Promise<void>;
    down(): Promise<void>;
    up(): Promise<void>;
    click(x: number, y: number): Promise<void>;
    dblclick(x: number, y: number): Promise<void>;
  };
  /** Key names as both libraries spell them: `Escape`, `Alt`. */
  keyboard: {
    down(key: string): Promise<void>;
    up(key: string): Promise<void>;
    press(key: string): Promise<void>;
    /** Types text into the focused element, key by key. */
    type(text: string): Promise<void>;
  };
  /** Uncaught exceptions on this page since it opened, oldest first. */
  pageErrors: string[];
  close(): Promise<void>;
}

export interface BrowserDriver {
  /** A new tab for web pages: its `goto` waits until the extension's content script runs there. */
  newPage(): Promise<PageDriver>;
  /** A new tab showing `path` of the extension (`popup.html`, `lookup.html?q=IL-12`), loaded. */
  openExtensionPage(path: string): Promise<PageDriver>;
  /** Writes the `settings` key of the extension's storage.local, as the options page would; null removes it. */
  setSettings(settings: Record<string, unknown> | null): Promise<void>;
  /** Stops the extension's background (service worker or event page); resolves once it has really stopped. */
  stopBackground(): Promise<void>;
  /** Network requests that the extension (background, its pages, or a content script) made so far. */
  extensionRequests(): string[];
  /** Requests for anything but 127.0.0.1 that the harness aborted so far, whoever made them. */
  blockedRequests(): string[];
  /** Uncaught errors and console errors so far, in web pages and the extension's own pages and scripts. */
  errors(): string[];
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * Checks `done` every `everyMs` until it holds, and throws `failure()` once `timeoutMs` has passed. A plain loop
 * rather than expect.poll, so that hooks and drivers can wait too.
 */
export async function waitUntil(
  done: () => Promise<boolean>,
  failure: () => string,
  { timeoutMs = 10_000, everyMs = 25 }: { timeoutMs?: number; everyMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(failure());
    await sleep(everyMs);
  }
}

/** The bubble's shadow host: a plain <div> appended to <html> (no fixture page has another there). */
export const BUBBLE_TAG = 'html > div';
/** The debounce is 150 ms and a lookup takes a few more: a bubble that has not come by then is not coming. */
export const NOTHING_APPEARS_MS = 750;

export const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** Fails if `read` gives anything but `expected` at any moment in the next NOTHING_APPEARS_MS: for what must not happen. */
export async function expectStays<T>(read: () => Promise<T>, expected: T, message?: string): Promise<void> {
  const deadline = Date.now() + NOTHING_APPEARS_MS;
  do {
    expect(await read(), message).toEqual(expected);
    await sleep(50);
  } while (Date.now() < deadline);
  expect(await read(), message).toEqual(expected);
}

/**
 * Where an element's text is: its first and last line boxes, or with `char` the box of that one character
 * (negative counts from the end). A text field's text is out of a Range's reach: its first character's place.
 */
async function textBoxes(
  doc: DocumentDriver,
  selector: string,
  char?: number,
): Promise<{ first: Box; last: Box }> {
  const ends = await doc.evaluate(
    ({ selector, char }) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const box = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
        const r = element.getBoundingClientRect();
        const s = getComputedStyle(element);
        const start = {
          x: r.x + element.clientLeft + parseFloat(s.paddingLeft),
          y: r.y + element.clientTop + parseFloat(s.paddingTop),
          width: parseFloat(s.fontSize) / 2,
          height: parseFloat(s.lineHeight) || parseFloat(s.fontSize) * 1.2,
        };
        // Two copies: WebDriver BiDi sends an object met twice as a bare reference, which puppeteer reads as undefined
        // (docs/browser-quirks.md#bidi-repeated-object-reference).
        return { first: start, last: { ...start } };
      }
      const range = document.createRange();
      range.selectNodeContents(element);
      if (char !== null) {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        const texts: Text[] = [];
        while (walker.nextNode()) texts.push(walker.currentNode as Text);
        let at = char < 0 ? texts.reduce((n, t) => n + t.length, 0) + char : char;
        let text: Text | undefined;
        for (const t of texts) {
          if (at < t.length) {
            text = t;
            break;
          }
          at -= t.length;
        }
        if (!text) return null;
        range.setStart(text, at);
        range.setEnd(text, at + 1);
      }
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      return rects.length === 0 ? null : { first: box(rects[0]!), last: box(rects[rects.length - 1]!) };
    },
    { selector, char: char ?? null },
  );
  if (!ends) throw new Error(`no visible text in ${selector}`);
  const shift = (b: Box): Box => ({ ...b, x: b.x + doc.origin.x, y: b.y + doc.origin.y });
  return { first: shift(ends.first), last: shift(ends.last) };
}

/** Where the iframe's content box begins in the top page's viewport. */
export async function iframeOrigin(parent: DocumentDriver, selector: string): Promise<Point> {
  const inner = await parent.evaluate((sel) => {
    const frame = document.querySelector(sel);
    if (!frame) return null;
    const r = frame.getBoundingClientRect();
    const style = getComputedStyle(frame);
    return {
      x: r.x + frame.clientLeft + parseFloat(style.paddingLeft),
      y: r.y + frame.clientTop + parseFloat(style.paddingTop),
    };
  }, selector);
  if (!inner) throw new Error(`no iframe ${selector}`);
  return { x: parent.origin.x + inner.x, y: parent.origin.y + inner.y };
}

const middle = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Drags the mouse from the start of `selector`'s text to its end, as a reader selects a word or a paragraph. */
export async function dragSelect(
  page: PageDriver,
  selector: string,
  options: { doc?: DocumentDriver; alt?: boolean } = {},
): Promise<void> {
  const { first, last } = await textBoxes(options.doc ?? page, selector);
  const start = { x: first.x + 1, y: first.y + first.height / 2 };
  const end = { x: last.x + last.width - 1, y: last.y + last.height / 2 };
  if (options.alt) await page.keyboard.down('Alt');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, 4);
  await page.mouse.move(end.x, end.y, 4);
  await page.mouse.up();
  if (options.alt) await page.keyboard.up('Alt');
}

/**
 * Double-clicks one character of `selector`'s text: the first by default, `-1` for the last (the "2" of
 * "IL-12", where Chromium selects only "12").
 */
export async function doubleClick(
  page: PageDriver,
  selector: string,
  options: { char?: number; doc?: DocumentDriver } = {},
): Promise<void> {
  const { first } = await textBoxes(options.doc ?? page, selector, options.char ?? 0);
  // Into the character's left half: Chromium selects the word that begins at the caret place nearest the click,
  // which for a click on the right half of a word's last character is the space after it
  // (docs/browser-quirks.md#chromium-double-click-caret).
  await page.mouse.dblclick(first.x + first.width / 4, first.y + first.height / 2);
}

/** Clicks the middle of an element's first line of text. */
export async function clickOn(page: PageDriver, selector: string, doc: DocumentDriver = page): Promise<void> {
  const { first } = await textBoxes(doc, selector);
  const { x, y } = middle(first);
  await page.mouse.click(x, y);
}

/** Selects an element's text from script: no mouse or key event, so no automatic bubble. */
export function selectText(doc: DocumentDriver, selector: string): Promise<void> {
  return doc.evaluate((sel) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(sel)!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, selector);
}

/** Clears the document's selection: dragging across text that is still selected would drag it, not select it. */
export function clearSelection(doc: DocumentDriver): Promise<void> {
  return doc.evaluate(() => document.getSelection()?.removeAllRanges(), null);
}

/** The document's selected text. */
export function selectedText(doc: DocumentDriver): Promise<string> {
  return doc.evaluate(() => document.getSelection()?.toString() ?? '', null);
}

/** The selection's rectangle in its document's viewport. */
export const selectionBox = (doc: DocumentDriver) =>
  doc.evaluate(() => {
    const r = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, null);

/**
 * The layout boxes of the body's first `limit` elements and of up to `limit` more that show in the viewport (where
 * the bubble is), in page coordinates so that scrolling does not count as a change. The bubble's host is left out.
 */
export function elementBoxes(doc: DocumentDriver, limit = 300): Promise<string[]> {
  return doc.evaluate(
    ({ tag, limit }) => {
      const boxes: string[] = [];
      let inView = 0;
      const all = (document.body ?? document.documentElement).querySelectorAll('*');
      for (const [index, element] of all.entries()) {
        if (element.localName === tag) continue;
        const r = element.getBoundingClientRect();
        const shows = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
        if (index >= limit && !(shows && inView++ < limit)) continue;
        const round = (n: number) => Math.round(n * 10) / 10;
        boxes.push(
          `${element.localName}#${index} ${round(r.x + scrollX)},${round(r.y + scrollY)} ${round(r.width)}x${round(r.height)}`,
        );
      }
      return boxes;
    },
    { tag: BUBBLE_TAG, limit },
  );
}

/** Element boxes once the page has stopped moving by itself (late fonts, failed images, its own scripts). */
export async function settledBoxes(doc: DocumentDriver): Promise<string[]> {
  let last = await elementBoxes(doc);
  for (let tries = 0; tries < 20; tries++) {
    await sleep(100);
    const next = await elementBoxes(doc);
    if (JSON.stringify(next) === JSON.stringify(last)) return next;
    last = next;
  }
  throw new Error('the page never stopped moving by itself');
}
