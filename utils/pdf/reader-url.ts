/** Addresses of the PDF reader page and of the documents it may open. */

/** Schemes the reader fetches: the web, and local files where the browser allows it. */
const OPENABLE = new Set(['http:', 'https:', 'file:']);

/** The document the reader was asked to open (`reader.html?file=ENCODED_URL`), or null when there is none. */
export function fileToOpen(search: string): URL | null {
  const file = new URLSearchParams(search).get('file');
  if (!file) return null;
  try {
    const url = new URL(file);
    return OPENABLE.has(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

/** `reader.html?file=…` for a document, given the reader page's own address. */
export function readerUrl(readerPage: string, file: string): string {
  return `${readerPage}?file=${encodeURIComponent(file)}`;
}

/** Whether an address names a PDF by its path (`/paper.pdf`, arXiv's `/pdf/2401.01234`). */
export function looksLikePdfUrl(address: string | undefined): boolean {
  if (!address) return false;
  try {
    const url = new URL(address);
    if (!OPENABLE.has(url.protocol)) return false;
    return /\.pdf$/i.test(url.pathname) || /^\/pdf\/[^/]+$/.test(url.pathname);
  } catch {
    return false;
  }
}

/** A file name for the document: its title, else the last part of its path. */
export function documentName(url: URL | null, title: string | undefined): string {
  const t = title?.trim();
  if (t) return t;
  const last = url ? decodeURIComponent(url.pathname.split('/').pop() ?? '') : '';
  return last || 'document.pdf';
}
