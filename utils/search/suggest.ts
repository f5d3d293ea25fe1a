import type { Suggestion } from '../messages/to-background';
import type { SearchIndex } from './search-index';

/** Suggestions shown with "no entry": at most this many. */
export const MAX_SUGGESTIONS = 5;

/** "Did you mean" for an explicit lookup with no term: only entries whose names match, not passing mentions. */
export function suggestionsFor(search: SearchIndex, query: string): Suggestion[] {
  return search
    .search(query, MAX_SUGGESTIONS)
    .hits.filter((h) => h.nameMatch)
    .map((h) => ({ kind: h.kind, id: h.id, title: h.title }));
}
