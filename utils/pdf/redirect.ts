/** Which top-level navigations the "Open PDFs in the ImmunoLens reader" option sends to the reader. */
import { looksLikePdfUrl } from './reader-url';

/** The permission the option needs: to see a tab start navigating to a PDF address. */
export const REDIRECT_PERMISSION = 'webNavigation';

/**
 * Marks the reader's "Open original" link, so that the option lets that one navigation through to the PDF. A
 * `key=value` pair: the browsers' own PDF viewers read a fragment with `=` as parameters and ignore unknown ones,
 * but take a bare word for a named destination (Firefox logs "not a valid destination array" for it).
 */
export const ORIGINAL_MARK = 'immunolens=original';

/** The reader's "Open original" address: the document, with the mark added to its fragment. */
export function originalUrl(source: string): string {
  try {
    const url = new URL(source);
    url.hash = url.hash ? `${url.hash.slice(1)}&${ORIGINAL_MARK}` : ORIGINAL_MARK;
    return url.href;
  } catch {
    return source;
  }
}

export interface NavigationStart {
  /** 0 for the tab's top-level document. */
  frameId: number;
  url: string;
}

/**
 * Whether a navigation should go to the reader instead: the tab's own document (never a frame), on the web
 * (http/https: never the extension's pages, the reader included, nor file: addresses), to an address that names
 * a PDF by the rule the context menu and popup use, unless it comes from the reader's "Open original".
 */
export function shouldRedirectToReader(nav: NavigationStart, readerPage: string): boolean {
  if (nav.frameId !== 0) return false;
  if (nav.url.startsWith(readerPage)) return false;
  let url: URL;
  try {
    url = new URL(nav.url);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  // The reader's own "Open original": the user asked for the browser's viewer.
  if (url.hash.slice(1).split('&').includes(ORIGINAL_MARK)) return false;
  return looksLikePdfUrl(nav.url);
}
