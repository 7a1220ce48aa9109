/** Index-to-id lookups for writing records. */
import type { SimulationPlan } from '../compile';
import { personIdOf } from '../compile/people';
import { CAUSE, type CauseKind } from '../records';

export interface Names {
  person(p: number): string;
  stream(s: number): string;
  content(c: number): string;
  cause(kind: CauseKind, index: number): string;
}

export function namesOf(plan: SimulationPlan): Names {
  const { program, people } = plan;
  return {
    person: (p) => personIdOf(people, p),
    stream: (s) => program.streams[s]!.id,
    content: (c) => program.contentIds[c]!,
    cause: (kind, index) =>
      kind === CAUSE.event
        ? 'event'
        : kind === CAUSE.rule
          ? `rule:${program.rules[index]!.id}`
          : `batch:${program.batchMoves[index]!.id}`,
  };
}
