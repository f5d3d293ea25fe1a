/**
 * The full view page opened from a private window gets what to show through `storage.session`, not its URL: a
 * browser may open the extension's page in a normal window (Chrome runs extensions in "spanning" incognito mode,
 * whose pages cannot live in an incognito window), and a normal window's history keeps URLs and titles. The URL
 * carries a one-time token; the target waits under `handover:TOKEN` in session storage (memory only, never on
 * disk, out of content scripts' reach), and the page deletes it once read. Pure: the storage calls are in
 * entrypoints/background/hand-over.ts and entrypoints/lookup/hand-over.ts.
 */
import { parseFullViewTarget, type FullViewTarget } from '../messages/to-background';

const PREFIX = 'handover:';
/** A hand-over not taken within a minute is a page that never opened: the next one removes it. */
export const HAND_OVER_TTL_MS = 60_000;
const TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface HandOver {
  target: FullViewTarget;
  /** When it was written (ms since the epoch). */
  at: number;
}

export const handOverKey = (token: string) => PREFIX + token;

/** The page's path for a token: nothing of the target in it. */
export const handOverPath = (token: string) => `/lookup.html?handover=${token}` as const;

/** The token in a lookup page's `location.search`, or null when there is none (or it is not one of ours). */
export function handOverToken(search: string): string | null {
  const token = new URLSearchParams(search).get('handover');
  return token !== null && TOKEN.test(token) ? token : null;
}

/** What a stored hand-over says to show, or null when it is malformed or older than HAND_OVER_TTL_MS. */
export function parseHandOver(value: unknown, now: number): FullViewTarget | null {
  if (typeof value !== 'object' || value === null) return null;
  const { target, at } = value as Partial<HandOver>;
  if (typeof at !== 'number' || !(now - at >= 0 && now - at < HAND_OVER_TTL_MS)) return null;
  return parseFullViewTarget(target);
}

/** Keys of hand-overs in a storage area's contents that are past their time (or are not hand-overs at all). */
export function staleHandOverKeys(items: Record<string, unknown>, now: number): string[] {
  return Object.keys(items).filter(
    (key) => key.startsWith(PREFIX) && parseHandOver(items[key], now) === null,
  );
}
