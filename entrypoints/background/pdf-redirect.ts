import { browser } from 'wxt/browser';
import { readerPageUrl } from '@/utils/pdf/open-in-reader';
import { REDIRECT_PERMISSION, shouldRedirectToReader } from '@/utils/pdf/redirect';
import { readSettings, watchSettings } from '@/utils/settings/settings-item';

type BeforeNavigate = { tabId: number; frameId: number; url: string };

function onBeforeNavigate(details: BeforeNavigate): void {
  const reader = browser.runtime.getURL('/reader.html');
  if (!shouldRedirectToReader(details, reader)) return;
  void browser.tabs.update(details.tabId, { url: readerPageUrl(details.url) }).catch(() => {
    // The tab closed in the meantime: nothing to do.
  });
}

export async function hasPermission(): Promise<boolean> {
  try {
    return (await browser.permissions?.contains({ permissions: [REDIRECT_PERMISSION] })) === true;
  } catch {
    return false;
  }
}

let wanted = false;

/** Listens when the option is on, the permission held and the API there; stops listening otherwise. */
async function sync(): Promise<void> {
  const on = wanted && (await hasPermission());
  // `browser.webNavigation` exists only while the optional permission is granted (and never on some browsers).
  const events = browser.webNavigation?.onBeforeNavigate;
  if (!events) return;
  const listening = events.hasListener(onBeforeNavigate);
  if (on && !listening) events.addListener(onBeforeNavigate);
  else if (!on && listening) events.removeListener(onBeforeNavigate);
}

/**
 * The "Open PDFs in the ImmunoLens reader" option: top-level PDF navigations go to the reader. Follows the
 * setting and the optional "webNavigation" permission as they change. Resolves once the first check is done.
 */
export async function startPdfRedirect(): Promise<void> {
  const update = () => void sync();
  watchSettings((settings) => {
    wanted = settings.openPdfsInReader;
    update();
  });
  try {
    browser.permissions?.onAdded?.addListener(update);
    browser.permissions?.onRemoved?.addListener(update);
  } catch {
    // No permission events here: the setting's changes still resync.
  }
  wanted = (await readSettings()).openPdfsInReader;
  await sync();
}
