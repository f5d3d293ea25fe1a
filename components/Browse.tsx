import { CATEGORIES, type Category } from '@/utils/knowledge/types';
import type { Knowledge } from '@/utils/knowledge/knowledge';
import type { HistoryItem } from '@/utils/history/history';
import type { Route } from './route';
import { RouteLink, type EntryRoute } from './RouteLink';
import { listedName } from './term-name';

interface Props {
  knowledge: Knowledge;
  history: readonly HistoryItem[];
  historyEnabled: boolean;
  onClearHistory: () => void;
  onNavigate: (route: Route) => void;
}

/** What an empty search box shows: recent lookups, every question, and the terms by category. */
export function Browse({ knowledge, history, historyEnabled, onClearHistory, onNavigate }: Props) {
  const link = (route: EntryRoute, label: string) => (
    <RouteLink route={route} onNavigate={onNavigate}>
      {label}
    </RouteLink>
  );
  const byCategory = new Map<Category, typeof knowledge.glossary>();
  for (const e of knowledge.glossary) byCategory.set(e.category, [...(byCategory.get(e.category) ?? []), e]);
  return (
    <div class="browse">
      {historyEnabled ? (
        <section aria-labelledby="recent-heading">
          <div class="section-head">
            <h2 id="recent-heading">Recent lookups</h2>
            {history.length > 0 ? (
              <button type="button" class="text-button" onClick={onClearHistory}>
                Clear
              </button>
            ) : null}
          </div>
          {history.length > 0 ? (
            <ul class="links recent">
              {history.map((h) => (
                <li key={`${h.kind}:${h.id}`}>{link({ view: h.kind, id: h.id }, h.title)}</li>
              ))}
            </ul>
          ) : (
            <p class="muted">Terms you look up appear here. They stay on this device.</p>
          )}
        </section>
      ) : null}
      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">Questions</h2>
        <ul class="links">
          {knowledge.qa.map((q) => (
            <li key={q.id}>{link({ view: 'qa', id: q.id }, q.question)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="terms-heading">
        <h2 id="terms-heading">Terms by category</h2>
        {(Object.keys(CATEGORIES) as Category[])
          .filter((c) => byCategory.has(c))
          .map((c) => (
            <details key={c}>
              <summary>
                {CATEGORIES[c]} <span class="muted">({byCategory.get(c)!.length})</span>
              </summary>
              <ul class="links columns">
                {byCategory
                  .get(c)!
                  .slice()
                  .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))
                  .map((e) => (
                    <li key={e.id}>{link({ view: 'term', id: e.id }, listedName(e))}</li>
                  ))}
              </ul>
            </details>
          ))}
      </section>
    </div>
  );
}
