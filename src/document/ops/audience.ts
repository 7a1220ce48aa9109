/**
 * Edits of what the preview simulates besides the program: the simulated period and seed (the
 * file's `simulation` key) and the default audience a new program starts with (a generated cohort,
 * Lanecast's `generator` extension, docs/format.md).
 */
import type { Cohort, Scenario, SimulationSettings } from '../../model';

export function setSimulationSettings(doc: Scenario, settings: SimulationSettings): Scenario {
  return { ...doc, simulation: settings };
}

/** Days a default audience's period runs past its first day: about six months of casts. */
export const DEFAULT_PERIOD_DAYS = 182;

const plusDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A thousand people joining the first stream fifty a day from `from` at 08:00: enough to see cadence,
 * exhaustion and moves, small enough to simulate in a blink.
 */
export function defaultCohort(from: string): Cohort {
  return { id: 'people', size: 1000, join: { from, time: '08:00', perDay: 50 } };
}

/** The earliest first cast of the program's streams, or null when none casts. */
function firstCastOf(doc: Scenario): string | null {
  const dates = doc.program.streams.flatMap((s) =>
    s.cadence && s.cadence.type !== 'none' ? [s.cadence.firstCast] : [],
  );
  return dates.length === 0 ? null : dates.sort()[0]!;
}

/** When new people should join to be there for what the preview shows: the period's start, else
 * the first cast, else today. */
export function joinDateOf(doc: Scenario, today: string): string {
  return doc.simulation?.from ?? firstCastOf(doc) ?? today;
}

/**
 * Adds the default cohort. People join when the simulated period starts (or, without one, at the
 * first cast, else today), so they are there for what the preview shows; a program without a
 * period gets six months from then.
 */
export function withDefaultAudience(doc: Scenario, today: string): Scenario {
  const cohorts = doc.generator?.cohorts ?? [];
  const taken = new Set(cohorts.map((c) => c.id));
  let id = 'people';
  for (let n = 2; taken.has(id); n++) id = `people-${n}`;
  const from = joinDateOf(doc, today);
  return {
    ...doc,
    generator: { ...(doc.generator ?? {}), cohorts: [...cohorts, { ...defaultCohort(from), id }] },
    simulation: doc.simulation ?? { from, until: plusDays(from, DEFAULT_PERIOD_DAYS), seed: 1 },
  };
}

/** Whether the file gives the program anyone to simulate: listed people or a generated cohort. */
export const hasAudience = (doc: Scenario) =>
  (doc.people?.length ?? 0) > 0 || (doc.generator?.cohorts.length ?? 0) > 0;

/**
 * Engagement rates for a new program's simulated behaviour (typical of B2B nurture emails), so its
 * preview shows opens and clicks, and click rules can fire, from the start; editable like any.
 */
export const DEFAULT_BEHAVIOR = { open: 0.25, click: 0.04, unsubscribe: 0.002 };

export function withDefaultBehavior(doc: Scenario): Scenario {
  if (doc.program.behavior !== undefined) return doc;
  return { ...doc, program: { ...doc.program, behavior: { ...DEFAULT_BEHAVIOR } } };
}
