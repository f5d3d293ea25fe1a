import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HistoryItem } from '@/utils/history/history';
import type { Indexes } from '@/utils/knowledge/indexes';
import type { Explanation } from '@/utils/messages/to-background';
import type { SearchResult } from '@/utils/search/search-index';
import { Browse } from './Browse';
import { QaView } from './QaView';
import { parseHash, routeHash, type Route } from './route';
import { SearchBox } from './SearchBox';
import { SelectionExplanation } from './SelectionExplanation';
import { TermView } from './TermView';

export interface SearchAppProps {
  indexes: Indexes;
  initialQuery?: string;
  /** The lookup page keeps the view in the URL (`#term/ID`) so that links, back and forward work. */
  hashRouting?: boolean;
  /** The view to open on, where it is not in the URL (the lookup page opened from a private window). */
  initialRoute?: Route;
  history: readonly HistoryItem[];
  historyEnabled: boolean;
  onClearHistory: () => void;
  onOpened: (item: Omit<HistoryItem, 'at'>) => void;
  onEscapeEmpty: () => void;
  /** Popup only: the site switch and links, above the results. */
  toolbar?: ComponentChildren;
  /** Lookup page: what `explain` said of the selection in `?q=`, shown until the reader types a new query. */
  explanation?: { query: string; reply: Explanation };
}

const NO_RESULT: SearchResult = { hits: [], words: [] };

/** The history state of the entries the lookup page pushes as the reader moves between views. */
const PUSHED = { immunolens: 'view' } as const;
const isPushed = (state: unknown) =>
  typeof state === 'object' && state !== null && (state as { immunolens?: unknown }).immunolens === 'view';

/** Search, results, entry views and browsing: the same in the popup and on the full lookup page. */
export function SearchApp(props: SearchAppProps) {
  const { indexes, hashRouting = false } = props;
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const [route, setRoute] = useState<Route>(
    () => props.initialRoute ?? (hashRouting ? parseHash(location.hash) : { view: 'results' }),
  );
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const explained = props.explanation && props.explanation.query === query ? props.explanation.reply : null;
  const explainsTerms = explained !== null && explained.terms.length > 0;
  // A selection the lookup page explains needs no full-text index (the slow one to build) until a new query.
  const result = useMemo(
    () => (explainsTerms ? NO_RESULT : indexes.search.search(query)),
    [indexes, query, explainsTerms],
  );
  const explainedTerm =
    explained?.terms.length === 1 ? indexes.knowledge.termById.get(explained.terms[0]!.term.id) : undefined;

  useEffect(() => {
    if (!hashRouting) return;
    const onPop = () => setRoute(parseHash(location.hash));
    addEventListener('popstate', onPop);
    addEventListener('hashchange', onPop);
    return () => {
      removeEventListener('popstate', onPop);
      removeEventListener('hashchange', onPop);
    };
  }, [hashRouting]);

  const entry =
    route.view === 'term'
      ? indexes.knowledge.termById.get(route.id)
      : route.view === 'qa'
        ? indexes.knowledge.qaById.get(route.id)
        : undefined;
  const title = route.view === 'results' || !entry ? null : 'question' in entry ? entry.question : entry.name;
  const resultsTitle = explainedTerm?.name ?? query;

  useEffect(() => {
    if (hashRouting)
      document.title = title
        ? `${title} · ImmunoLens`
        : resultsTitle
          ? `${resultsTitle} · ImmunoLens`
          : 'ImmunoLens';
    if (route.view === 'results') inputRef.current?.focus();
    else mainRef.current?.focus();
    if (title && route.view !== 'results') props.onOpened({ kind: route.view, id: route.id, title });
  }, [route.view, route.view === 'results' ? '' : route.id]);

  const navigate = (next: Route) => {
    if (hashRouting) {
      const url = new URL(location.href);
      url.hash = routeHash(next);
      if (next.view === 'results') url.searchParams.set('q', query);
      history.pushState(PUSHED, '', url);
    }
    setRoute(next);
  };
  const back = () => {
    // Going back is right only over an entry this page pushed: before the one it opened at lies another page.
    if (hashRouting && route.view !== 'results' && isPushed(history.state)) history.back();
    else navigate({ view: 'results' });
  };
  // Escape on an entry goes back to the results wherever focus is. One listener from the start, reading the
  // current view through a ref: one added when an entry opens would come a frame late (effects run after paint).
  const onEscape = useRef<() => void>(() => undefined);
  onEscape.current = () => route.view !== 'results' && back();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) onEscape.current();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  const open = (i: number) => {
    const hit = result.hits[i];
    if (hit) navigate({ view: hit.kind, id: hit.id });
  };
  const onQuery = (q: string) => {
    setQuery(q);
    setActive(-1);
    if (hashRouting) {
      const url = new URL(location.href);
      if (q) url.searchParams.set('q', q);
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url);
    }
  };

  if (route.view !== 'results' && entry) {
    return (
      <main class="app" ref={mainRef} tabIndex={-1}>
        <nav class="view-nav">
          <button type="button" class="back" onClick={back}>
            ← Back{query ? ' to results' : ''}
          </button>
        </nav>
        {'question' in entry ? (
          <QaView qa={entry} knowledge={indexes.knowledge} onNavigate={navigate} />
        ) : (
          <TermView entry={entry} knowledge={indexes.knowledge} onNavigate={navigate} />
        )}
      </main>
    );
  }

  return (
    <main class="app" ref={mainRef}>
      {props.toolbar}
      {explained && !explainsTerms ? (
        <h1 class="entry-title no-entry-title">
          No entry for “{query.length > 80 ? query.slice(0, 80) + '…' : query}”
        </h1>
      ) : null}
      <SearchBox
        query={query}
        result={result}
        active={active}
        onQuery={onQuery}
        onActive={setActive}
        onOpen={open}
        onEscapeEmpty={props.onEscapeEmpty}
        inputRef={inputRef}
        collapsed={explainsTerms}
        packOf={(hit) =>
          hit.kind === 'term' ? indexes.knowledge.termById.get(hit.id)?.pack?.name : undefined
        }
      />
      {explained && explainsTerms ? (
        <SelectionExplanation reply={explained} knowledge={indexes.knowledge} onNavigate={navigate} />
      ) : null}
      {query.trim() === '' ? (
        <Browse
          knowledge={indexes.knowledge}
          history={props.history}
          historyEnabled={props.historyEnabled}
          onClearHistory={props.onClearHistory}
          onNavigate={navigate}
        />
      ) : null}
    </main>
  );
}
