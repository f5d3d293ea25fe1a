/**
 * The lens's start script, registered for the pages the settings may turn the lens on for and unregistered while
 * it is off everywhere (utils/lens/lens-script.ts says where; decision 0010). Tabs already open hear of a change
 * that turns the lens on for them with a `startLens` message; a lens already running follows the settings itself.
 */
import { browser, type Browser } from 'wxt/browser';
import { lensOnFor } from '@/utils/lens/lens-state';
import { lensScriptMatches } from '@/utils/lens/lens-script';
import { sendToFrame } from '@/utils/messages/transport';
import { SETTINGS_KEY } from '@/utils/settings/settings';

export const LENS_SCRIPT_ID = 'immunolens-lens-start';
const LENS_SCRIPT = 'lens-start.js';

async function storedSettings(): Promise<unknown> {
  return (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
}

/** Registers, changes or removes the script by the settings stored now. */
async function syncNow(): Promise<void> {
  const scripting = browser.scripting;
  // docs/browser-quirks.md#firefox-android-missing-apis: feature-detected, as every optional API here.
  if (!scripting?.registerContentScripts) return;
  const wanted = lensScriptMatches(await storedSettings());
  const registered = await scripting.getRegisteredContentScripts({ ids: [LENS_SCRIPT_ID] });
  // Removed and added again rather than updated: an update cannot clear excludeMatches in every browser.
  if (registered.length > 0) await scripting.unregisterContentScripts({ ids: [LENS_SCRIPT_ID] });
  if (!wanted) return;
  await scripting.registerContentScripts([
    {
      id: LENS_SCRIPT_ID,
      js: [LENS_SCRIPT],
      matches: wanted.matches,
      ...(wanted.excludeMatches.length > 0 ? { excludeMatches: wanted.excludeMatches } : {}),
      allFrames: false,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

let queue: Promise<void> = Promise.resolve();

/** One sync after another (two at once would register the same id twice); resolves when this one is done. */
export function syncLensScript(): Promise<void> {
  queue = queue
    .then(syncNow)
    .catch((error: unknown) =>
      console.warn('ImmunoLens: the lens start script could not be registered', error),
    );
  return queue;
}

/** Tells each open tab the change turns the lens on for to start it (a tab whose address is hidden is told too). */
async function startInOpenTabs(before: unknown, after: unknown): Promise<void> {
  if (!lensScriptMatches(after)) return;
  for (const tab of await browser.tabs.query({})) {
    if (tab.id === undefined) continue;
    let host: string | null = null;
    try {
      host = tab.url ? new URL(tab.url).hostname : null;
    } catch {
      host = null;
    }
    if (host !== null && (!lensOnFor(after, host) || lensOnFor(before, host))) continue;
    // A tab without the content script (a browser page, one open before install) has no one to answer.
    void sendToFrame({ tabId: tab.id, frameId: 0 }, 'startLens', {}).catch(() => undefined);
  }
}

/** Keeps the registration in step with the settings: on install and update, at browser start, on each change. */
export function startLensScript(): void {
  browser.runtime.onInstalled.addListener(() => void syncLensScript());
  browser.runtime.onStartup.addListener(() => void syncLensScript());
  browser.storage.onChanged.addListener((changes: Record<string, Browser.storage.StorageChange>, area) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    void syncLensScript();
    void startInOpenTabs(change.oldValue, change.newValue).catch(() => undefined);
  });
}
