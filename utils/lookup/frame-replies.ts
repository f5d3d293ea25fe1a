/** What the background does with the frames' answers to the menu or the shortcut: a pure rule, tested in Node. */
import type { BubbleOutcome } from '../messages/to-page';

/**
 * One frame's answer, or `undefined` where none came: no content script there (a PDF viewer, a browser page, a
 * tab opened before the extension), or every frame kept quiet because the reader is in none of them.
 */
export type FrameReply = BubbleOutcome | undefined;

/**
 * Whether to open the full view page: only when no frame showed a bubble and none declined. A frame declines for a
 * password field (never read, so never sent to a window either) or because a newer selection took over; either
 * way a window would be wrong.
 */
export function opensFullView(replies: readonly FrameReply[]): boolean {
  return replies.every((reply) => reply !== 'shown' && reply !== 'declined');
}
