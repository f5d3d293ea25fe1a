import { browser, type Browser } from 'wxt/browser';
import { looksLikePdfUrl, readerUrl } from './reader-url';

/** The context-menu entry on links to PDFs. */
export const READER_MENU_ID = 'immunolens-open-pdf';

/** Links whose path ends in .pdf (with or without a query or fragment), and arXiv's /pdf/ links. */
export const PDF_LINK_PATTERNS = [
  '*://*/*.pdf',
  '*://*/*.pdf?*',
  '*://*/*.pdf#*',
  '*://*/*.PDF',
  '*://*/*.PDF?*',
  '*://arxiv.org/pdf/*',
  'file:///*.pdf',
];

/** reader.html?file=… of this extension for a document. */
export function readerPageUrl(file: string): string {
  return readerUrl(browser.runtime.getURL('/reader.html'), file);
}

export function createReaderMenu(): void {
  browser.contextMenus.create({
    id: READER_MENU_ID,
    title: 'Open PDF in ImmunoLens reader',
    contexts: ['link'],
    targetUrlPatterns: PDF_LINK_PATTERNS,
  });
}

/** Opens the document in the reader, in a new tab beside the one it came from. */
export async function openInReader(file: string, besides?: Browser.tabs.Tab): Promise<void> {
  await browser.tabs.create({
    url: readerPageUrl(file),
    ...(besides && besides.index >= 0 ? { index: besides.index + 1 } : {}),
  });
}

/** The menu's click: only a link the patterns let through, and only one the reader can open. */
export async function handleReaderMenuClick(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
): Promise<boolean> {
  if (info.menuItemId !== READER_MENU_ID) return false;
  if (info.linkUrl && looksLikePdfUrl(info.linkUrl)) await openInReader(info.linkUrl, tab);
  return true;
}
