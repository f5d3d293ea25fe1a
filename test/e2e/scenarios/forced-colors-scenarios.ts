/**
 * Forced colours (Windows high contrast) and reduced motion, in every view of axe-scenarios.ts: what tells a
 * control or the bubble apart survives the system's palette (borders, text colour, focus rings), axe still finds
 * nothing, and nothing moves for a reader who asked for less motion. Browser-neutral: Chromium emulates both media
 * features per tab (forced-colors.e2e.ts); Firefox has no emulation a test can switch, so firefox-forced-colors.e2e.ts
 * launches it with the prefs a reader's "override colours: always" and "reduce motion" set.
 */
import { expect, it } from 'vitest';
import type { AxeCheck, FoundViolation } from '../harness/axe';
import { describeViolations } from '../harness/axe';
import { BUBBLE_IN_BODY, withBubbleHostInBody } from '../harness/bubble';
import { BUBBLE_TAG, type BrowserDriver, type PageDriver } from '../harness/driver';
import type { FixtureServer } from '../harness/server';
import { waitForLensMarks } from '../harness/lens-marks';
import type { ViewTools } from '../harness/view-tools';
import { VIEWPORT, VIEWS } from './axe-scenarios';

/**
 * What would vanish in forced colours, under `root` of the document or of the bubble's shadow root: a control
 * whose text takes its background's colour and that has no border either, a floating surface (the bubble, the
 * find bar) with no border left once the browser drops its shadow, and a focus ring narrower than 2 px.
 */
function forcedColourProblems({ tag, root }: { tag: string | null; root: string }): string[] {
  const scope: ParentNode | null | undefined = tag ? document.querySelector(tag)?.shadowRoot : document;
  const base = scope?.querySelector(root);
  if (!matchMedia('(forced-colors: active)').matches) return ['forced colours are not active'];
  if (!base) return [`no ${root}`];
  const problems: string[] = [];
  const name = (e: Element) =>
    `${e.localName}.${String(e.className)} “${(e.textContent ?? '').trim().slice(0, 24)}”`;
  const bordered = (s: CSSStyleDeclaration) =>
    ['Top', 'Right', 'Bottom', 'Left'].some(
      (side) =>
        s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
        parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1,
    );
  const controls = base.querySelectorAll<HTMLElement>(
    'a[href], button, input, select, summary, [role=option]',
  );
  for (const control of controls) {
    if (!control.checkVisibility()) continue;
    // The browser draws a file input's button in system colours itself; PDF.js lays a transparent link over
    // the link text the PDF draws on its page.
    if ((control as HTMLInputElement).type === 'file' || control.closest('.annotationLayer')) continue;
    const s = getComputedStyle(control);
    const hasText = (control.textContent ?? '').trim() !== '' || (control as HTMLInputElement).value;
    if (!(hasText && s.color !== s.backgroundColor) && !bordered(s))
      problems.push(`invisible: ${name(control)}`);
    control.focus();
    const focused = getComputedStyle(control);
    if (
      document.activeElement === (tag ? document.querySelector(tag) : control) &&
      (focused.outlineStyle === 'none' || parseFloat(focused.outlineWidth) < 2)
    )
      problems.push(`no focus ring: ${name(control)} (${focused.outline})`);
  }
  for (const surface of base.querySelectorAll('.bubble, .find-bar, fieldset, .result-answer')) {
    if (!bordered(getComputedStyle(surface))) problems.push(`no border: ${name(surface)}`);
  }
  if (base.matches('.bubble') && !bordered(getComputedStyle(base))) problems.push('no border: the bubble');
  (document.activeElement as HTMLElement | null)?.blur();
  return problems;
}

/** Elements that still animate or transition for more than a moment under prefers-reduced-motion. */
function movingElements({ tag }: { tag: string | null }): string[] {
  const scope: ParentNode | null | undefined = tag ? document.querySelector(tag)?.shadowRoot : document;
  const longest = (list: string) =>
    Math.max(...list.split(',').map((t) => parseFloat(t) * (t.trim().endsWith('ms') ? 1 : 1000)));
  return [...(scope?.querySelectorAll('*') ?? [])].flatMap((e) => {
    const s = getComputedStyle(e);
    const animates = s.animationName !== 'none' && longest(s.animationDuration) > 1;
    const transitions = longest(s.transitionDuration) > 1;
    return animates || transitions ? [`${e.localName}.${String(e.className)}`] : [];
  });
}

/**
 * Contrast is not ours to check in forced colours: the colours are the reader's system palette. axe also reads
 * the author's colours there (it reported white on white for the bubble's "Open full entry", which the browser
 * paints black on white with a black border), so its contrast rule is off for this run only; the light, dark
 * and 200 % runs (axe.e2e.ts) check it.
 */
