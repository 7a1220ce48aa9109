/**
 * From the workers' people rows to what the grid draws: per person, per date column, the casts they
 * were at and the moves they made, and which marks each cell carries. Pure; built once per block of
 * rows when it arrives, so scrolling only reads it.
 */
import {
  CAUSE,
  CELL_FLAG,
  OUTCOME,
  dayIndexOf,
  type PeopleRows,
  type PreviewFrame,
} from '../../engine';
import { columnOfDay, type PeopleColumns } from './peopleColumns';

/** What one cast came to for the person. */
export type CastState =
  | 'sent'
  | 'processed'
  | 'blockedUnsubscribed'
  | 'blockedLimit'
  | 'failed'
  | 'paused'
  | 'lost'
  | 'nothing';

export interface CastCell {
  cast: number;
  stream: number;
  /** Content index of the item sent or tried, -1 when none. */
  content: number;
  state: CastState;
  /** Exhausted after the cast (R39), and whether it has just turned so. */
  exhausted: boolean;
  ranDry: boolean;
}

export type MoveKind = 'joined' | 'moved' | 'removed';

export interface MoveCell {
  at: number;
  day: number;
  kind: MoveKind;
  /** Stream indices; -1 for a join's origin and a removal's target. */
  from: number;
  to: number;
  cause: { kind: 'event' } | { kind: 'rule' | 'batch'; id: string };
}

export interface DayCell {
  casts: CastCell[];
  moves: MoveCell[];
}

export interface PersonRow {
  person: number;
  /** Cells by column; a column without an entry is empty (not a member of a casting stream). */
  cells: Map<number, DayCell>;
}

export type Mark = 'blocked' | 'failed' | 'paused' | 'lost' | 'exhausted' | 'ranDry' | 'moved';
/** The marks a single cast can carry (a move belongs to the date, not to a cast). */
export type CastMark = Exclude<Mark, 'moved'>;
export const MARKS: readonly Mark[] = [
  'blocked',
  'failed',
  'paused',
  'lost',
  'exhausted',
  'ranDry',
  'moved',
];

function castState(outcome: number, flags: number): CastState {
  if (flags & CELL_FLAG.lost) return 'lost';
  if (flags & CELL_FLAG.paused) return 'paused';
  switch (outcome) {
    case OUTCOME.sent:
      return 'sent';
    case OUTCOME.programQualified:
      return 'processed';
    case OUTCOME.blockedUnsubscribed:
      return 'blockedUnsubscribed';
    case OUTCOME.blockedLimit:
      return 'blockedLimit';
    case OUTCOME.programFailed:
      return 'failed';
  }
  return 'nothing';
}

function cellAt(cells: Map<number, DayCell>, col: number): DayCell {
  let cell = cells.get(col);
  if (cell === undefined) cells.set(col, (cell = { casts: [], moves: [] }));
  return cell;
}

/** The rows of every person in `rows`, in its order. */
export function personRows(
  rows: PeopleRows,
  frame: PreviewFrame,
  columns: PeopleColumns,
): PersonRow[] {
  return Array.from(rows.persons, (person, i) => {
    const cells = new Map<number, DayCell>();
    for (let c = rows.cellStart[i]!; c < rows.cellStart[i + 1]!; c++) {
      const cast = rows.cellCast[c]!;
      const col = columns.colOfCast[cast]!;
      if (col < 0) continue; // simulated before the written period
      const flags = rows.cellFlags[c]!;
      cellAt(cells, col).casts.push({
        cast,
        stream: frame.casts.stream[cast]!,
        content: rows.cellContent[c]!,
        state: castState(rows.cellOutcome[c]!, flags),
        exhausted: (flags & CELL_FLAG.exhausted) !== 0,
        ranDry: (flags & CELL_FLAG.newlyExhausted) !== 0,
      });
    }
    for (let m = rows.moveStart[i]!; m < rows.moveStart[i + 1]!; m++) {
      const at = rows.moveAt[m]!;
      if (at < frame.dayStart[0]!) continue; // dayIndexOf would clamp it onto the first day
      const day = frame.startDay + dayIndexOf(frame.dayStart, at);
      const col = columnOfDay(columns, frame, day);
      if (col < 0) continue;
      const from = rows.moveFrom[m]!;
      const to = rows.moveTo[m]!;
      const kind = rows.moveCauseKind[m]!;
      const index = rows.moveCause[m]!;
      cellAt(cells, col).moves.push({
        at,
        day,
        kind: from < 0 ? 'joined' : to < 0 ? 'removed' : 'moved',
        from,
        to,
        cause:
          kind === CAUSE.rule
            ? { kind: 'rule', id: frame.ruleIds[index] ?? '' }
            : kind === CAUSE.batch
              ? { kind: 'batch', id: frame.batchIds[index] ?? '' }
              : { kind: 'event' },
      });
    }
    return { person, cells };
  });
}

/** The marks of one cast, besides its item and stream colour. */
export function castMarks(cast: CastCell): CastMark[] {
  const marks: CastMark[] = [];
  if (cast.state === 'blockedUnsubscribed' || cast.state === 'blockedLimit') marks.push('blocked');
  if (cast.state === 'failed') marks.push('failed');
  if (cast.state === 'paused') marks.push('paused');
  if (cast.state === 'lost') marks.push('lost');
  if (cast.exhausted) marks.push('exhausted');
  if (cast.ranDry) marks.push('ranDry');
  return marks;
}

/** Every mark a cell carries, in the legend's order. */
export function cellMarks(cell: DayCell): Mark[] {
  const found = new Set<Mark>(cell.casts.flatMap(castMarks));
  if (cell.moves.length > 0) found.add('moved');
  return MARKS.filter((mark) => found.has(mark));
}
