import type { ComponentChildren } from 'preact';
import { routeHash, type Route } from './route';

export type EntryRoute = Exclude<Route, { view: 'results' }>;

interface Props {
  route: EntryRoute;
  onNavigate: (route: EntryRoute) => void;
  children: ComponentChildren;
}

/** A link to an entry inside the app: a real `#term/ID` link to copy or open, followed in place on a click. */
export function RouteLink({ route, onNavigate, children }: Props) {
  return (
    <a
      href={routeHash(route)}
      onClick={(e) => {
        e.preventDefault();
        onNavigate(route);
      }}
    >
      {children}
    </a>
  );
}
