/** Which top-level navigations the "Open PDFs in the ImmunoLens reader" option sends to the reader. */
import { looksLikePdfUrl } from './reader-url';

/** The permission the option needs: to see a tab start navigating to a PDF address. */
export const REDIRECT_PERMISSION = 'webNavigation';

export interface NavigationStart {
  /** 0 for the tab's top-level document. */
  frameId: number;
  url: string;
}

/**
 * Whether a navigation should go to the reader instead: the tab's own document (never a frame), on the web
 * (http/https: never the extension's pages, the reader included, nor file: addresses), to an address that names
 * a PDF by the rule the context menu and popup use.
 */
export function shouldRedirectToReader(nav: NavigationStart, readerPage: string): boolean {
  if (nav.frameId !== 0) return false;
  if (nav.url.startsWith(readerPage)) return false;
  let protocol: string;
  try {
    protocol = new URL(nav.url).protocol;
  } catch {
    return false;
  }
  if (protocol !== 'http:' && protocol !== 'https:') return false;
  return looksLikePdfUrl(nav.url);
}
