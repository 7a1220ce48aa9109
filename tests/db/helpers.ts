// Shared setup for the db tests: a fresh database name per test (no state leaks between tests),
// a valid scenario with an app-only "ui" key, an invalid one, and a controllable clock.
import { Dexie } from 'dexie';
import { openDatabase, type LanecastDB } from '../../src/db/db';
import type { Scenario } from '../../src/model';
import { nurtureA } from '../fixtures/builders';

const opened: Dexie[] = [];

export function freshName(label = 'db'): string {
  return `lanecast-test-${label}-${crypto.randomUUID()}`;
}

/** Registers a connection so `closeAll` closes and deletes it after the test. */
export function track<D extends Dexie>(db: D): D {
  opened.push(db);
  return db;
}

export function freshDb(name = freshName()): LanecastDB {
  return track(openDatabase(name));
}

/** For afterEach: closes every tracked connection and deletes its database. */
export async function closeAll(): Promise<void> {
  const names = new Set(opened.map((db) => db.name));
  for (const db of opened.splice(0)) db.close();
  await Promise.all([...names].map((name) => Dexie.delete(name)));
}

/** Nurture-A plus a "ui" key the app keeps and the format preserves. */
export function scenario(name = 'Nurture-A'): Scenario {
  const base = nurtureA();
  return { ...base, program: { ...base.program, name }, ui: { zoom: 1.5, notes: ['keep me'] } };
}

export function invalidScenario(): Scenario {
  const base = nurtureA();
  return { ...base, program: { ...base.program, timeZone: 'Mars/Olympus_Mons' } };
}

/** A clock the test moves by hand: `clock.now` for the repo, `clock.tick(ms)` to advance. */
export function manualClock(start = Date.UTC(2026, 0, 1)) {
  let time = start;
  return {
    now: () => time,
    tick: (ms = 1) => {
      time += ms;
    },
  };
}
