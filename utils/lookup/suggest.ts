import type { Indexes } from '../knowledge/indexes';
import type { Suggestion } from '../messages/to-background';

/** "Did you mean" for an explicit request with no term: only entries whose names match, not passing mentions. */
export function suggest(indexes: Pick<Indexes, 'search'>, query: string): Suggestion[] {
  return indexes.search
    .search(query, 5)
    .hits.filter((h) => h.nameMatch)
    .map((h) => ({ kind: h.kind, id: h.id, title: h.title }));
}
