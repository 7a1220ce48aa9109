/**
 * What a preview run produces, as columns (typed arrays), never one object per person or record:
 * a million-person run crosses the worker boundary as a few transferable buffers. Counts are sums
 * over people, so the shares of several workers add up field by field (see merge.ts).
 */
import { CAST_STATUS } from '../sim/observer';

/** Every cast of every stream, in time order (then display order), numbered 0..count-1. */
export interface CastIndex {
  count: number;
  stream: Int16Array;
  /** The cast's number within its stream's own calendar. */
  k: Int32Array;
  /** Cast date, as a day number in the program zone. */
  day: Int32Array;
  /** Cast instant (program zone). */
  at: Float64Array;
  /** 1 when the program is off then (R6): the cast is lost. */
  lost: Uint8Array;
  /** Global cast number of a stream's cast k: `ofStream[streamBase[s] + k]`. */
  streamBase: Int32Array;
  ofStream: Int32Array;
  /** The items eligible at cast c are entries entryStart[c] .. entryStart[c] + entryCount[c]. */
  entryStart: Int32Array;
  entryCount: Int32Array;
  /** Content index of every entry (program-wide eligible entries, as the engine numbers them). */
  entryContent: Int32Array;
}

/** Per-cast counts, `CAST_FIELDS` numbers per cast. */
export const CAST_FIELD = {
  /** Members after the cast, split: normal cadence and not exhausted... */
  normal: 0,
  /** ...paused (R54)... */
  paused: 1,
  /** ...normal cadence but exhausted (R38). */
  exhausted: 2,
  /** Members at a cast lost because the program was off (R6). */
  lost: 3,
  /** People whose exhausted flag turned true at this cast (R39). */
  newlyExhausted: 4,
  sent: 5,
  blockedUnsubscribed: 6,
  blockedLimit: 7,
  programQualified: 8,
  /** Program items whose smart list failed: consumed, nothing sent (R29). */
  programFailed: 9,
} as const;
export const CAST_FIELDS = 10;

/** Per-day occupancy categories: a partition of a stream's members. */
export const PLACE = { normal: 0, paused: 1, exhausted: 2 } as const;
export const PLACES = 3;

/** Per-slot record counts (a slot is an item's place in one stream), `SLOT_FIELDS` per slot. */
export const SLOT_FIELD = {
  send: 0,
  programQualified: 1,
  programFailed: 2,
  blockedUnsubscribed: 3,
  blockedLimit: 4,
} as const;
export const SLOT_FIELDS = 5;

/** The additive part of a run: what each worker returns for its share of the people. */
export interface PreviewAggregates {
  people: number;
  personCasts: number;
  /** castCount x CAST_FIELDS. */
  casts: Int32Array;
  /** Per eligible entry, the engine's METRIC counters (delivered, opened, clicked, ...). */
  counters: Int32Array;
  /** Members at the end of each simulated day: days x streams x PLACES. */
  occupancy: Int32Array;
  /** Moves as sparse triples (day index, from, to, count); from -1 is a join, to -1 a removal. */
  moveDay: Int32Array;
  moveFrom: Int16Array;
  moveTo: Int16Array;
  moveCount: Int32Array;
  /** Written records in the period (spec: summary), by slot: slots x SLOT_FIELDS. */
  slots: Int32Array;
  /** Written records by type, in RECORD_TYPES order. */
  records: Int32Array;
  /** Written exhausted records per stream. */
  exhaustedRecords: Int32Array;
}

/** What never changes between workers: the calendar and the names, for views and reports. */
export interface PreviewFrame {
  zone: string;
  startDay: number;
  fromDay: number;
  untilDay: number;
  /** Start of every simulated day (program zone), days + 1 entries. */
  dayStart: Float64Array;
  streamIds: string[];
  streamNames: string[];
  contentIds: string[];
  contentNames: string[];
  isEmail: Uint8Array;
  /** Slots of each stream: `slotContent[slotBase[s] .. slotBase[s + 1])` in the file's order. */
  slotBase: Int32Array;
  slotContent: Int32Array;
  casts: CastIndex;
  /** Rule and batch-move ids by index, to name a move's cause. */
  ruleIds: string[];
  batchIds: string[];
  cohorts: { id: string; start: number; size: number }[];
  /** Ids of the file's own people, in order (generated people are named from their cohort). */
  explicitIds: string[];
}

/** Bits of a person's cell flags (people rows). */
export const CELL_FLAG = { paused: 1, lost: 2, exhausted: 4, newlyExhausted: 8 } as const;

/** The flags of a person-cast: its status (the engine's CAST_STATUS) and the exhausted flag after. */
export function cellFlags(status: number, exhausted: boolean, newly: boolean): number {
  return (
    (status === CAST_STATUS.paused ? CELL_FLAG.paused : 0) |
    (status === CAST_STATUS.lost ? CELL_FLAG.lost : 0) |
    (exhausted ? CELL_FLAG.exhausted : 0) |
    (newly ? CELL_FLAG.newlyExhausted : 0)
  );
}

/** Some people's casts and moves, re-simulated on demand (people never affect each other). */
export interface PeopleRows {
  persons: Int32Array;
  ids: string[];
  /** Casts of person i: cells cellStart[i] .. cellStart[i + 1]. */
  cellStart: Int32Array;
  cellCast: Int32Array;
  /** The engine's OUTCOME code. */
  cellOutcome: Uint8Array;
  cellContent: Int32Array;
  cellFlags: Uint8Array;
  /** Moves of person i: moveStart[i] .. moveStart[i + 1]; from -1 is a join, to -1 a removal. */
  moveStart: Int32Array;
  moveAt: Float64Array;
  moveFrom: Int16Array;
  moveTo: Int16Array;
  /** The engine's CAUSE kind and the rule or batch-move index. */
  moveCauseKind: Uint8Array;
  moveCause: Int32Array;
}
