/**
 * axe-core, the accessibility engine, on any view the e2e tests open: `expectNoAxeViolations` for a Chromium tab
 * (through @axe-core/playwright) and `expectNoAxeViolationsIn` for any document of either browser's driver
 * (Firefox over WebDriver BiDi, or a frame), which injects the same engine's `axe.source` itself. Both check the
 * WCAG 2.2 A and AA rules and fail with each violation's rule, the nodes it found and axe's summary of what to fix.
 *
 * The bubble lives in a shadow root on a web page: pass its host (BUBBLE_TAG) as `include`, so that axe checks
 * the bubble and not the fixture page under it. axe walks open shadow roots; the test build keeps the bubble's
 * root open (see bubble.ts), the production build closes it.
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { DocumentDriver } from './driver';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the rules ImmunoLens promises to meet (best practices are not run). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeCheck {
  /** What is being checked, for the failure message: "popup, dark theme". */
  what: string;
  /** CSS selectors of the parts to check (the whole document when absent): the bubble's host on a web page. */
  include?: string[];
  /** CSS selectors of parts that are not ours (a fixture page's own content). */
  exclude?: string[];
  /** Rules that do not apply to this check, each with the reason (none for the views as they are). */
  disableRules?: Record<string, string>;
}

/** One violation as a line a reader can act on: rule, impact, summary, then each node's target and failure. */
export interface FoundViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string; summary: string }[];
}

export function describeViolations(what: string, violations: FoundViolation[]): string {
  const lines = violations.flatMap((v) => [
    `${v.id} (${v.impact}): ${v.help}`,
    ...v.nodes.map((n) => `  at ${n.target}\n    ${n.summary.replaceAll('\n', '\n    ')}`),
  ]);
  return `${violations.length} axe violation(s) in ${what}:\n${lines.join('\n')}`;
}

/** axe's result nodes cite their targets as arrays of selectors (one per shadow root or frame on the way). */
type AxeTarget = string | (string | string[])[];
interface AxeResultLike {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: AxeTarget; failureSummary?: string; any?: { data?: unknown }[] }[];
}

/**
 * Contrast that axe could not measure counts as failed, or a view could pass by being unmeasurable: text axe
 * cannot place on a background (an element outside <body>, which its layout grid starts from) would never be
 * checked. Two reasons are let through, both for a lone glyph that axe cannot tell from an icon (the bubble's ×,
 * the reader's − and +), whose colours are the same tokens measured everywhere else.
 */
const UNMEASURED_CONTRAST_LET_THROUGH = new Set(['shortTextContent', 'nonBmp']);

function unmeasuredContrast(incomplete: AxeResultLike[], off: string[]): AxeResultLike[] {
  if (off.includes('color-contrast')) return [];
  return incomplete
    .filter((result) => result.id === 'color-contrast')
    .map((result) => ({
      ...result,
      id: 'color-contrast (not measurable)',
      nodes: result.nodes.filter((node) => {
        const data = node.any?.[0]?.data as { messageKey?: string } | undefined;
        return !UNMEASURED_CONTRAST_LET_THROUGH.has(data?.messageKey ?? '');
      }),
    }))
    .filter((result) => result.nodes.length > 0);
}

const targetText = (target: AxeTarget): string =>
  typeof target === 'string'
    ? target
    : target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' >>> ');

const found = (violations: AxeResultLike[]): FoundViolation[] =>
  violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: targetText(n.target), summary: n.failureSummary ?? '' })),
  }));

function expectNone(what: string, violations: FoundViolation[]): void {
  expect(violations, describeViolations(what, violations)).toEqual([]);
}

/** Runs axe on a Chromium tab (every frame in it) with @axe-core/playwright and fails on any violation. */
export async function expectNoAxeViolations(page: Page, check: AxeCheck): Promise<void> {
  expectNone(check.what, await axeViolations(page, check));
}

/** What axe finds in a Chromium tab (every frame in it), through @axe-core/playwright. */
export async function axeViolations(page: Page, check: Omit<AxeCheck, 'what'>): Promise<FoundViolation[]> {
  // Legacy mode runs axe in the tab itself: the default mode finishes in a new blank tab, which would be one
  // more tab for the extension to see while a test runs.
  let builder = new AxeBuilder({ page }).setLegacyMode(true).withTags(WCAG_TAGS);
  for (const selector of check.include ?? []) builder = builder.include(selector);
  for (const selector of check.exclude ?? []) builder = builder.exclude(selector);
  const off = Object.keys(check.disableRules ?? {});
  if (off.length > 0) builder = builder.disableRules(off);
  const results = await builder.analyze();
  return found([...results.violations, ...unmeasuredContrast(results.incomplete, off)]);
}

/**
 * The page function that defines `window.axe`: axe's source as the body of a function. The drivers send a
 * function's text to the browser, which compiles it as a debugger would, outside the page's CSP; an `eval` of
 * the source inside the page would be refused there (the extension's pages allow no eval).
 */
function axeInstaller(): () => boolean {
  const install = () => true;
  install.toString = () =>
    `() => { if (!window.axe) { ${axe.source}\n } return typeof window.axe === 'object'; }`;
  return install;
}

/**
 * Runs the same engine in any document of either browser's driver and fails on any violation: Firefox's pages
 * (puppeteer over WebDriver BiDi), or a frame. Results come back as plain strings, since BiDi sends an object
 * met twice as a bare reference (docs/browser-quirks.md#bidi-repeated-object-reference).
 */
export async function expectNoAxeViolationsIn(doc: DocumentDriver, check: AxeCheck): Promise<void> {
  expectNone(check.what, await axeViolationsIn(doc, check));
}

/** What axe finds in any document of either browser's driver, with axe's source injected there. */
export async function axeViolationsIn(
  doc: DocumentDriver,
  check: Omit<AxeCheck, 'what'>,
): Promise<FoundViolation[]> {
  const off = Object.keys(check.disableRules ?? {});
  expect(await doc.evaluate(axeInstaller(), null), 'axe-core could not be injected').toBe(true);
  const violations = await doc.evaluate(
    async ({ include, exclude, tags, off }) => {
      const engine = (window as unknown as { axe: typeof axe }).axe;
      const context = include.length > 0 ? { include, exclude } : { exclude };
      const rules = Object.fromEntries(off.map((id) => [id, { enabled: false }]));
      const results = await engine.run(context, { runOnly: { type: 'tag', values: tags }, rules });
      const plain = (list: typeof results.violations) =>
        list.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => ({
            target: n.target,
            failureSummary: n.failureSummary,
            any: n.any.map((a) => ({ data: a.data as unknown })),
          })),
        }));
      return JSON.stringify({ violations: plain(results.violations), incomplete: plain(results.incomplete) });
    },
    { include: check.include ?? [], exclude: check.exclude ?? [], tags: WCAG_TAGS, off },
  );
  const results = JSON.parse(violations) as { violations: AxeResultLike[]; incomplete: AxeResultLike[] };
  return found([...results.violations, ...unmeasuredContrast(results.incomplete, off)]);
}
