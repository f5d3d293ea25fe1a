/**
 * The bubble's polite live region: a status element beside the bubble inside its shadow root, so a screen reader
 * hears that a bubble opened while focus stays on the page. The region is in the tree (empty) before its text
 * is set, since a region that arrives with its text already in it is often not read.
 */

/** Long enough for the accessibility tree to take in the freshly shown (empty) region first. */
const ANNOUNCE_DELAY_MS = 100;

export interface Announcer {
  say(text: string): void;
}

export function createAnnouncer(beside: HTMLElement): Announcer {
  const region = document.createElement('div');
  region.className = 'announcement';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    say(text) {
      if (region.parentNode !== beside.parentNode) beside.after(region);
      region.textContent = '';
      clearTimeout(timer);
      timer = setTimeout(() => (region.textContent = text), ANNOUNCE_DELAY_MS);
    },
  };
}
