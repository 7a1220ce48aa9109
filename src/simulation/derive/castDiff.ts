/**
 * Which casts two runs over the same audience give differently: per person and date, what each
 * run delivered (the content sent, or the program item that processed the person). Pure, over the
 * runs' cell columns (one row per person-cast, from the workers' re-simulation), so the compare
 * view and the "people already in flight" notice share it. People are matched by their index in
 * the audience (the same audience gives the same order); content by id, so a variant that renamed
 * or reordered items still matches.
 */
import { OUTCOME, type PreviewFrame } from '../../engine';
import type { CastPeople, PeopleRows } from '../../engine';

/** One row per person-cast of a run (any order). */
export interface CastCells {
  person: Int32Array;
  cast: Int32Array;
  outcome: Uint8Array;
  content: Int32Array;
}

/** A run's cells and what names them: each cast's date and each content index's id. */
export interface RunCells {
  castDay: Int32Array;
  contentIds: readonly string[];
  cells: CastCells;
}

/** The cells the workers' castPeople answered, named by the run's frame. */
export function runCellsOf(frame: PreviewFrame, found: CastPeople): RunCells {
  return {
    castDay: frame.casts.day,
    contentIds: frame.contentIds,
    cells: {
      person: found.persons,
      cast: found.cast,
      outcome: found.outcome,
      content: found.content,
    },
  };
}

export interface CastDifference {
  person: number;
  /** Day number (program zone) of the cast. */
  day: number;
  /** Content ids the person got that day in run A, and in run B (empty: nothing). */
  a: string[];
  b: string[];
}

export interface CastDiff {
  /** By person, then date: a person's first row is their first differing cast. */
  rows: CastDifference[];
  /** Distinct people with at least one differing cast. */
  people: number;
}

/** The cells of people rows (the workers' `rows` for everyone, in audience order). */
export function runCellsOfRows(frame: PreviewFrame, rows: PeopleRows): RunCells {
  const person = new Int32Array(rows.cellCast.length);
  for (let i = 0; i < rows.persons.length; i++)
    person.fill(rows.persons[i]!, rows.cellStart[i]!, rows.cellStart[i + 1]!);
  return {
    castDay: frame.casts.day,
    contentIds: frame.contentIds,
    cells: { person, cast: rows.cellCast, outcome: rows.cellOutcome, content: rows.cellContent },
  };
}

/**
 * 1 for each person of `rows` (by audience index) who joined the program before `at` (an instant,
 * program zone): people already in flight then. Joins are moves from -1.
 */
export function joinedBefore(rows: PeopleRows, at: number, people: number): Uint8Array {
  const mask = new Uint8Array(people);
  for (let i = 0; i < rows.persons.length; i++)
    for (let m = rows.moveStart[i]!; m < rows.moveStart[i + 1]!; m++)
      if (rows.moveFrom[m] === -1 && rows.moveAt[m]! < at) {
        mask[rows.persons[i]!] = 1;
        break;
      }
  return mask;
}

/** Receiving something: a send, or a program item that took the person in. */
const got = (outcome: number) => outcome === OUTCOME.sent || outcome === OUTCOME.programQualified;

interface Received {
  person: number[];
  day: number[];
  content: string[];
  order: number[];
}

function received(run: RunCells, include: Uint8Array | null): Received {
  const { cells, castDay, contentIds } = run;
  const out: Received = { person: [], day: [], content: [], order: [] };
  for (let i = 0; i < cells.person.length; i++) {
    const p = cells.person[i]!;
    if (!got(cells.outcome[i]!) || (include !== null && include[p] !== 1)) continue;
    out.order.push(out.person.length);
    out.person.push(p);
    out.day.push(castDay[cells.cast[i]!]!);
    out.content.push(contentIds[cells.content[i]!] ?? `#${cells.content[i]}`);
  }
  out.order.sort(
    (x, y) =>
      out.person[x]! - out.person[y]! ||
      out.day[x]! - out.day[y]! ||
      (out.content[x]! < out.content[y]! ? -1 : out.content[x]! > out.content[y]! ? 1 : 0),
  );
  return out;
}

/** Compares (person, day) keys: negative when the first comes first. */
const compareKeys = (p1: number, d1: number, p2: number, d2: number) => p1 - p2 || d1 - d2;

/**
 * The casts that differ between runs A and B, for the people `include` marks with 1 (by index in
 * the audience; null: everyone). Both runs must be over the same audience.
 */
export function diffCasts(a: RunCells, b: RunCells, include: Uint8Array | null = null): CastDiff {
  const ra = received(a, include);
  const rb = received(b, include);
  const rows: CastDifference[] = [];
  let i = 0;
  let j = 0;
  while (i < ra.order.length || j < rb.order.length) {
    const ia = ra.order[i];
    const jb = rb.order[j];
    const cmp =
      ia === undefined
        ? 1
        : jb === undefined
          ? -1
          : compareKeys(ra.person[ia]!, ra.day[ia]!, rb.person[jb]!, rb.day[jb]!);
    const person = cmp <= 0 ? ra.person[ia!]! : rb.person[jb!]!;
    const day = cmp <= 0 ? ra.day[ia!]! : rb.day[jb!]!;
    const gotA: string[] = [];
    const gotB: string[] = [];
    while (i < ra.order.length) {
      const k = ra.order[i]!;
      if (ra.person[k] !== person || ra.day[k] !== day) break;
      gotA.push(ra.content[k]!);
      i++;
    }
    while (j < rb.order.length) {
      const k = rb.order[j]!;
      if (rb.person[k] !== person || rb.day[k] !== day) break;
      gotB.push(rb.content[k]!);
      j++;
    }
    if (gotA.length !== gotB.length || gotA.some((id, n) => id !== gotB[n]))
      rows.push({ person, day, a: gotA, b: gotB });
  }
  let people = 0;
  for (let n = 0; n < rows.length; n++)
    if (n === 0 || rows[n]!.person !== rows[n - 1]!.person) people++;
  return { rows, people };
}
