// The People grid's block cache: one request at a time for the blocks wanted now, so a fast
// scroll asks only for where it stopped; recent blocks kept for scrolling back; failures told.
import { describe, expect, it } from 'vitest';
import { BlockCache } from '../../src/preview/people/blockCache';

/** A loader whose answers the test releases one by one. */
function controlledLoader() {
  const asked: number[] = [];
  const pending = new Map<number, { resolve(v: string): void; reject(e: Error): void }>();
  const load = (block: number) =>
    new Promise<string>((resolve, reject) => {
      asked.push(block);
      pending.set(block, { resolve, reject });
    });
  const answer = async (block: number) => {
    pending.get(block)!.resolve(`rows of ${block}`);
    pending.delete(block);
    await Promise.resolve();
    await Promise.resolve();
  };
  const fail = async (block: number, message: string) => {
    pending.get(block)!.reject(new Error(message));
    pending.delete(block);
    await Promise.resolve();
    await Promise.resolve();
  };
  return { asked, load, answer, fail };
}

describe('block cache', () => {
  it('asks for one block at a time, and only for blocks still wanted', async () => {
    const loader = controlledLoader();
    const cache = new BlockCache(loader.load);
    cache.want([0, 1]);
    // A fast scroll passes blocks 5 to 40 while block 0 is on its way...
    for (let b = 5; b <= 40; b++) cache.want([b]);
    cache.want([41, 42]);
    expect(loader.asked).toEqual([0]);
    await loader.answer(0);
    // ...and then only where it stopped is asked for.
    expect(loader.asked).toEqual([0, 41]);
    await loader.answer(41);
    expect(loader.asked).toEqual([0, 41, 42]);
    await loader.answer(42);
    expect(cache.get(0)).toBe('rows of 0');
    expect(cache.get(41)).toBe('rows of 41');
    expect(cache.get(5)).toBeUndefined();
  });

  it('keeps the blocks most recently wanted, so scrolling back is instant', async () => {
    const loader = controlledLoader();
    const cache = new BlockCache(loader.load, 2);
    cache.want([0]);
    await loader.answer(0);
    cache.want([1]);
    await loader.answer(1);
    cache.want([0]); // back to the top: kept, not asked again, and now the most recent
    cache.want([2]);
    await loader.answer(2);
    expect(loader.asked).toEqual([0, 1, 2]);
    expect(cache.get(0)).toBe('rows of 0');
    expect(cache.get(1)).toBeUndefined(); // the least recently wanted went
    expect(cache.get(2)).toBe('rows of 2');
  });

  it('tells its subscribers when a block arrives', async () => {
    const loader = controlledLoader();
    const cache = new BlockCache(loader.load);
    let told = 0;
    const unsubscribe = cache.subscribe(() => told++);
    const before = cache.getVersion();
    cache.want([3]);
    await loader.answer(3);
    expect(told).toBe(1);
    expect(cache.getVersion()).not.toBe(before);
    unsubscribe();
  });

  it('remembers why a block failed, asks again only when told to retry', async () => {
    const loader = controlledLoader();
    const cache = new BlockCache(loader.load);
    cache.want([0]);
    await loader.fail(0, 'missing');
    cache.want([0]);
    expect(loader.asked).toEqual([0]);
    expect(cache.problem(0)).toBe('missing');
    cache.retry();
    expect(loader.asked).toEqual([0, 0]);
    expect(cache.problem(0)).toBeUndefined();
    await loader.answer(0);
    expect(cache.get(0)).toBe('rows of 0');
  });

  it('drops an answer that arrives after it was disposed', async () => {
    const loader = controlledLoader();
    const cache = new BlockCache(loader.load);
    cache.want([0, 1]);
    cache.dispose();
    await loader.answer(0);
    expect(cache.get(0)).toBeUndefined();
    expect(loader.asked).toEqual([0]);
  });
});
