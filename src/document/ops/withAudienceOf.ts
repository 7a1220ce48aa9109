/**
 * A program run over another program's audience, for comparing what-if variants: `program`'s
 * program and program edits (scripted activate, deactivate, reorder, program status) with
 * `audience`'s people, generated cohorts, person events and simulation period and seed. Pure.
 */
import type { Scenario } from '../../model';

type Doc = Record<string, unknown> & { events?: unknown[] };

/** Events about a person (they have `person`); the others edit the program. */
const aboutPerson = (event: unknown) =>
  typeof event === 'object' && event !== null && 'person' in event;

export function withAudienceOf(program: Scenario, audience: Scenario): Scenario {
  const own = program as Doc;
  const theirs = audience as Doc;
  const events = [
    ...(theirs.events ?? []).filter(aboutPerson),
    ...(own.events ?? []).filter((e) => !aboutPerson(e)),
  ];
  const out: Doc = { ...own };
  for (const key of ['people', 'generator', 'simulation'] as const) {
    if (theirs[key] === undefined) delete out[key];
    else out[key] = theirs[key];
  }
  if (events.length > 0) out.events = events;
  else delete out.events;
  return out as Scenario;
}
