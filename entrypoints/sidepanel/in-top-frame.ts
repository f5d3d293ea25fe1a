/**
 * Functions the side panel runs in the top frame of a tab (`scripting.executeScript`, page-frames.ts): each is
 * sent as its source, so it uses nothing outside itself, and the content script carries none of it.
 */

/** Run in the top frame: its frames in document order, named by frame id (Firefox) or else by URL. */
export function frameKeys(max: number): string[] {
  const runtime = (globalThis as { browser?: { runtime?: { getFrameId?: (e: Element) => number } } }).browser
    ?.runtime;
  return [...document.querySelectorAll<HTMLIFrameElement>('iframe,frame')]
    .slice(0, max)
    .map((frame) => (runtime?.getFrameId ? String(runtime.getFrameId(frame)) : frame.src));
}

/**
 * Run in the top frame: scrolls the top page so that the place `y` px below the top of frame `frame`'s viewport
 * (where the frame showed a use) shows. Where the browser carried the frame's own scrolling into the top page
 * (Chromium 156 and Firefox ESR 153 do, from a frame of another site too) the place shows already and this does
 * nothing; where it does not (a fenced frame in Blink), this brings the frame there
 * (docs/browser-quirks.md#frame-scrolling-stops-at-the-origin).
 */
export function revealFrame(frame: number, y: number, height: number): boolean {
  const element = document.querySelectorAll('iframe,frame')[frame];
  if (!element) return false;
  const at = () =>
    element.getBoundingClientRect().top +
    element.clientTop +
    (parseFloat(getComputedStyle(element).paddingTop) || 0) +
    y;
  const shows = () => at() >= 0 && at() + height <= innerHeight;
  if (!shows()) element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  if (!shows()) scrollBy({ top: at() + height / 2 - innerHeight / 2, left: 0, behavior: 'instant' });
  return true;
}
