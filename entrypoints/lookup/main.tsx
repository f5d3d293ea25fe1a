import { render } from 'preact';
import { Disclaimer } from '@/components/Disclaimer';
import { SearchApp } from '@/components/SearchApp';
import { useStoredState } from '@/components/useStoredState';
import { bundledIndexes } from '@/utils/knowledge/indexes';
import { sendToBackground } from '@/utils/messages/transport';
import '@/assets/app.css';

/** The full-size lookup page: the context menu's answer where no content script runs, and "open full entry". */
function LookupPage() {
  const { settings, history, clearHistory } = useStoredState();
  return (
    <>
      <header class="page-header">
        <span class="brand">ImmunoLens</span>
      </header>
      <SearchApp
        indexes={bundledIndexes()}
        initialQuery={new URLSearchParams(location.search).get('q') ?? ''}
        hashRouting
        history={history}
        historyEnabled={settings.history}
        onClearHistory={clearHistory}
        onOpened={(item) => void sendToBackground('rememberViewed', item)}
        onEscapeEmpty={() => undefined}
      />
      <footer>
        <Disclaimer />
      </footer>
    </>
  );
}

render(<LookupPage />, document.getElementById('app')!);
