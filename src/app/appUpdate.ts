/**
 * Whether a new version of the app is installed and waiting, and how to switch to it. The service
 * worker (serviceWorker.ts) offers an update; the banner (UpdateBanner.tsx) shows it and applies
 * it only when the user asks.
 */
import { useSyncExternalStore } from 'react';

let apply: (() => void) | null = null;
const listeners = new Set<() => void>();

export const appUpdate = {
  /** A new version is waiting; `applyUpdate` switches to it (and reloads the page). */
  offer(applyUpdate: () => void): void {
    apply = applyUpdate;
    listeners.forEach((listener) => listener());
  },
  /** For tests: forget the offer. */
  reset(): void {
    apply = null;
    listeners.forEach((listener) => listener());
  },
};

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The function that applies the waiting version, or null while there is none. */
export function useAppUpdate(): (() => void) | null {
  return useSyncExternalStore(
    subscribe,
    () => apply,
    () => null,
  );
}
