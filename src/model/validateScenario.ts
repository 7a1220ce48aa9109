/**
 * The schema check of a whole document, without zod copying its people and events. The lists are
 * checked in place by isValidPerson and isValidEvent; the rest of the document goes through zod
 * with a schema that passes those lists through untouched, so the scenario returned holds the
 * file's own arrays. A list with any element the checks refuse goes through zod as before, so
 * every problem is reported exactly as ScenarioSchema reports it (same codes, paths and order).
 */
import { z } from 'zod';
import type { Problem } from './problems';
import { type Scenario, ScenarioSchema } from './scenario';
import { isValidEvent, isValidPerson } from './validPeople';
import { problemFromIssue } from './zodIssues';

export type Validation = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

/** True when `list` is absent or an array whose every element passes `valid`. */
function allValid(list: unknown, valid: (value: unknown) => boolean): boolean {
  if (list === undefined) return true;
  if (!Array.isArray(list)) return false;
  for (let i = 0; i < list.length; i++) if (!valid(list[i])) return false;
  return true;
}

/**
 * ScenarioSchema with the lists already checked taken as they are. `extend` keeps each key where
 * it was, so the parsed document has its keys in the same order as ScenarioSchema's output.
 */
const passing = new Map<string, z.ZodType<Scenario>>();
function schemaPassing(people: boolean, events: boolean): z.ZodType<Scenario> {
  if (!people && !events) return ScenarioSchema;
  const key = `${people}${events}`;
  let schema = passing.get(key);
  if (schema === undefined) {
    const asTheyAre = z.unknown().optional();
    schema = ScenarioSchema.extend({
      ...(people ? { people: asTheyAre } : {}),
      ...(events ? { events: asTheyAre } : {}),
    }) as unknown as z.ZodType<Scenario>;
    passing.set(key, schema);
  }
  return schema;
}

/** The document as a scenario if ScenarioSchema accepts it, else every problem zod names. */
export function validateScenario(doc: Record<string, unknown>): Validation {
  const schema = schemaPassing(
    allValid(doc.people, isValidPerson),
    allValid(doc.events, isValidEvent),
  );
  const parsed = schema.safeParse(doc);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => problemFromIssue(i, doc)) };
}
