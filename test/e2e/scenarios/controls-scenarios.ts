/**
 * Controls a reader can reach and hit, in the popup and the bubble, alike in Chromium and Firefox: every one is
 * at least 24 × 24 CSS px (WCAG 2.5.8, target size) and shows a focus ring when the keyboard reaches it (WCAG
 * 2.4.7, and 2.4.13's 2 px).
 */
import { describe, expect, it } from 'vitest';
import {
  bubbleControls,
  controlsUnder,
  expectHeadings,
  focusRing,
  type ControlBox,
  type FocusRing,
} from '../harness/bubble';
import {
  BUBBLE_TAG,
  clearSelection,
  dragSelect,
  type BrowserDriver,
  type PageDriver,
} from '../harness/driver';
import { openPopupPage } from '../harness/extension-pages';
import type { FixtureServer } from '../harness/server';

const MIN_TARGET_PX = 24;
const MIN_RING_PX = 2;
/** More Tab presses than either view has controls: the walk stops when focus comes back to where it began. */
const MAX_TABS = 60;

interface Env {
  readonly browser: BrowserDriver;
  readonly server: FixtureServer;
}

const tooSmall = (boxes: ControlBox[]) =>
  boxes.filter((b) => b.width < MIN_TARGET_PX || b.height < MIN_TARGET_PX);

/** Presses Tab until focus comes back round (or leaves `tag`'s shadow root), reading each control's ring. */
async function tabThrough(page: PageDriver, tag: string | null): Promise<FocusRing[]> {
  const rings: FocusRing[] = [];
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(focusRing, tag);
    if (ring === null || rings.some((r) => r.focused === ring.focused)) break;
    rings.push(ring);
  }
  return rings;
}

export function describeControlScenarios(env: Env): void {
  describe('the popup', () => {
    it.each([
      ['empty', ''],
      ['with results', 'il12'],
    ])('has controls of at least 24 × 24 px, %s', async (_, query) => {
      const popup = await openPopupPage(env.browser);
      if (query) {
        await popup.type(query);
        await expect.poll(() => popup.firstOption()).not.toBe('');
      }
      const boxes = await popup.page.evaluate(controlsUnder, { tag: null, root: 'body' });
      expect(boxes.length).toBeGreaterThan(3);
      expect(tooSmall(boxes)).toEqual([]);
      await popup.close();
    });

    it('has controls of at least 24 × 24 px on an entry, and a focus ring on each as Tab reaches it', async () => {
      const popup = await openPopupPage(env.browser);
      await popup.type('il12');
      await expect.poll(() => popup.firstOption()).not.toBe('');
      await popup.press('Enter');
      await expect.poll(() => popup.title()).toBe('Interleukin-12');
      const boxes = await popup.page.evaluate(controlsUnder, { tag: null, root: 'body' });
      expect(tooSmall(boxes)).toEqual([]);
      const rings = await tabThrough(popup.page, null);
      expect(rings.length).toBeGreaterThan(5);
      expect(rings.filter((r) => r.width < MIN_RING_PX)).toEqual([]);
      await popup.close();
    });
  });

  describe('the bubble', () => {
    it.each([
      ['one term', '#il12', ['Interleukin-12']],
      [
        'a passage',
        '#passage',
        ['Interleukin-12', 'Interferon gamma', 'Natural killer cell', 'T helper 1 cell'],
      ],
    ])(
      'has controls of at least 24 × 24 px and a focus ring on each as Tab reaches it, for %s',
      async (_, selector, headings) => {
        // A tab of its own, brought up as the reader's: the keyboard focus ring shows in the focused tab.
        const page = await env.browser.newPage();
        await page.goto(`${env.server.origin}/article.html?controls-${selector.slice(1)}`);
        await clearSelection(page);
        await dragSelect(page, selector);
        await expectHeadings(page, headings);
        const boxes = await bubbleControls(page);
        expect(boxes.length).toBeGreaterThan(2);
        expect(tooSmall(boxes)).toEqual([]);
        // Into the bubble by script (the shortcut's part, tested in the keyboard scenarios), then the keyboard.
        await page.evaluate(
          (tag) => document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('.close')?.focus(),
          BUBBLE_TAG,
        );
        const rings = await tabThrough(page, BUBBLE_TAG);
        expect(rings.length).toBeGreaterThan(1);
        expect(rings.filter((r) => r.width < MIN_RING_PX)).toEqual([]);
        await page.keyboard.press('Escape');
        await page.close();
      },
    );
  });
}
