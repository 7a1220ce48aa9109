/**
 * The app's places, in the URL hash so reload and back/forward work without a server:
 * `#/` the program library, `#/program/<id>` the editor, and `#/open/<data>` a share link, whose
 * data (src/share/shareCode.ts) never reaches a server: browsers do not send the fragment.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'library' }
  | { page: 'program'; id: string }
  /** A share link: `data` as it came, checked only when it is opened. */
  | { page: 'open'; data: string };

const LIBRARY: Route = { page: 'library' };

export function parseRoute(hash: string): Route {
  const program = /^#\/program\/([^/]+)$/.exec(hash);
  if (program) {
    // A hand-typed or cut address can hold a % that starts no escape: the library, not a crash.
    try {
      return { page: 'program', id: decodeURIComponent(program[1]!) };
    } catch {
      return LIBRARY;
    }
  }
  // Everything after `open/`, even if damaged: the opener names what is wrong with it.
  const open = /^#\/open\/(.*)$/s.exec(hash);
  if (open) return { page: 'open', data: open[1]! };
  return LIBRARY;
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'program':
      return `#/program/${encodeURIComponent(route.id)}`;
    case 'open':
      return `#/open/${route.data}`;
    case 'library':
      return '#/';
  }
}

export function navigate(route: Route) {
  window.location.hash = hrefOf(route);
}

/** Goes to `route` in place of the current history entry: Back and reload skip where we were. */
export function replaceRoute(route: Route) {
  window.location.replace(hrefOf(route));
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
