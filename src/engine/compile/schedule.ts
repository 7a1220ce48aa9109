/**
 * The cast schedule, computed once per simulation: every stream's casts with their instants (R23),
 * the program snapshot in force at each (R6, R8, R11), the items eligible then (R9, R10), and the
 * instants the batch moves run (R41).
 */
import { DEFAULT_BATCH_TIME, type Scenario } from '../../model';
import type { BatchMoveDef, CastTable, ProgramSnapshot, Slot } from '../compiled';
import { castDays } from '../calendar';
import { MS_PER_DAY, MS_PER_HOUR, minutesOf } from '../time/days';
import { zonedInstant } from '../time/zones';
import type { ProgramEdit } from './events';

/** Snapshots after each edit; snapshot i is in force from edits[i-1].at on (0: the file as written). */
export function buildSnapshots(
  scenario: Scenario,
  slots: Slot[][],
  edits: ProgramEdit[],
  contentSlots: number[][][],
): ProgramSnapshot[] {
  let current: ProgramSnapshot = {
    at: -Infinity,
    order: slots.map((list) => Int16Array.from(list.keys())),
    active: slots.map((list) => Uint8Array.from(list.map((s) => (s.initialActive ? 1 : 0)))),
    on: scenario.program.status !== 'off',
  };
  const snapshots = [current];
  for (const edit of edits) {
    const next: ProgramSnapshot = {
      ...current,
      at: edit.at,
      order: [...current.order],
      active: [...current.active],
    };
    if (edit.kind === 'status') next.on = edit.on;
    if (edit.kind === 'reorder') next.order[edit.stream] = edit.order;
    if (edit.kind === 'switch') {
      // Semantics 16: the switch applies to that content id in every stream.
      contentSlots[edit.content]!.forEach(([s, slot]) => {
        const copy = Uint8Array.from(next.active[s!]!);
        copy[slot!] = edit.active ? 1 : 0;
        next.active[s!] = copy;
      });
    }
    snapshots.push(next);
    current = next;
  }
  return snapshots;
}

/** Index of the snapshot in force at `instant`: edits at or before it apply first (R33). */
function snapshotAt(snapshots: ProgramSnapshot[], instant: number): number {
  let lo = 1;
  let hi = snapshots.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (snapshots[mid]!.at <= instant) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export function buildCastTable(
  scenario: Scenario,
  streamIndex: number,
  slots: Slot[],
  snapshots: ProgramSnapshot[],
  lastDay: number,
  words: number,
): CastTable {
  const zone = scenario.program.timeZone;
  const cadence = scenario.program.streams[streamIndex]!.cadence;
  const days = castDays(cadence, lastDay);
  const rtz =
    cadence !== undefined && cadence.type !== 'none' && cadence.recipientTimeZone === true;
  const minutes = cadence !== undefined && cadence.type !== 'none' ? minutesOf(cadence.time) : 0;
  const n = days.length;
  const table: CastTable = {
    count: n,
    minutes,
    day: Int32Array.from(days),
    at: new Float64Array(n),
    setAt: new Float64Array(n),
    lost: new Uint8Array(n),
    eligStart: new Int32Array(n + 1),
    eligSlot: new Int16Array(0),
    eligContent: new Int32Array(0),
    eligMask: new Uint32Array(n * words),
    snapshot: new Int32Array(n),
  };
  const eligSlots: number[] = [];
  days.forEach((day, k) => {
    table.at[k] = zonedInstant(zone, day, minutes);
    // Under RTZ processing starts at 00:00 UTC+14 on the cast date, the previous day 10:00Z (R23).
    table.setAt[k] = rtz ? day * MS_PER_DAY - 14 * MS_PER_HOUR : table.at[k]!;
    const snap = snapshotAt(snapshots, table.setAt[k]!);
    const snapshot = snapshots[snap]!;
    table.snapshot[k] = snap;
    table.lost[k] = snapshot.on ? 0 : 1;
    table.eligStart[k] = eligSlots.length;
    const active = snapshot.active[streamIndex]!;
    for (const slot of snapshot.order[streamIndex]!) {
      const s = slots[slot]!;
      if (active[slot] && s.from <= day && day <= s.through) {
        eligSlots.push(slot);
        table.eligMask[k * words + (s.content >>> 5)]! |= 1 << (s.content & 31);
      }
    }
  });
  table.eligStart[n] = eligSlots.length;
  table.eligSlot = Int16Array.from(eligSlots);
  table.eligContent = Int32Array.from(eligSlots.map((slot) => slots[slot]!.content));
  return table;
}

/** Daily batch-move instants from `firstDay` through `lastDay`, with the moves due at each. */
export function buildBatchSchedule(
  scenario: Scenario,
  batchMoves: BatchMoveDef[],
  firstDay: number,
  lastDay: number,
): { at: Float64Array; due: number[][] } {
  const zone = scenario.program.timeZone;
  const defs = scenario.program.batchMoves ?? [];
  const runs: { at: number; batch: number }[] = [];
  for (let day = firstDay; day <= lastDay; day++)
    batchMoves.forEach((b, i) =>
      runs.push({
        at: zonedInstant(zone, day, minutesOf(defs[i]!.time ?? DEFAULT_BATCH_TIME)),
        batch: b.index,
      }),
    );
  runs.sort((a, b) => a.at - b.at || a.batch - b.batch);
  const at: number[] = [];
  const due: number[][] = [];
  for (const run of runs) {
    if (at.length > 0 && at[at.length - 1] === run.at) due[due.length - 1]!.push(run.batch);
    else {
      at.push(run.at);
      due.push([run.batch]);
    }
  }
  return { at: Float64Array.from(at), due };
}
