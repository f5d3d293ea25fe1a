import { browser } from 'wxt/browser';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Disclaimer } from '@/components/Disclaimer';
import { HostAccess } from '@/components/HostAccess';
import { openPageTerms } from '@/components/open-page-terms';
import { useIndexes } from '@/components/page-indexes';
import { LensSwitch } from '@/components/LensSwitch';
import { OpenInReaderButton } from '@/components/reader/OpenInReaderButton';
import { useHostAccess } from '@/components/useHostAccess';
import { SearchApp } from '@/components/SearchApp';
import { SiteSwitch } from '@/components/SiteSwitch';
import { useStoredState } from '@/components/useStoredState';
import { fullViewUrl } from '@/utils/lookup/full-view-url';
import { sendToBackground, sendToFrame } from '@/utils/messages/transport';
import { normalizeSite } from '@/utils/settings/sites';
import '@/assets/app.css';

function siteOf(url: string | undefined): string | null {
  if (!url || !/^https?:/.test(url)) return null;
  try {
    return normalizeSite(new URL(url).hostname);
  } catch {
    return null;
  }
}

const failedToOpen = (error: unknown) => console.debug('ImmunoLens: the side panel did not open', error);

function Popup() {
  const indexes = useIndexes();
  const { settings, history, clearHistory } = useStoredState();
  const [host, setHost] = useState<string | null>(null);
  const [needsReload, setNeedsReload] = useState<number | null>(null);
  const [pageTab, setPageTab] = useState<{ id: number; windowId: number } | null>(null);
  const access = useHostAccess();
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(async ([tab]) => {
      const site = siteOf(tab?.url);
      setHost(site);
      if (tab?.id !== undefined) setPageTab({ id: tab.id, windowId: tab.windowId });
      // A tab that was open before ImmunoLens was installed or updated has no content script until it reloads.
      if (site && tab?.id !== undefined) {
        const tabId = tab.id;
        await sendToFrame({ tabId }, 'ping', {}).catch(() => setNeedsReload(tabId));
      }
    });
  }, []);
  const toolbar = (
    <div class="toolbar">
      <OpenInReaderButton />
      {pageTab ? (
        <button
          type="button"
          class="text-button"
          // Called in the click itself: the side panel and the sidebar open only during a user action.
          onClick={() => void openPageTerms(pageTab).then(() => window.close(), failedToOpen)}
        >
          Terms on this page
        </button>
      ) : null}
      {access.granted === false ? <HostAccess onAllow={access.request} /> : null}
      {access.granted !== false && needsReload !== null ? (
        <p class="reload-note" role="status">
          Reload this page to explain terms on it.{' '}
          <button
            type="button"
            class="text-button"
            onClick={() => void browser.tabs.reload(needsReload).then(() => window.close())}
          >
            Reload
          </button>
        </p>
      ) : null}
      <SiteSwitch
        host={host}
        disabledSites={settings.disabledSites}
        onChange={(disabledSites) => void sendToBackground('changeSettings', { disabledSites })}
      />
      <LensSwitch
        host={host}
        settings={settings}
        onChange={(change) => void sendToBackground('changeSettings', change)}
      />
      <nav class="toolbar-links" aria-label="ImmunoLens pages">
        <a
          href="/lookup.html"
          onClick={(e) => {
            e.preventDefault();
            void browser.tabs.create({ url: fullViewUrl({ kind: 'query', text: '' }) });
          }}
        >
          Full view
        </a>
        <a
          href="/options.html"
          onClick={(e) => {
            e.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          Options
        </a>
      </nav>
    </div>
  );
  return (
    <>
      <SearchApp
        indexes={indexes}
        history={history}
        historyEnabled={settings.history}
        onClearHistory={clearHistory}
        onOpened={(item) => void sendToBackground('rememberViewed', item)}
        onEscapeEmpty={() => window.close()}
        toolbar={toolbar}
      />
      <footer>
        <p>
          <a href="/lookup.html#study" target="_blank" rel="noopener">
            Study list
          </a>
        </p>
        <Disclaimer />
      </footer>
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
