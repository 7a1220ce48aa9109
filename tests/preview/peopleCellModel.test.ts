// The People grid's cell model: which date column each cast and move lands in, and which marks a
// cell carries (blocked, failed smart list, paused, lost, exhausted, ran dry, moved).
import { beforeAll, describe, expect, it } from 'vitest';
import { CAUSE, CELL_FLAG, OUTCOME, type PeopleRows, type PreviewFrame } from '../../src/engine';
import { isoOfDay } from '../../src/simulation/derive/dates';
import {
  castMarks,
  cellMarks,
  personRows,
  type CastCell,
  type DayCell,
} from '../../src/preview/people/cellModel';
import {
  columnAtOrBefore,
  columnOfDay,
  peopleColumns,
  type PeopleColumns,
} from '../../src/preview/people/peopleColumns';
import { day, loadedFixture } from './peopleFixture';

let frame: PreviewFrame;
let columns: PeopleColumns;
let real: PeopleRows;

beforeAll(async () => {
  const fixture = await loadedFixture();
  frame = fixture.frame;
  columns = peopleColumns(frame);
  const rows = await fixture.service.rows(fixture.key, Int32Array.from([0, 1, 2]));
  if (!rows.ok) throw new Error('no rows');
  real = rows.value;
});

/** The global cast number of stream `s`'s cast on `iso`. */
function castOn(s: number, iso: string): number {
  for (let c = 0; c < frame.casts.count; c++)
    if (frame.casts.stream[c] === s && frame.casts.day[c] === day(iso)) return c;
  throw new Error(`stream ${s} does not cast on ${iso}`);
}

/** People rows for one person, written out by hand. */
function oneRow(
  cells: { cast: number; outcome: number; content?: number; flags?: number }[],
  moves: { at: string; from: number; to: number; kind: number; cause: number }[] = [],
): PeopleRows {
  return {
    persons: Int32Array.of(0),
    ids: ['x'],
    cellStart: Int32Array.of(0, cells.length),
    cellCast: Int32Array.from(cells, (c) => c.cast),
    cellOutcome: Uint8Array.from(cells, (c) => c.outcome),
    cellContent: Int32Array.from(cells, (c) => c.content ?? -1),
    cellFlags: Uint8Array.from(cells, (c) => c.flags ?? 0),
    moveStart: Int32Array.of(0, moves.length),
    moveAt: Float64Array.from(moves, (m) => Date.parse(m.at)),
    moveFrom: Int16Array.from(moves, (m) => m.from),
    moveTo: Int16Array.from(moves, (m) => m.to),
    moveCauseKind: Uint8Array.from(moves, (m) => m.kind),
    moveCause: Int32Array.from(moves, (m) => m.cause),
  };
}

const cellOn = (rows: PeopleRows, person: number, iso: string): DayCell | undefined =>
  personRows(rows, frame, columns)[person]!.cells.get(columns.days.indexOf(day(iso)));

describe('people columns', () => {
  it('are every cast date of the written period, all streams together, in order', () => {
    const all = new Set<number>();
    for (let c = 0; c < frame.casts.count; c++) {
      const d = frame.casts.day[c]!;
      if (d >= frame.fromDay && d <= frame.untilDay) all.add(d);
    }
    expect(columns.days).toEqual([...all].sort((a, b) => a - b));
    expect(columns.days.slice(0, 4).map(isoOfDay)).toEqual([
      '2025-03-04', // Early, Tuesdays
      '2025-03-05', // Holding, every 4 weeks on Wednesday
      '2025-03-06', // Late, Thursdays
      '2025-03-11',
    ]);
    expect(columns.colOfCast[castOn(1, '2025-03-06')]).toBe(2);
  });

  it('put a day between cast dates on the next cast date, after the last on the last', () => {
    expect(isoOfDay(columns.days[columnOfDay(columns, frame, day('2025-03-01'))]!)).toBe(
      '2025-03-04',
    );
    expect(isoOfDay(columns.days[columnOfDay(columns, frame, day('2025-03-09'))]!)).toBe(
      '2025-03-11',
    );
    expect(columnOfDay(columns, frame, day('2025-05-31'))).toBe(columns.days.length - 1);
    expect(columnOfDay(columns, frame, day('2025-02-28'))).toBe(-1); // before the period
  });

  it('find the cursor on its date, or on the cast date before it', () => {
    expect(columnAtOrBefore(columns, day('2025-03-06'))).toBe(2);
    expect(columnAtOrBefore(columns, day('2025-03-07'))).toBe(2);
    expect(columnAtOrBefore(columns, day('2025-03-01'))).toBe(-1);
  });
});

