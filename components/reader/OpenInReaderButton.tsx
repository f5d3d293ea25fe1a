import { browser, type Browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { looksLikePdfUrl } from '@/utils/pdf/reader-url';
import { openInReader } from '@/utils/pdf/open-in-reader';

/**
 * "Open in ImmunoLens reader" for a tab showing a PDF. The browsers' own PDF viewers keep the PDF's address as the
 * tab's URL, and neither tells an extension the tab's MIME type without reading the page, so the address decides.
 */
export function OpenInReaderButton() {
  const [tab, setTab] = useState<Browser.tabs.Tab | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      if (active && looksLikePdfUrl(active.url)) setTab(active);
    });
  }, []);
  if (!tab?.url) return null;
  return (
    <p class="reader-offer">
      <button
        type="button"
        class="primary open-in-reader"
        onClick={() => void openInReader(tab.url!, tab).then(() => window.close())}
      >
        Open in ImmunoLens reader
      </button>{' '}
      <span class="muted">to explain the terms you select in this PDF</span>
    </p>
  );
}
