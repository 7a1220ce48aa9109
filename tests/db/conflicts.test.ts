// Multi-tab conflict detection: two repos on one database name stand for two tabs. A save
// carrying a stale revision is refused as 'conflict' and overwrites nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { ProgramRepo } from '../../src/db/programRepo';
import { closeAll, freshDb, freshName, scenario } from './helpers';

afterEach(closeAll);

describe('saveProgram across tabs', () => {
  it('refuses a stale revision and keeps the other tab’s save', async () => {
    const name = freshName('tabs');
    const tabA = new ProgramRepo(freshDb(name));
    const tabB = new ProgramRepo(freshDb(name));
    const created = await tabA.createProgram(scenario('Shared'));
    const openedInB = await tabB.getProgram(created.id);
    expect(openedInB?.revision).toBe(1);

    const saveA = await tabA.saveProgram(created.id, scenario('Saved by A'), 1);
    expect(saveA.ok).toBe(true);

    const saveB = await tabB.saveProgram(created.id, scenario('Saved by B'), 1);
    expect(saveB).toMatchObject({ ok: false, reason: 'conflict' });
    if (saveB.ok || saveB.reason !== 'conflict') return;
    expect(saveB.current).toMatchObject({ name: 'Saved by A', revision: 2 });

    const stored = await tabB.getProgram(created.id);
    expect(stored).toMatchObject({ name: 'Saved by A', revision: 2 });
    expect(stored?.document.program.name).toBe('Saved by A');

    // B reloads the current revision and saves over it.
    const retry = await tabB.saveProgram(
      created.id,
      scenario('Saved by B'),
      saveB.current.revision,
    );
    expect(retry).toMatchObject({ ok: true, record: { name: 'Saved by B', revision: 3 } });
  });

  it('lets exactly one of two concurrent saves of the same revision win', async () => {
    const name = freshName('race');
    const tabA = new ProgramRepo(freshDb(name));
    const tabB = new ProgramRepo(freshDb(name));
    const created = await tabA.createProgram(scenario());
    const results = await Promise.all([
      tabA.saveProgram(created.id, scenario('A'), 1),
      tabB.saveProgram(created.id, scenario('B'), 1),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(1);
    expect((await tabA.getProgram(created.id))?.revision).toBe(2);
  });
});