export const FORCED_PALETTE = {
  'color-contrast': 'the colours are the system palette, and axe misreads them',
};

/** What a browser brings: how it runs axe, and how a tab gets forced colours and reduced motion. */
export interface ForcedColorsBrowser extends ViewTools {
  violations(page: PageDriver, check: Omit<AxeCheck, 'what'>): Promise<FoundViolation[]>;
  /** Turns forced colours and reduced motion on for the tab (nothing where the browser was launched so). */
  force(page: PageDriver): Promise<void>;
}

interface ForcedColorsEnv {
  readonly browser: BrowserDriver;
  readonly server: FixtureServer;
}

export function describeForcedColorsScenarios(env: ForcedColorsEnv, browser: ForcedColorsBrowser): void {
  it('has forced colours and reduced motion on in the tabs it checks', async () => {
    const page = await env.browser.newPage();
    try {
      await page.goto(`${env.server.origin}/article.html?forced-colors`);
      await browser.force(page);
      expect(
        await page.evaluate(
          () => [
            matchMedia('(forced-colors: active)').matches,
            matchMedia('(prefers-reduced-motion: reduce)').matches,
          ],
          null,
        ),
      ).toEqual([true, true]);
    } finally {
      await page.close();
    }
  });

  it("paints the lens's marks in forced colours (a mark's pixels differ from the same text unmarked)", async () => {
    await env.browser.setSettings({ highlightTerms: true });
    const page = await env.browser.newPage();
    try {
      await page.goto(`${env.server.origin}/article.html?forced-colors-marks`);
      await browser.force(page);
      await waitForLensMarks(page, 5);
      const box = await page.evaluate(() => {
        for (const range of CSS.highlights.get('immunolens-term') ?? []) {
          if ((range as Range).toString() !== 'IFN-γ') continue;
          const r = (range as Range).getClientRects()[0]!;
          return {
            x: Math.floor(r.x),
            y: Math.floor(r.y),
            width: Math.ceil(r.width),
            height: Math.ceil(r.height),
          };
        }
        return null;
      }, null);
      expect(box).not.toBeNull();
      const marked = await browser.screenshot(page, box!);
      // The same place with the lens's highlight taken out of the registry for a moment, then put back.
      await page.evaluate(() => {
        const w = window as unknown as { __marks?: Highlight };
        w.__marks = CSS.highlights.get('immunolens-term');
        CSS.highlights.delete('immunolens-term');
      }, null);
      const unmarked = await browser.screenshot(page, box!);
      await page.evaluate(() => {
        const w = window as unknown as { __marks?: Highlight };
        if (w.__marks) CSS.highlights.set('immunolens-term', w.__marks);
      }, null);
      expect(Buffer.from(marked).equals(Buffer.from(unmarked)), 'the mark looks like unmarked text').toBe(
        false,
      );
    } finally {
      await page.close();
      await env.browser.setSettings(null);
    }
  });

  it.each(VIEWS.map((view) => [view.name, view] as const))(
    'keeps the %s visible in forced colours, axe-clean, and still under reduced motion',
    async (_, view) => {
      await env.browser.setSettings(view.settings ?? null);
      const page = await view.open(env);
      try {
        await browser.force(page);
        if (view.bubble) await browser.setViewport(page, view.viewport ?? VIEWPORT);
        await view.bubble?.(page, browser);
        await view.prepare?.(page);
        const where = view.bubble ? { tag: BUBBLE_TAG, root: '.bubble' } : { tag: null, root: 'body' };
        // A key first on the reader: the focus rings checked are the keyboard's (:focus-visible), and a mouse drag
        // came last. (On a web page, Tab would take focus, and with it the selection and the bubble, away.)
        if (view.prepare) await page.keyboard.press('Tab');
        // Polled: a tab that took forced colours after it first drew may restyle a moment later (Chromium reported
        // the side panel's order choice without its forced-colours border once in two runs, then with it).
        await expect.poll(() => page.evaluate(forcedColourProblems, where), { timeout: 3_000 }).toEqual([]);
        expect(await page.evaluate(movingElements, { tag: where.tag })).toEqual([]);
        const found = view.bubble
          ? await withBubbleHostInBody(page, () =>
              browser.violations(page, { include: [BUBBLE_IN_BODY], disableRules: FORCED_PALETTE }),
            )
          : await browser.violations(page, { exclude: view.exclude, disableRules: FORCED_PALETTE });
        expect(found, describeViolations(`the ${view.name}, forced colours`, found)).toEqual([]);
      } finally {
        await page.close();
        await env.browser.setSettings(null);
        await view.after?.(env);
      }
    },
  );
}
