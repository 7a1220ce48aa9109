/** "Why did Ann get E3?": re-simulates one person alone with a tracer (people never interact). */
import type { SimulationPlan } from '../compile';
import { personIdOf } from '../compile/people';
import { namesOf } from '../output/names';
import type { RecordSink } from '../records';
import { simulateAll } from '../simulate';
import { ExplainTracer } from './explainTracer';
import type { PersonExplanation } from './types';

const IGNORE: RecordSink = {
  send() {},
  program() {},
  blocked() {},
  exhausted() {},
  move() {},
  remove() {},
};

export function findPerson(plan: SimulationPlan, id: string): number {
  const explicit = plan.people.explicitIds.indexOf(id);
  if (explicit >= 0) return explicit;
  const generated = plan.people.generated;
  if (generated === null) return -1;
  for (const cohort of generated.cohorts) {
    const prefix = `${cohort.id}-`;
    if (!id.startsWith(prefix)) continue;
    const n = Number(id.slice(prefix.length));
    if (Number.isInteger(n) && n >= 1 && n <= cohort.size && String(n) === id.slice(prefix.length))
      return plan.people.explicitCount + cohort.start + n - 1;
  }
  return -1;
}

export function explainPerson(plan: SimulationPlan, id: string): PersonExplanation | null {
  const person = findPerson(plan, id);
  if (person < 0) return null;
  const tracer = new ExplainTracer(plan, namesOf(plan));
  simulateAll(plan, IGNORE, { only: [person], trace: { person, tracer } });
  const zone = plan.people.zones[plan.people.zone[person]!]!;
  return { person: personIdOf(plan.people, person), timeZone: zone, steps: tracer.steps };
}

export type * from './types';
