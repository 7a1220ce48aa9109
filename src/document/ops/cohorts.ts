/**
 * Edits of the generated cohorts (Lanecast's `generator` extension, docs/format.md): add,
 * duplicate, change and delete a cohort, and set the generator's seed. All cohorts together stay
 * within MAX_GENERATED_PEOPLE: a new or duplicated cohort takes at most the people still left, and
 * none is made when nobody is left. The caller checks a changed cohort before it comes here
 * (src/preview/audience/cohorts/cohortDraft.ts).
 */
import { MAX_GENERATED_PEOPLE, type Cohort, type Generator, type Scenario } from '../../model';
import { defaultCohort } from './audience';

export const generatedTotal = (doc: Scenario): number =>
  (doc.generator?.cohorts ?? []).reduce((sum, c) => sum + c.size, 0);

/** How many more people the generator may make. */
export const peopleLeft = (doc: Scenario): number =>
  Math.max(0, MAX_GENERATED_PEOPLE - generatedTotal(doc));

/** Whether a cohort named `id` could generate an id of the file's people (`<id>-<n>`). */
export function clashesWithPeople(doc: Scenario, id: string, size: number): string | null {
  const prefix = `${id}-`;
  for (const person of doc.people ?? []) {
    if (!person.id.startsWith(prefix)) continue;
    const rest = person.id.slice(prefix.length);
    if (/^[1-9]\d*$/.test(rest) && Number(rest) <= size) return person.id;
  }
  return null;
}

/** `base`, else `base2`, `base3`...: not a cohort's id, and no file person is `<id>-<n>`. */
export function freeCohortId(doc: Scenario, base: string): string {
  const taken = new Set((doc.generator?.cohorts ?? []).map((c) => c.id));
  const free = (id: string) => !taken.has(id) && clashesWithPeople(doc, id, Infinity) === null;
  if (free(base)) return base;
  let n = 2;
  while (!free(`${base}${n}`)) n++;
  return `${base}${n}`;
}

/** A cohort edit's new document and the index of the cohort it touched. */
export interface CohortEdit {
  doc: Scenario;
  index: number;
}

function withCohorts(doc: Scenario, cohorts: Cohort[]): Scenario {
  const generator: Generator = { ...(doc.generator ?? {}), cohorts };
  return { ...doc, generator };
}

/** A thousand people joining fifty a day from `today` (fewer when fewer are left), at the end. */
export function addCohort(doc: Scenario, today: string): CohortEdit | null {
  const left = peopleLeft(doc);
  if (left === 0) return null;
  const cohorts = doc.generator?.cohorts ?? [];
  const base = defaultCohort(today);
  const cohort = { ...base, id: freeCohortId(doc, 'cohort'), size: Math.min(base.size, left) };
  return { doc: withCohorts(doc, [...cohorts, cohort]), index: cohorts.length };
}

/** A copy right after the original, named `<id>-copy`; smaller when fewer people are left. */
export function duplicateCohort(doc: Scenario, index: number): CohortEdit | null {
  const cohorts = doc.generator?.cohorts ?? [];
  const original = cohorts[index];
  const left = peopleLeft(doc);
  if (original === undefined || left === 0) return null;
  const copy: Cohort = {
    ...original, // shallow: documents are never changed in place
    id: freeCohortId(doc, `${original.id}-copy`),
    size: Math.min(original.size, left),
  };
  return { doc: withCohorts(doc, cohorts.toSpliced(index + 1, 0, copy)), index: index + 1 };
}

export function replaceCohort(doc: Scenario, index: number, cohort: Cohort): Scenario | null {
  const cohorts = doc.generator?.cohorts ?? [];
  if (cohorts[index] === undefined) return null;
  return withCohorts(doc, cohorts.toSpliced(index, 1, cohort));
}

export function deleteCohort(doc: Scenario, index: number): Scenario | null {
  const cohorts = doc.generator?.cohorts ?? [];
  if (cohorts[index] === undefined) return null;
  return withCohorts(doc, cohorts.toSpliced(index, 1));
}

export function setGeneratorSeed(doc: Scenario, seed: number): Scenario {
  return { ...doc, generator: { ...(doc.generator ?? { cohorts: [] }), seed } };
}
