// The app's repository handle (src/db/deferredRepo.ts): the list comes without loading the
// repository while it can; everything else loads it once, and a failed load is tried again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeferredProgramRepo } from '../../src/db/deferredRepo';
import { ProgramRepo } from '../../src/db/programRepo';
import type { ProgramSummary } from '../../src/db/types';
import { closeAll, freshDb, scenario } from './helpers';

afterEach(closeAll);

const quick: ProgramSummary[] = [
  {
    id: 'q',
    name: 'From the quick list',
    streamCount: 1,
    updatedAt: 1,
    revision: 1,
    variantOf: null,
  },
];

describe('DeferredProgramRepo', () => {
  it('lists without loading the repository when the quick list can answer', async () => {
    const load = vi.fn(async () => new ProgramRepo(freshDb()));
    const repo = new DeferredProgramRepo(load, async () => quick);
    expect(await repo.listPrograms()).toEqual(quick);
    expect(load).not.toHaveBeenCalled();
  });

  it('loads the repository once, for the first call that needs it, and lists from it after', async () => {
    const real = new ProgramRepo(freshDb());
    const load = vi.fn(async () => real);
    const repo = new DeferredProgramRepo(load, async () => quick);
    const [a, b] = await Promise.all([
      repo.createProgram(scenario('Alpha')),
      repo.createProgram(scenario('Beta')),
    ]);
    expect(load).toHaveBeenCalledTimes(1);
    expect((await repo.getProgram(a.id))?.name).toBe('Alpha');
    expect((await repo.listPrograms()).map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('asks the repository when the quick list cannot tell', async () => {
    const real = new ProgramRepo(freshDb());
    await real.createProgram(scenario('Stored'));
    const repo = new DeferredProgramRepo(
      async () => real,
      async () => null,
    );
    expect((await repo.listPrograms()).map((p) => p.name)).toEqual(['Stored']);
  });

  it('tries again after a failed load (the network may be back)', async () => {
    const real = new ProgramRepo(freshDb());
    const load = vi
      .fn<() => Promise<ProgramRepo>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(real);
    const repo = new DeferredProgramRepo(load, async () => null);
    await expect(repo.setSetting('k', 1)).rejects.toThrow('offline');
    await repo.setSetting('k', 2);
    expect(await repo.getSetting<number>('k')).toBe(2);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
