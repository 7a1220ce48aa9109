/**
 * Which tabs are alive, by Web Locks: every tab holds a lock named after its id for as long as
 * it lives, and the browser releases it when the tab closes or crashes. So another tab's crash
 * journal is replayed only once that tab is gone, never while it is still typing into it.
 * Without Web Locks every other tab counts as gone (the journal is then replayed as before).
 */
const lockName = (tab: string) => `lanecast-tab:${tab}`;
const held = new Set<string>();

function locks(): LockManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks;
}

/** Holds this tab's lock until the tab goes; calling it again does nothing. */
export function holdTabLife(tab: string): void {
  const manager = locks();
  if (manager === undefined || held.has(tab)) return;
  held.add(tab);
  void manager
    .request(lockName(tab), () => new Promise<never>(() => {}))
    .catch(() => {
      held.delete(tab);
    });
}

export async function isTabAlive(tab: string): Promise<boolean> {
  const manager = locks();
  if (manager === undefined) return false;
  try {
    const { held: current = [] } = await manager.query();
    return current.some((lock) => lock.name === lockName(tab));
  } catch {
    return false;
  }
}
