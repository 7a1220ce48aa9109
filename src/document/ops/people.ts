/**
 * Edits of the people listed in the file (spec: people): add, change, remove and import them. Ids
 * stay unique among listed people and never take the id of a generated person (`<cohort>-<n>`,
 * the same clash src/model/references.ts reports), so every edit leaves a file the simulator
 * accepts. Removing a person removes their scripted events too: an event naming nobody is invalid.
 */
import {
  isProgramEdit,
  type Person,
  type Scalar,
  type Scenario,
  type ScenarioEvent,
} from '../../model';
import { done, refuse, type EditResult } from './result';
import { eventInstant, insertionIndex } from './events';

/** Why an id cannot be given to a person: empty, listed already, or a generated person's. */
export type IdClash =
  { kind: 'empty' } | { kind: 'listed' } | { kind: 'generated'; cohort: string; size: number };

/**
 * The cohort whose generated people would clash with this id (`lead-7` for cohort "lead" of 7 or
 * more), if any. The same test as the file's reference check (src/model/references.ts), so what
 * an edit allows the file accepts: "lead-07" is refused too.
 */
export function generatingCohort(doc: Scenario, id: string): { id: string; size: number } | null {
  for (const cohort of doc.generator?.cohorts ?? []) {
    const prefix = `${cohort.id}-`;
    const n = id.startsWith(prefix) ? Number(id.slice(prefix.length)) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= cohort.size)
      return { id: cohort.id, size: cohort.size };
  }
  return null;
}

/** Why `id` cannot name a new (or renamed) person; `except` is the person being renamed. */
export function idClash(doc: Scenario, id: string, except?: string): IdClash | null {
  if (id.trim() === '') return { kind: 'empty' };
  if (id !== except && (doc.people ?? []).some((p) => p.id === id)) return { kind: 'listed' };
  const cohort = generatingCohort(doc, id);
  return cohort ? { kind: 'generated', cohort: cohort.id, size: cohort.size } : null;
}

/** A change to one person: fields present are set; an attribute set to undefined is removed. */
export interface PersonPatch {
  id?: string;
  /** null: the program zone (R23). */
  timeZone?: string | null;
  attributes?: Record<string, Scalar | undefined>;
  programs?: readonly string[];
  unsubscribed?: boolean;
}

/**
 * `person` with `patch` applied, written the way the file keeps it short: no time zone for the
 * program zone, no empty attribute map, no empty program list, no `unsubscribed: false`.
 */
export function patchPerson(person: Person, patch: PersonPatch): Person {
  const next: Person = { ...person };
  if (patch.id !== undefined) next.id = patch.id;
  if (patch.timeZone !== undefined) {
    if (patch.timeZone === null) delete next.timeZone;
    else next.timeZone = patch.timeZone;
  }
  if (patch.attributes !== undefined) {
    const attributes: Record<string, Scalar> = { ...person.attributes };
    for (const [name, value] of Object.entries(patch.attributes)) {
      if (value === undefined) delete attributes[name];
      else attributes[name] = value;
    }
    if (Object.keys(attributes).length > 0) next.attributes = attributes;
    else delete next.attributes;
  }
  if (patch.programs !== undefined) {
    if (patch.programs.length > 0) next.programs = [...patch.programs];
    else delete next.programs;
  }
  if (patch.unsubscribed !== undefined) {
    if (patch.unsubscribed) next.unsubscribed = true;
    else delete next.unsubscribed;
  }
  return next;
}

const withPeople = (doc: Scenario, people: Person[]): Scenario => ({ ...doc, people });

export function addPerson(doc: Scenario, person: Person): EditResult {
  if (idClash(doc, person.id) !== null) return refuse('idTaken');
  return done(withPeople(doc, [...(doc.people ?? []), patchPerson({ id: person.id }, person)]));
}

/** Changes one person; a new id is carried over to their scripted events. */
export function updatePerson(doc: Scenario, id: string, patch: PersonPatch): EditResult {
  const people = doc.people ?? [];
  const index = people.findIndex((p) => p.id === id);
  if (index < 0) return refuse('notFound');
  const renamed = patch.id !== undefined && patch.id !== id;
  if (renamed && idClash(doc, patch.id!, id) !== null) return refuse('idTaken');
  const next = [...people];
  next[index] = patchPerson(people[index]!, patch);
  let changed = withPeople(doc, next);
  if (renamed && doc.events)
    changed = {
      ...changed,
      events: doc.events.map((e) =>
        !isProgramEdit(e) && e.person === id ? { ...e, person: patch.id! } : e,
      ),
    };
  return done(changed);
}

const about = (event: ScenarioEvent, people: ReadonlySet<string>) =>
  !isProgramEdit(event) && people.has(event.person);

/** How many scripted events name one of these people (they go with them when removed). */
export function eventsOfPeople(doc: Scenario, ids: readonly string[]): number {
  const gone = new Set(ids);
  return (doc.events ?? []).filter((e) => about(e, gone)).length;
}

/** Removes these people and every event that names one of them; unknown ids are skipped. */
export function removePeople(doc: Scenario, ids: readonly string[]): EditResult {
  const gone = new Set(ids);
  const people = doc.people ?? [];
  const kept = people.filter((p) => !gone.has(p.id));
  if (kept.length === people.length) return refuse('notFound');
  let changed = withPeople(doc, kept);
  if (doc.events && eventsOfPeople(doc, ids) > 0)
    changed = {
      ...changed,
      events: doc.events.filter((e) => !about(e, gone)),
    };
  return done(changed);
}

/** What an import does with a person already listed under the same id. */
export type ExistingPeople = 'update' | 'skip';

/**
 * Adds `incoming` people after the listed ones, in their order. A person already listed is
 * updated (the incoming fields replace theirs, attributes one by one) or left as is. Refused when
 * an incoming id repeats or is a generated person's: the import checked this, so the file changed
 * under it.
 */
/** Where imported people join the program: an `add` event each, into `stream` at `at` (local). */
export interface JoinOnImport {
  stream: string;
  at: string;
}

export function importPeople(
  doc: Scenario,
  incoming: readonly Person[],
  existing: ExistingPeople,
  join?: JoinOnImport,
): EditResult {
  const people = doc.people ?? [];
  const at = new Map(people.map((p, i) => [p.id, i]));
  const seen = new Set<string>();
  const next = [...people];
  for (const person of incoming) {
    if (seen.has(person.id) || generatingCohort(doc, person.id) !== null || person.id === '')
      return refuse('idTaken');
    seen.add(person.id);
    const index = at.get(person.id);
    if (index === undefined) next.push(patchPerson({ id: person.id }, person));
    else if (existing === 'update') next[index] = patchPerson(people[index]!, person);
  }
  const imported = withPeople(doc, next);
  if (join === undefined) return done(imported);
  // Listed people join only through events (spec: events): one `add` per new person, all at the
  // same instant, placed once where that instant falls so the file stays in time order.
  const joins: ScenarioEvent[] = incoming
    .filter((person) => !at.has(person.id))
    .map((person) => ({ at: join.at, type: 'add', person: person.id, stream: join.stream }));
  if (joins.length === 0) return done(imported);
  const events = imported.events ?? [];
  const where = insertionIndex(
    events,
    eventInstant(join.at, doc.program.timeZone),
    doc.program.timeZone,
  );
  return done({
    ...imported,
    events: [...events.slice(0, where), ...joins, ...events.slice(where)],
  });
}
