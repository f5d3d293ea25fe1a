/** What the popup or lookup page shows: results (or browse, with an empty box), a term, or a question. */
export type Route = { view: 'results' } | { view: 'term'; id: string } | { view: 'qa'; id: string };

/** `#term/ID` and `#qa/ID` deep links; anything else is the results view. */
export function parseHash(hash: string): Route {
  const m = /^#(term|qa)\/([\w-]{1,100})$/.exec(hash);
  if (!m) return { view: 'results' };
  return { view: m[1] as 'term' | 'qa', id: decodeURIComponent(m[2]!) };
}

export function routeHash(route: Route): string {
  return route.view === 'results' ? '' : `#${route.view}/${route.id}`;
}
