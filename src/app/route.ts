/**
 * The app's two places, in the URL hash so reload and back/forward work without a server:
 * `#/` the program library, `#/program/<id>` the editor.
 */
import { useSyncExternalStore } from 'react';

export type Route = { page: 'library' } | { page: 'program'; id: string };

export function parseRoute(hash: string): Route {
  const m = /^#\/program\/([^/]+)$/.exec(hash);
  return m ? { page: 'program', id: decodeURIComponent(m[1]!) } : { page: 'library' };
}

export function hrefOf(route: Route): string {
  return route.page === 'program' ? `#/program/${encodeURIComponent(route.id)}` : '#/';
}

export function navigate(route: Route) {
  window.location.hash = hrefOf(route);
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
  return parseRoute(hash);
}
