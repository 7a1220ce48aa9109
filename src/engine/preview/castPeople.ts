/**
 * Who was at some casts, and what each got: the people of a share who were ever in the casts'
 * stream are simulated again with an observer that notes those casts (people never affect each
 * other, so a re-run gives what the full run gave). For the calendar's "who got this?" list.
 */
import type { SimulationPlan } from '../compile';
import { IGNORE_RECORDS } from '../records';
import type { CastStatusCode, Observer, Outcome } from '../sim/observer';
import { startSimulation } from '../simulate';
import type { PersonColumns } from './collector';
import { cellFlags, type CastIndex } from './types';

export interface CastPeople {
  persons: Int32Array;
  cast: Int32Array;
  outcome: Uint8Array;
  content: Int32Array;
  flags: Uint8Array;
}

class CastWatcher implements Observer {
  private p = -1;
  readonly found: number[][] = [[], [], [], [], []];
  constructor(
    private readonly index: CastIndex,
    private readonly wanted: Set<number>,
  ) {}
  person(p: number) {
    this.p = p;
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
    const c = this.index.ofStream[this.index.streamBase[stream]! + k]!;
    if (!this.wanted.has(c)) return;
    const flags = cellFlags(status, exhausted, newly);
    const [persons, casts, outcomes, contents, flagList] = this.found as [
      number[],
      number[],
      number[],
      number[],
      number[],
    ];
    persons.push(this.p);
    casts.push(c);
    outcomes.push(outcome);
    contents.push(content);
    flagList.push(flags);
  }
  moved() {}
  place() {}
}

export function castPeople(
  plan: SimulationPlan,
  index: CastIndex,
  columns: PersonColumns,
  casts: readonly number[],
): CastPeople {
  const wanted = new Set(casts);
  let streams = 0;
  for (const c of casts) streams |= 1 << index.stream[c]!;
  const only: number[] = [];
  for (let i = 0; i < columns.streams.length; i++)
    if ((columns.streams[i]! & streams) !== 0) only.push(columns.start + i);
  const watcher = new CastWatcher(index, wanted);
  startSimulation(plan, IGNORE_RECORDS, { only, observer: watcher }).step(only.length);
  const [persons, cast, outcome, content, flags] = watcher.found as [
    number[],
    number[],
    number[],
    number[],
    number[],
  ];
  return {
    persons: Int32Array.from(persons),
    cast: Int32Array.from(cast),
    outcome: Uint8Array.from(outcome),
    content: Int32Array.from(content),
    flags: Uint8Array.from(flags),
  };
}
