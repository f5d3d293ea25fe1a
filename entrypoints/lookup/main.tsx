import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Disclaimer } from '@/components/Disclaimer';
import { useIndexes } from '@/components/page-indexes';
import { SearchApp } from '@/components/SearchApp';
import type { Route } from '@/components/route';
import { StudyList } from '@/components/StudyList';
import { useStoredState } from '@/components/useStoredState';
import type { Indexes } from '@/utils/knowledge/indexes';
import { MAX_SELECTION_CHARS } from '@/utils/limits';
import { explain } from '@/utils/lookup/explain';
import { suggestionsFor } from '@/utils/search/suggest';
import { sendToBackground } from '@/utils/messages/transport';
import { takeHandOver } from './hand-over';
import '@/assets/app.css';

// Opened from a private window: what to show comes from session storage, and nothing of the reading goes into
// this page's URL, title or history (it may be in a normal window: utils/lookup/hand-over.ts).
const handOver = await takeHandOver(location.search);
const handedOver = handOver?.target ?? null;
const query = (
  handedOver?.kind === 'query' ? handedOver.text : (new URLSearchParams(location.search).get('q') ?? '')
).slice(0, MAX_SELECTION_CHARS);
const initialRoute: Route | undefined =
  handedOver && handedOver.kind !== 'query' ? { view: handedOver.kind, id: handedOver.id } : undefined;

/** `?q=` is a selection sent from the context menu: explained the bubble's way, by the same `explain`. */
function explainQuery({ knowledge, terms, search }: Indexes) {
  if (query.trim() === '') return undefined;
  const reply = explain(knowledge, terms, { text: query, explicit: true }, (q) => suggestionsFor(search, q));
  return { query, reply };
}

/** The full-size lookup page: the context menu's answer where no content script runs, and "open full entry". */
function LookupPage() {
  const indexes = useIndexes();
  // Explained again once the packs are read: a pack's term sent from the context menu is found too.
  const explanation = useMemo(() => explainQuery(indexes), [indexes]);
  const { settings, history, clearHistory } = useStoredState();
  const [study, setStudy] = useState(location.hash === '#study');
  useEffect(() => {
    const follow = () => setStudy(location.hash === '#study');
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return (
    <>
      <header class="page-header">
        <span class="brand">ImmunoLens</span> <a href="#study">Study list</a>
      </header>
      {handOver && !handOver.target ? (
        <p class="muted hand-over-gone" role="status">
          This lookup came from a private window and was shown once, not kept. Search again below.
        </p>
      ) : null}
      {study ? (
        <StudyList knowledge={indexes.knowledge} />
      ) : (
        <SearchApp
          indexes={indexes}
          initialQuery={query}
          initialRoute={initialRoute}
          explanation={explanation}
          hashRouting={!handOver}
          history={history}
          historyEnabled={settings.history}
          onClearHistory={clearHistory}
          onOpened={(item) => void (handOver ? undefined : sendToBackground('rememberViewed', item))}
          onEscapeEmpty={() => undefined}
        />
      )}
      <footer>
        <Disclaimer />
      </footer>
    </>
  );
}

render(<LookupPage />, document.getElementById('app')!);
