// Cross-tab change notifications. After a committed write the repo publishes what changed on
// BroadcastChannel('lanecast-db'); other tabs invalidate their queries (see queries.ts).
// Without BroadcastChannel (old browsers) the channel does nothing: each tab still works alone.

export type DbChange =
  | { kind: 'program-saved'; id: string; revision: number; tab: string }
  | { kind: 'program-deleted'; id: string; tab: string }
  | { kind: 'library-changed'; tab: string };

/**
 * A change as published: the channel adds its own tab id. (This is `Omit<DbChange, 'tab'>` taken
 * member by member; plain `Omit` over a union keeps only `kind`.)
 */
export type DbChangeInput =
  | { kind: 'program-saved'; id: string; revision: number }
  | { kind: 'program-deleted'; id: string }
  | { kind: 'library-changed' };

export interface ChangeChannel {
  readonly tabId: string;
  publish(change: DbChangeInput): void;
  /** Changes published by other tabs; returns the unsubscribe function. */
  subscribe(listener: (change: DbChange) => void): () => void;
  close(): void;
}

export const CHANGE_CHANNEL_NAME = 'lanecast-db';

function isDbChange(data: unknown): data is DbChange {
  if (data === null || typeof data !== 'object') return false;
  const change = data as Record<string, unknown>;
  if (typeof change.tab !== 'string') return false;
  switch (change.kind) {
    case 'program-saved':
      return typeof change.id === 'string' && typeof change.revision === 'number';
    case 'program-deleted':
      return typeof change.id === 'string';
    case 'library-changed':
      return true;
    default:
      return false;
  }
}

/** A channel for this tab; messages carrying its own `tabId` are ignored. */
export function createChangeChannel(tabId: string = crypto.randomUUID()): ChangeChannel {
  const listeners = new Set<(change: DbChange) => void>();
  let closed = false;
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANGE_CHANNEL_NAME);

  const onMessage = (event: MessageEvent<unknown>) => {
    const change = event.data;
    if (!isDbChange(change) || change.tab === tabId) return;
    for (const listener of [...listeners]) listener(change);
  };
  channel?.addEventListener('message', onMessage);

  return {
    tabId,
    publish(change) {
      // A notification is best effort: the write has committed whatever happens here.
      if (closed) return;
      try {
        channel?.postMessage({ ...change, tab: tabId });
      } catch (error) {
        console.warn('lanecast: could not publish a database change', error);
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      channel?.removeEventListener('message', onMessage);
      channel?.close();
    },
  };
}
