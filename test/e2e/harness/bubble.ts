/**
 * The bubble's page object: what it shows, where it sits beside the selection, how it looks, and the reader's
 * clicks inside it. Works in any document (the page, or a frame) of either browser's `PageDriver`.
 */
import { expect } from 'vitest';
import { BUBBLE_TAG, expectStays, waitUntil, type Box, type DocumentDriver, type PageDriver } from './driver';

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

/**
 * Clicks the middle of the first line of an element inside the bubble, once that point shows the element and has
 * stayed put for two reads in a row: the bubble may still be laying out (in a private window the save button's
 * note arrives after the heading and moves what is below it down a line), and a click that misses the element
 * lands beside it, or on the page, which closes the bubble.
 */
export async function clickInBubble(
  page: PageDriver,
  selector: string,
  doc: DocumentDriver = page,
): Promise<void> {
  const find = () =>
    doc.evaluate(
      ({ tag, selector }) => {
        const root = document.querySelector(tag)?.shadowRoot;
        const element = root?.querySelector(selector);
        if (!root || !element) return null;
        // A long entry scrolls inside the bubble: what is below its fold is brought up first, as a reader would
        // scroll to it (docs/browser-quirks.md#bubble-scrolls-below-its-fold).
        element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const r = element.getClientRects()[0];
        if (!r) return null;
        const x = r.x + r.width / 2;
        const y = r.y + r.height / 2;
        const hit = root.elementFromPoint(x, y);
        return { x, y, shown: hit !== null && element.contains(hit) };
      },
      { tag: BUBBLE_TAG, selector },
    );
  let at = await find();
  await waitUntil(
    async () => {
      const before = at;
      at = await find();
      return at?.shown === true && before?.x === at.x && before.y === at.y;
    },
    () =>
      at ? `${selector} in the bubble is covered, moving or out of view` : `no ${selector} in the bubble`,
    { timeoutMs: 5_000, everyMs: 50 },
  );
  await page.mouse.click(doc.origin.x + at!.x, doc.origin.y + at!.y);
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

/** Where the bubble's host is while `withBubbleHostInBody` runs. */
export const BUBBLE_IN_BODY = 'body > [data-e2e-bubble-host]';

/**
 * Runs `during` with the bubble alone in <body>, the way axe-core can measure it, then puts everything back:
 * - The bubble's host moves from <html> to the end of <body>. axe lays out what it measures contrast on from
 *   <body> down, so text in a host outside <body> is never placed on its background and goes unmeasured. The host
 *   is sealed (`all: initial`, every style in its shadow root), so where it hangs changes nothing of its look.
 * - The page's own elements are hidden (visibility, so nothing moves). axe compares the elements under the middle
 *   of each line of a text and calls the text "not measurable: partially overlaps other elements" when they
 *   differ (docs/browser-quirks.md#axe-overlay-over-varied-content), as they do under a bubble that lies across a paragraph and the margin beside it. The
 *   bubble's surface is opaque, so what lies under it cannot change a colour it shows: that is checked first, in
 *   every look (a translucent surface would fail here rather than be measured on an empty page). For the same
 *   reason <body> is stretched over the whole viewport, as a bubble may hang past its margin: then every line
 *   lies on the same two elements, <body> and <html>. Nothing of the bubble moves: it follows its anchor on
 *   scroll and resize only.
 * The page objects above find the host under <html>.
 */
export async function withBubbleHostInBody<T>(doc: DocumentDriver, during: () => Promise<T>): Promise<T> {
  const problem = await doc.evaluate((tag) => {
    const host = document.querySelector<HTMLElement>(tag);
    const bubble = host?.shadowRoot?.querySelector('.bubble');
    if (!host || !bubble || !document.body) return 'no bubble to check';
    for (
      let e: Element | null = bubble;
      e;
      e = e.parentElement ?? (e.parentNode as ShadowRoot).host ?? null
    ) {
      const s = getComputedStyle(e);
      if (s.opacity !== '1' || s.filter !== 'none' || s.mixBlendMode !== 'normal')
        return `${e.localName}.${e.className} is not opaque (opacity ${s.opacity}, filter ${s.filter})`;
      if (e === host) break;
    }
    const alpha = getComputedStyle(bubble).backgroundColor.match(/[\d.]+/g)?.[3];
    if (alpha !== undefined && Number(alpha) < 1) return `the bubble's background is translucent (${alpha})`;
    host.setAttribute('data-e2e-bubble-host', '');
    document.body.append(host);
    document.body.dataset.e2eStyle = document.body.getAttribute('style') ?? '';
    for (const [name, value] of Object.entries({ margin: '0', 'max-width': 'none', 'min-height': '100vh' }))
      document.body.style.setProperty(name, value, 'important');
    for (const element of document.body.children) {
      if (element === host || !(element instanceof HTMLElement || element instanceof SVGElement)) continue;
      element.dataset.e2eVisibility = element.style.getPropertyValue('visibility');
      element.style.setProperty('visibility', 'hidden', 'important');
    }
    return null;
  }, BUBBLE_TAG);
  if (problem) throw new Error(`the bubble cannot be checked alone: ${problem}`);
  try {
    return await during();
  } finally {
    await doc.evaluate((selector) => {
      for (const element of document.body.querySelectorAll<HTMLElement | SVGElement>(
        ':scope > [data-e2e-visibility]',
      )) {
        element.style.setProperty('visibility', element.dataset.e2eVisibility ?? '');
        delete element.dataset.e2eVisibility;
      }
      const style = document.body.dataset.e2eStyle;
      if (style) document.body.setAttribute('style', style);
      else document.body.removeAttribute('style');
      delete document.body.dataset.e2eStyle;
      const host = document.querySelector(selector);
      host?.removeAttribute('data-e2e-bubble-host');
      if (host) document.documentElement.append(host);
    }, BUBBLE_IN_BODY);
  }
}

/** A control the reader can press or type into, as `controlsUnder` measures it. */
export interface ControlBox {
  /** Tag, class and text: enough to find it. */
  control: string;
  width: number;
  height: number;
}

/**
 * Every visible control (link, button, field, summary, option) under `root` of a document or of the bubble's
 * shadow root, with its box in CSS px. A function of the page's world, for `evaluate`.
 */
export function controlsUnder({ tag, root }: { tag: string | null; root: string }): ControlBox[] {
  const scope: ParentNode | null | undefined = tag ? document.querySelector(tag)?.shadowRoot : document;
  const base = scope?.querySelector(root);
  if (!base) return [];
  const selector = 'a[href], button, input, select, textarea, summary, [role=option], [tabindex="0"]';
  return [...base.querySelectorAll<HTMLElement>(selector)]
    .filter((element) => element.checkVisibility({ visibilityProperty: true }))
    .map((element) => {
      const r = element.getBoundingClientRect();
      const text = (element.textContent ?? '').trim().slice(0, 30);
      return {
        control: `${element.localName}.${element.className} “${text || element.getAttribute('aria-label')}”`,
        width: Math.round(r.width * 10) / 10,
        height: Math.round(r.height * 10) / 10,
      };
    });
}

/** The bubble's controls and their boxes (see `controlsUnder`). */
export const bubbleControls = (doc: DocumentDriver) =>
  doc.evaluate(controlsUnder, { tag: BUBBLE_TAG, root: '.bubble' });

/** The focused element, in the document or in the bubble's shadow root, and the outline it draws. */
export interface FocusRing {
  focused: string;
  outline: string;
  /** Outline width in CSS px, 0 when there is no outline. */
  width: number;
}

/** The focus ring of whatever has focus (inside the bubble's shadow root when `tag` names its host). */
export function focusRing(tag: string | null): FocusRing | null {
  let element = document.activeElement;
  if (tag && element === document.querySelector(tag)) element = element?.shadowRoot?.activeElement ?? null;
  if (!element || element === document.body) return null;
  const s = getComputedStyle(element);
  const width = s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth) || 0;
  const text = (element.textContent ?? '').trim().slice(0, 30);
  return {
    focused: `${element.localName}.${element.className} “${text || element.getAttribute('aria-label')}”`,
    outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
    width,
  };
}

/** What the bubble's live region says now ('' when it is silent or there is no bubble). */
export function bubbleAnnouncement(doc: DocumentDriver): Promise<string> {
  return doc.evaluate(
    (tag) =>
      document.querySelector(tag)?.shadowRoot?.querySelector('.announcement[role=status]')?.textContent ?? '',
    BUBBLE_TAG,
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

/**
 * Where focus is: 'page' plus the focused element of the page, or 'bubble' plus the focused control inside the
 * bubble's shadow root, each as tag, id or class, and text.
 */
export function whereFocusIs(doc: DocumentDriver): Promise<string> {
  return doc.evaluate((tag) => {
    const describe = (e: Element) =>
      `${e.localName}${e.id ? '#' + e.id : ''}${e.className ? '.' + String(e.className).split(' ')[0] : ''} “${(e.textContent ?? '').trim().slice(0, 30)}”`;
    const active = document.activeElement;
    const host = document.querySelector(tag);
    if (host && active === host) {
      const inner = host.shadowRoot?.activeElement;
      return inner ? `bubble ${describe(inner)}` : 'bubble (none)';
    }
    return active ? `page ${describe(active)}` : 'page (none)';
  }, BUBBLE_TAG);
}
