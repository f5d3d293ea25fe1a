/**
 * The page's side of the private window hand-over (utils/lookup/hand-over.ts): reads the target its token names
 * from session storage and deletes it, so that a reload or a copied URL shows nothing of it.
 */
import { browser } from 'wxt/browser';
import { handOverKey, handOverToken, parseHandOver } from '@/utils/lookup/hand-over';
import type { FullViewTarget } from '@/utils/messages/to-background';

/** Null when the page was not opened by a hand-over; `target` null when it was, but the target is gone or stale. */
export async function takeHandOver(search: string): Promise<{ target: FullViewTarget | null } | null> {
  const token = handOverToken(search);
  if (!token) return null;
  const key = handOverKey(token);
  try {
    const stored = (await browser.storage.session.get(key))[key];
    await browser.storage.session.remove(key);
    return { target: parseHandOver(stored, Date.now()) };
  } catch {
    return { target: null };
  }
}
