/** Finding a person by id, and re-simulating them alone with a tracer (people never interact). */
import type { SimulationPlan } from '../compile';
import { IGNORE_RECORDS } from '../records';
import type { Tracer } from '../sim/tracer';
import { simulateAll } from '../simulate';

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

export function rerun(plan: SimulationPlan, person: number, tracer: Tracer) {
  simulateAll(plan, IGNORE_RECORDS, { only: [person], trace: { person, tracer } });
}