describe('the marks of a cell', () => {
  const cast = (state: CastCell['state'], exhausted = false, ranDry = false): CastCell => ({
    cast: 0,
    stream: 0,
    content: 0,
    state,
    exhausted,
    ranDry,
  });

  it('name every kind of cast that is not a plain send', () => {
    expect(castMarks(cast('sent'))).toEqual([]);
    expect(castMarks(cast('processed'))).toEqual([]);
    expect(castMarks(cast('blockedUnsubscribed'))).toEqual(['blocked']);
    expect(castMarks(cast('blockedLimit'))).toEqual(['blocked']);
    expect(castMarks(cast('failed'))).toEqual(['failed']);
    expect(castMarks(cast('paused'))).toEqual(['paused']);
    expect(castMarks(cast('lost'))).toEqual(['lost']);
    expect(castMarks(cast('nothing', true))).toEqual(['exhausted']);
    expect(castMarks(cast('sent', true, true))).toEqual(['exhausted', 'ranDry']);
  });

  it('come from the outcome codes and flags the workers send', () => {
    const early = (iso: string) => castOn(0, iso);
    const rows = oneRow([
      { cast: early('2025-03-04'), outcome: OUTCOME.sent, content: 0 },
      { cast: early('2025-03-11'), outcome: OUTCOME.blockedLimit, content: 1 },
      { cast: early('2025-03-18'), outcome: OUTCOME.programFailed, content: 2 },
      { cast: early('2025-03-25'), outcome: OUTCOME.none, flags: CELL_FLAG.paused },
      { cast: early('2025-04-01'), outcome: OUTCOME.none, flags: CELL_FLAG.lost },
      {
        cast: early('2025-04-08'),
        outcome: OUTCOME.sent,
        content: 3,
        flags: CELL_FLAG.exhausted | CELL_FLAG.newlyExhausted,
      },
      { cast: early('2025-04-15'), outcome: OUTCOME.none, flags: CELL_FLAG.exhausted },
    ]);
    const marks = (iso: string) => cellMarks(cellOn(rows, 0, iso)!);
    expect(marks('2025-03-04')).toEqual([]);
    expect(marks('2025-03-11')).toEqual(['blocked']);
    expect(marks('2025-03-18')).toEqual(['failed']);
    expect(marks('2025-03-25')).toEqual(['paused']);
    expect(marks('2025-04-01')).toEqual(['lost']);
    expect(marks('2025-04-08')).toEqual(['exhausted', 'ranDry']);
    expect(marks('2025-04-15')).toEqual(['exhausted']);
    expect(cellOn(rows, 0, '2025-03-05')).toBeUndefined(); // not in a stream casting that day
  });

  it('show moves on their date (or the next cast date) with what caused them', () => {
    const rows = oneRow(
      [{ cast: castOn(0, '2025-03-04'), outcome: OUTCOME.sent, content: 0 }],
      [
        { at: '2025-03-01T07:00:00Z', from: -1, to: 0, kind: CAUSE.event, cause: -1 },
        { at: '2025-03-06T08:00:00Z', from: 0, to: 1, kind: CAUSE.rule, cause: 0 },
        { at: '2025-04-09T05:00:00Z', from: 1, to: 2, kind: CAUSE.batch, cause: 0 },
        { at: '2025-05-01T08:00:00Z', from: 2, to: -1, kind: CAUSE.event, cause: -1 },
        { at: '2025-02-20T08:00:00Z', from: -1, to: 0, kind: CAUSE.event, cause: -1 },
      ],
    );
    const first = cellOn(rows, 0, '2025-03-04')!;
    expect(cellMarks(first)).toEqual(['moved']);
    expect(first.moves).toMatchObject([{ kind: 'joined', to: 0, cause: { kind: 'event' } }]);
    expect(cellOn(rows, 0, '2025-03-06')!.moves).toMatchObject([
      { kind: 'moved', from: 0, to: 1, cause: { kind: 'rule', id: 'clicked' } },
    ]);
    // 9 April is a Wednesday without casts: the move shows on Thursday's column.
    expect(cellOn(rows, 0, '2025-04-10')!.moves).toMatchObject([
      { kind: 'moved', day: day('2025-04-09'), cause: { kind: 'batch', id: 'dry' } },
    ]);
    expect(cellOn(rows, 0, '2025-05-01')!.moves).toMatchObject([{ kind: 'removed', from: 2 }]);
    // The move before the written period is nowhere.
    const all = [...personRows(rows, frame, columns)[0]!.cells.values()];
    expect(all.flatMap((c) => c.moves)).toHaveLength(4);
  });
});

describe('the fixture people', () => {
  it('ann gets E1 on 4 March, and her casts while paused (7 to 20 March) are marked paused', () => {
    const first = cellOn(real, 0, '2025-03-04')!;
    expect(first.casts.map((c) => [frame.contentIds[c.content], c.state])).toEqual([
      ['E1', 'sent'],
    ]);
    expect(cellMarks(cellOn(real, 0, '2025-03-11')!)).toEqual(['paused']);
    expect(cellMarks(cellOn(real, 0, '2025-03-18')!)).toEqual(['paused']);
    expect(cellMarks(cellOn(real, 0, '2025-03-25')!)).toEqual([]);
  });

  it('ben is blocked at every cast after he unsubscribes on 10 March', () => {
    expect(cellMarks(cellOn(real, 1, '2025-03-04')!)).toEqual(['moved']); // joined, got E1
    for (const iso of ['2025-03-11', '2025-04-15', '2025-05-27'])
      expect(cellOn(real, 1, iso)!.casts.map((c) => c.state)).toEqual(['blockedUnsubscribed']);
  });

  it("cara's removal on 2 April shows on that date", () => {
    expect(cellOn(real, 2, '2025-04-02')!.moves).toMatchObject([
      { kind: 'removed', from: 1, to: -1, cause: { kind: 'event' } },
    ]);
  });
});
