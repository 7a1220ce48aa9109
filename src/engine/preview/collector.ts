/**
 * Collects a preview run's aggregates while the simulator runs: it watches every person (the
 * observer hooks) and counts the written records (a record sink), into flat typed arrays. One
 * collector per worker share; the shares add up (merge.ts).
 */
import type { RecordSink, BlockReason } from '../records';
import { RECORD_TYPES } from '../records';
import {
  CAST_STATUS,
  OUTCOME,
  type CastStatusCode,
  type Observer,
  type Outcome,
} from '../sim/observer';
import { dayIndexOf } from './frame';
import {
  CAST_FIELD,
  CAST_FIELDS,
  PLACES,
  SLOT_FIELD,
  SLOT_FIELDS,
  type PreviewAggregates,
  type PreviewFrame,
} from './types';

/** Dense move counts up to this many cells (days x (streams + 1)^2); a sparse map beyond. */
const DENSE_MOVES = 1 << 21;
const RECORD = Object.fromEntries(RECORD_TYPES.map((type, i) => [type, i])) as Record<
  (typeof RECORD_TYPES)[number],
  number
>;

const OUTCOME_FIELD: Record<Outcome, number> = {
  [OUTCOME.none]: -1,
  [OUTCOME.sent]: CAST_FIELD.sent,
  [OUTCOME.blockedUnsubscribed]: CAST_FIELD.blockedUnsubscribed,
  [OUTCOME.blockedLimit]: CAST_FIELD.blockedLimit,
  [OUTCOME.programQualified]: CAST_FIELD.programQualified,
  [OUTCOME.programFailed]: CAST_FIELD.programFailed,
};

/** Where each person of the share ended up, for filtering the people grid. */
export interface PersonColumns {
  start: number;
  /** Bit s set when the person was ever a member of stream s. */
  streams: Uint32Array;
  /** Stream at the end of the period (-1: not a member). */
  endStream: Int8Array;
  /** Exhausted at the end of the period. */
  endExhausted: Uint8Array;
  /** Email sends written in the period. */
  sends: Int32Array;
}

export class PreviewCollector implements Observer, RecordSink {
  private readonly streams: number;
  private readonly days: number;
  readonly casts: Int32Array;
  private readonly delta: Int32Array;
  private readonly moveDense: Int32Array | null;
  private readonly moveSparse = new Map<number, number>();
  readonly slots: Int32Array;
  readonly records = new Int32Array(RECORD_TYPES.length);
  readonly exhaustedRecords: Int32Array;
  private readonly slotOf: Int32Array;
  readonly people: PersonColumns;
  private local = -1;
  private placeKey = -1;
  private placeExhausted = false;

  constructor(
    private readonly frame: PreviewFrame,
    start: number,
    end: number,
  ) {
    const streams = frame.streamIds.length;
    this.streams = streams;
    this.days = frame.dayStart.length - 1;
    this.casts = new Int32Array(frame.casts.count * CAST_FIELDS);
    this.delta = new Int32Array((this.days + 1) * streams * PLACES);
    const cells = this.days * (streams + 1) * (streams + 1);
    this.moveDense = cells <= DENSE_MOVES ? new Int32Array(cells) : null;
    const slots = frame.slotBase[streams]!;
    this.slots = new Int32Array(slots * SLOT_FIELDS);
    this.exhaustedRecords = new Int32Array(streams);
    const contents = frame.contentIds.length;
    this.slotOf = new Int32Array(streams * contents).fill(-1);
    for (let s = 0; s < streams; s++)
      for (let j = frame.slotBase[s]!; j < frame.slotBase[s + 1]!; j++)
        this.slotOf[s * contents + frame.slotContent[j]!] = j;
    const size = Math.max(0, end - start);
    this.people = {
      start,
      streams: new Uint32Array(size),
      endStream: new Int8Array(size).fill(-1),
      endExhausted: new Uint8Array(size),
      sends: new Int32Array(size),
    };
  }

  // ---- observer ------------------------------------------------------------------------------

  person(p: number) {
    this.local = p - this.people.start;
    this.placeKey = -1;
    this.placeExhausted = false;
  }

