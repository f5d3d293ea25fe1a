import { useEffect, useState } from 'preact/hooks';

const ALL_SITES = { origins: ['<all_urls>'] };

/** Whether ImmunoLens may run on web pages, and a way to ask (from a click, as browsers require). */
export function useHostAccess(): { granted: boolean | null; request: () => void } {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    const check = () => void browser.permissions.contains(ALL_SITES).then(setGranted, () => setGranted(null));
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
