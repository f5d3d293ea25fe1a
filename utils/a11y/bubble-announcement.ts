/**
 * What the bubble's polite live region says when it opens, so that a screen-reader user knows it is there
 * without focus leaving the page (Hypothesis announces its selection tools the same way).
 */
import type { Explanation } from '@/utils/messages/to-background';

/**
 * The explain shortcut as the manifest suggests it (wxt.config.ts, `commands['lookup-selection']`; a test keeps
 * the two equal). Content scripts cannot read `commands.getAll()`, so a key the reader rebound is not known here.
 */
export const EXPLAIN_SHORTCUT = 'Alt+Shift+L';

/** Names listed in a passage's announcement before "and N more". */
const NAMES_LISTED = 3;

/**
 * `focused`: the shortcut opened the bubble, so focus is in it already. `shortcut`: the shortcut can move focus
 * into it (web pages; the PDF reader is an extension page, where no content script receives it).
 */
export function bubbleAnnouncement(
  reply: Pick<Explanation, 'terms'>,
  { query, focused, shortcut = true }: { query: string; focused: boolean; shortcut?: boolean },
): string {
  const names = reply.terms.map(({ term }) => term.name);
  const what =
    names.length === 0
      ? `no entry for “${query.length > 60 ? query.slice(0, 60) + '…' : query}”`
      : names.length === 1
        ? names[0]!
        : `${names.length} terms: ${names.slice(0, NAMES_LISTED).join(', ')}${
            names.length > NAMES_LISTED ? ` and ${names.length - NAMES_LISTED} more` : ''
          }`;
  // When the shortcut opened the bubble, focus is already in it: no need to say how to get there.
  const how = focused
    ? ''
    : shortcut
      ? ` Press ${EXPLAIN_SHORTCUT} to read ${names.length > 1 ? 'them' : 'it'}, Escape to close.`
      : ' Press Escape to close.';
  return `ImmunoLens: ${what}.${how}`;
}