  cast(
    stream: number,
    k: number,
    status: CastStatusCode,
    outcome: Outcome,
    _entry: number,
    _content: number,
    exhausted: boolean,
    newly: boolean,
  ) {
    const index = this.frame.casts;
    const base = index.ofStream[index.streamBase[stream]! + k]! * CAST_FIELDS;
    const casts = this.casts;
    if (status === CAST_STATUS.lost) casts[base + CAST_FIELD.lost]!++;
    else if (status === CAST_STATUS.paused) casts[base + CAST_FIELD.paused]!++;
    else if (exhausted) casts[base + CAST_FIELD.exhausted]!++;
    else casts[base + CAST_FIELD.normal]!++;
    if (newly) casts[base + CAST_FIELD.newlyExhausted]!++;
    const field = OUTCOME_FIELD[outcome];
    if (field >= 0) casts[base + field]!++;
  }

  moved(at: number, from: number, to: number) {
    const d = dayIndexOf(this.frame.dayStart, at);
    const width = this.streams + 1;
    const cell = (d * width + from + 1) * width + to + 1;
    if (this.moveDense !== null) this.moveDense[cell]!++;
    else this.moveSparse.set(cell, (this.moveSparse.get(cell) ?? 0) + 1);
    if (to >= 0 && this.local >= 0) this.people.streams[this.local]! |= 1 << to;
  }

  place(at: number, stream: number, paused: boolean, exhausted: boolean) {
    const key = stream < 0 ? -1 : stream * PLACES + (paused ? 1 : exhausted ? 2 : 0);
    this.placeExhausted = stream >= 0 && exhausted;
    if (key === this.placeKey) return;
    const row = dayIndexOf(this.frame.dayStart, at) * this.streams * PLACES;
    if (this.placeKey >= 0) this.delta[row + this.placeKey]!--;
    if (key >= 0) this.delta[row + key]!++;
    this.placeKey = key;
    if (this.local >= 0) {
      this.people.endStream[this.local] = stream;
      this.people.endExhausted[this.local] = this.placeExhausted ? 1 : 0;
    }
  }

  // ---- record sink (written records only, as the command line's summary counts them) ----------

  private slot(stream: number, content: number): number {
    return this.slotOf[stream * this.frame.contentIds.length + content]! * SLOT_FIELDS;
  }

  send(_at: number, _person: number, stream: number, content: number) {
    this.records[RECORD.send]!++;
    this.slots[this.slot(stream, content) + SLOT_FIELD.send]!++;
    if (this.local >= 0) this.people.sends[this.local]!++;
  }
  program(_at: number, _person: number, stream: number, content: number, qualified: boolean) {
    this.records[RECORD.program]!++;
    const field = qualified ? SLOT_FIELD.programQualified : SLOT_FIELD.programFailed;
    this.slots[this.slot(stream, content) + field]!++;
  }
  blocked(_at: number, _person: number, stream: number, content: number, reason: BlockReason) {
    this.records[RECORD.blocked]!++;
    const field = reason === 'limit' ? SLOT_FIELD.blockedLimit : SLOT_FIELD.blockedUnsubscribed;
    this.slots[this.slot(stream, content) + field]!++;
  }
  exhausted(_at: number, _person: number, stream: number) {
    this.records[RECORD.exhausted]!++;
    this.exhaustedRecords[stream]!++;
  }
  move() {
    this.records[RECORD.move]!++;
  }
  remove() {
    this.records[RECORD.remove]!++;
  }

  // ---- result ---------------------------------------------------------------------------------

  aggregates(people: number, personCasts: number, counters: Int32Array): PreviewAggregates {
    // End-of-day occupancy: running sums of the day-by-day changes.
    const width = this.streams * PLACES;
    const occupancy = new Int32Array(this.days * width);
    for (let d = 0; d < this.days; d++)
      for (let i = 0; i < width; i++)
        occupancy[d * width + i] =
          (d > 0 ? occupancy[(d - 1) * width + i]! : 0) + this.delta[d * width + i]!;
    const cells: [number, number][] = [];
    if (this.moveDense !== null)
      this.moveDense.forEach((n, cell) => n !== 0 && cells.push([cell, n]));
    else cells.push(...[...this.moveSparse].sort((a, b) => a[0] - b[0]));
    const side = this.streams + 1;
    return {
      people,
      personCasts,
      casts: this.casts,
      counters,
      occupancy,
      moveDay: Int32Array.from(cells, ([cell]) => Math.floor(cell / (side * side))),
      moveFrom: Int16Array.from(cells, ([cell]) => (Math.floor(cell / side) % side) - 1),
      moveTo: Int16Array.from(cells, ([cell]) => (cell % side) - 1),
      moveCount: Int32Array.from(cells, ([, n]) => n),
      slots: this.slots,
      records: this.records,
      exhaustedRecords: this.exhaustedRecords,
    };
  }
}
