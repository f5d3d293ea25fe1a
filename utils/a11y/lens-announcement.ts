/**
 * What the lens's polite live region says once its first reading of the page is marked: how many terms it
 * marked and how to move between them (issue 20), since marks are only painted and a screen reader does not
 * see them.
 */

/** The lens's keys (entrypoints/content/lens.ts `onKeyDown`; the options page's Keyboard section lists them). */
export const LENS_NEXT_KEY = 'Alt+N';
export const LENS_PREVIOUS_KEY = 'Alt+P';
/**
 * The manifest's suggested key for the `toggle-lens` command (wxt.config.ts), as the options page names it. Not
 * Alt+Shift+H, which Firefox's Help menu takes (docs/browser-quirks.md#firefox-alt-shift-letters-open-menus).
 */
export const LENS_SHORTCUT = 'Alt+Shift+D';

/**
 * What to say, or null for nothing: `withPage`, the lens came on with the page's load (not at the reader's word),
 * and a page where it marked nothing then hears nothing. With the lens on for every site, "no terms" would be said
 * on most pages a reader opens, and the region that says it would cost each a drawing task (bench:e2e: 3–4 ms of
 * CPU for the host joining <html>, and as much again for its text).
 */
export function lensAnnouncement({
  marks,
  truncated,
  withPage = false,
}: {
  marks: number;
  truncated: boolean;
  withPage?: boolean;
}): string | null {
  if (marks === 0 && withPage) return null;
  const partly = truncated ? ' It read only the first part of this long page.' : '';
  if (marks === 0) return `ImmunoLens: no known terms marked on this page.${partly}`;
  // Not toLocaleString: its first call builds an ICU number format, 21–23 ms of the page's main thread (a CPU
  // profile of the lens on telegraph); the digits grouped by hand, as 'en' does.
  const count = marks === 1 ? '1 term' : `${String(marks).replace(/\B(?=(\d{3})+$)/g, ',')} terms`;
  const how =
    marks === 1
      ? ` Press ${LENS_NEXT_KEY} to go to it, Escape to leave.`
      : ` Press ${LENS_NEXT_KEY} and ${LENS_PREVIOUS_KEY} to move between them, then N and P; Escape to leave.`;
  return `ImmunoLens marked ${count} on this page.${how}${partly}`;
}
