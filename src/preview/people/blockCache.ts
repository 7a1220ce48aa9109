/**
 * People rows in blocks, asked of the workers one block at a time: the grid says which blocks it
 * wants now (on screen first), the cache keeps the most recent ones (least recently wanted go
 * first), and only one request is in flight, so a fast scroll asks only for where it stopped, never
 * for every block it passed. Plain TypeScript; the grid subscribes with useSyncExternalStore.
 */
export const BLOCK_SIZE = 100;

export class BlockCache<T> {
  private readonly blocks = new Map<number, T>();
  private readonly failed = new Map<number, string>();
  private wanted: number[] = [];
  private loading: number | null = null;
  private disposed = false;
  private readonly listeners = new Set<() => void>();
  /** Changes whenever a block arrives or fails (for useSyncExternalStore). */
  version = 0;

  constructor(
    private readonly load: (block: number) => Promise<T>,
    readonly capacity = 200,
  ) {}

  get(block: number): T | undefined {
    return this.blocks.get(block);
  }

  /** Why a block could not be loaded, if it could not. */
  problem(block: number): string | undefined {
    return this.failed.get(block);
  }

  /** The blocks needed now, most urgent first; replaces what was wanted before. */
  want(blocks: readonly number[]): void {
    this.wanted = [...blocks];
    for (const block of blocks) {
      const value = this.blocks.get(block);
      if (value === undefined) continue;
      this.blocks.delete(block); // re-inserted: the most recently wanted are kept longest
      this.blocks.set(block, value);
    }
    this.pump();
  }

  /** Asks again for the blocks that failed (after the run was redone, say). */
  retry(): void {
    this.failed.clear();
    this.version++;
    for (const listener of this.listeners) listener();
    this.pump();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  /** Answers still under way are dropped; nothing more is asked. */
  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
  }

  private pump(): void {
    if (this.disposed || this.loading !== null) return;
    const next = this.wanted.find((b) => !this.blocks.has(b) && !this.failed.has(b));
    if (next === undefined) return;
    this.loading = next;
    this.load(next).then(
      (value) => this.settle(() => this.store(next, value)),
      (error: unknown) =>
        this.settle(() =>
          this.failed.set(next, error instanceof Error ? error.message : String(error)),
        ),
    );
  }

  private settle(apply: () => void): void {
    this.loading = null;
    if (this.disposed) return;
    apply();
    this.version++;
    for (const listener of this.listeners) listener();
    this.pump();
  }

  private store(block: number, value: T): void {
    this.blocks.set(block, value);
    while (this.blocks.size > this.capacity) {
      const oldest = this.blocks.keys().next().value!;
      this.blocks.delete(oldest);
    }
  }
}
