import { useEffect, useState } from 'preact/hooks';

const ALL_SITES = { origins: ['<all_urls>'] };

/**
 * Whether ImmunoLens may run on web pages. Read from `permissions.getAll()`: Chromium lists the content script's
 * `<all_urls>` there but answers `contains()` with false for it; Firefox leaves it out until the user grants it.
 * See docs/browser-quirks.md#chromium-permissions-contains-content-script-hosts
 */
async function hasPageAccess(): Promise<boolean> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.some((o) => o === '<all_urls>' || o === '*://*/*');
}

/** Whether ImmunoLens may run on web pages, and a way to ask (from a click, as browsers require). */
export function useHostAccess(): { granted: boolean | null; request: () => void } {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    const check = () => void hasPageAccess().then(setGranted, () => setGranted(null));
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  const request = () => {
    void browser.permissions.request(ALL_SITES).then(setGranted, () => setGranted(false));
  };
  return { granted, request };
}
