/**
 * People rows on demand: the grid asks for the people on screen, and they are simulated again,
 * alone, with an observer that writes down each cast and move (people never affect each other,
 * so a person re-run alone does exactly what they did in the full run).
 */
import type { SimulationPlan } from '../compile';
import { personIdOf } from '../compile/people';
import { IGNORE_RECORDS, type CauseKind } from '../records';
import type { CastStatusCode, Observer, Outcome } from '../sim/observer';
import { startSimulation } from '../simulate';
import { cellFlags, type CastIndex, type PeopleRows } from './types';

class RowObserver implements Observer {
  readonly cellStart: number[] = [];
  readonly cells: number[][] = [[], [], [], []];
  readonly moveStart: number[] = [];
  readonly moves: number[][] = [[], [], [], [], []];

  constructor(private readonly index: CastIndex) {}

  person() {
    this.cellStart.push(this.cells[0]!.length);
    this.moveStart.push(this.moves[0]!.length);
  }

  cast(
    stream: number,
    k: number,
    status: CastStatusCode,
    outcome: Outcome,
    _entry: number,
    content: number,
    exhausted: boolean,
    newly: boolean,
  ) {
    const flags = cellFlags(status, exhausted, newly);
    const [cast, outcomes, contents, flagList] = this.cells as [
      number[],
      number[],
      number[],
      number[],
    ];
    cast.push(this.index.ofStream[this.index.streamBase[stream]! + k]!);
    outcomes.push(outcome);
    contents.push(content);
    flagList.push(flags);
  }

  moved(at: number, from: number, to: number, causeKind: CauseKind, cause: number) {
    const [ats, froms, tos, kinds, causes] = this.moves as [
      number[],
      number[],
      number[],
      number[],
      number[],
    ];
    ats.push(at);
    froms.push(from);
    tos.push(to);
    kinds.push(causeKind);
    causes.push(cause);
  }

  place() {}
}

/** The casts and moves of `persons` (plan indices), in that order. */
export function peopleRows(
  plan: SimulationPlan,
  index: CastIndex,
  persons: Int32Array,
): PeopleRows {
  const observer = new RowObserver(index);
  startSimulation(plan, IGNORE_RECORDS, { only: Array.from(persons), observer }).step(
    persons.length,
  );
  observer.cellStart.push(observer.cells[0]!.length);
  observer.moveStart.push(observer.moves[0]!.length);
  const [cast, outcome, content, flags] = observer.cells as [
    number[],
    number[],
    number[],
    number[],
  ];
  const [at, from, to, kind, cause] = observer.moves as [
    number[],
    number[],
    number[],
    number[],
    number[],
  ];
  return {
    persons: Int32Array.from(persons),
    ids: Array.from(persons, (p) => personIdOf(plan.people, p)),
    cellStart: Int32Array.from(observer.cellStart),
    cellCast: Int32Array.from(cast),
    cellOutcome: Uint8Array.from(outcome),
    cellContent: Int32Array.from(content),
    cellFlags: Uint8Array.from(flags),
    moveStart: Int32Array.from(observer.moveStart),
    moveAt: Float64Array.from(at),
    moveFrom: Int16Array.from(from),
    moveTo: Int16Array.from(to),
    moveCauseKind: Uint8Array.from(kind),
    moveCause: Int32Array.from(cause),
  };
}
