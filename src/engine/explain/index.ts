/** "Why did Ann get E3?": re-simulates one person alone with a tracer (people never interact). */
import type { SimulationPlan } from '../compile';
import { personIdOf } from '../compile/people';
import { namesOf } from '../output/names';
import { ExplainTracer } from './explainTracer';
import { findPerson, rerun } from './rerun';
import type { PersonExplanation } from './types';

export { findPerson } from './rerun';
export { whyNot } from './whyNot';
export { dryRunCast, type DryRun, type DryRunRequest } from './dryRun';

export function explainPerson(plan: SimulationPlan, id: string): PersonExplanation | null {
  const person = findPerson(plan, id);
  if (person < 0) return null;
  const tracer = new ExplainTracer(plan, namesOf(plan));
  rerun(plan, person, tracer);
  const zone = plan.people.zones[plan.people.zone[person]!]!;
  return { person: personIdOf(plan.people, person), timeZone: zone, steps: tracer.steps };
}

export type * from './types';
