/**
 * Test stream as a dry run (R59): one test person starts in a chosen stream, and the simulator shows
 * what they would get at one cast of it and which rules fire on the way. Marketo's Test Stream really
 * sends; R59's decision makes ours a preview that sends and saves nothing.
 *
 * The test person is fresh to the program: no consumption, no scripted events of their own. The
 * program's own edits (activate, deactivate, reorder, on/off: R6, R8, R11) stay, so the cast sees the
 * program as it stands that day. The person joins the stream at the cast's recipient-set instant
 * (R23), and events at that instant apply before the cast (R33): that cast is their first.
 */
import {
  isProgramEdit,
  parseScenario,
  type Person,
  type Problem,
  type Scenario,
  type ScenarioEvent,
} from '../../model';
import { castDays } from '../calendar';
import { compileScenario, type SimulationPlan } from '../compile';
import { namesOf } from '../output/names';
import { MS_PER_DAY, MS_PER_HOUR, dayOf, formatInstant, minutesOf } from '../time/days';
import { zonedInstant } from '../time/zones';
import { ExplainTracer } from './explainTracer';
import { rerun } from './rerun';
import type { CastStep, ExplainStep, RuleWhyNot } from './types';
import { whyNot } from './whyNot';

export interface DryRunRequest {
  /** The test person: attributes, time zone, mailability and prior program memberships count. */
  person: Person;
  /** The starting stream, by id. */
  stream: string;
  /** A cast date of that stream (`YYYY-MM-DD`). */
  castDate: string;
}

export type DryRun =
  | {
      ok: true;
      person: string;
      timeZone: string;
      /** The cast of the starting stream on that date, or null when a rule moved them away first. */
      cast: CastStep | null;
      /** Everything that happened to them up to and including that cast date, in time order. */
      steps: ExplainStep[];
      /** The dry run's events (the program's edits, then the join), to word the event steps. */
      events: ScenarioEvent[];
      /** The rules whose triggers their happenings matched, with what came of each: moved, or why not (R47, R49). */
      rules: RuleWhyNot[];
    }
  | { ok: false; problem: 'unknownStream' | 'noCastThatDay' }
  | { ok: false; problems: Problem[] };

/** The instant a cast's recipients are fixed: the cast instant, or under recipient time zone 00:00 at UTC+14 (R23). */
function recipientSetInstant(scenario: Scenario, streamIndex: number, day: number): number | null {
  const cadence = scenario.program.streams[streamIndex]!.cadence;
  if (cadence === undefined || cadence.type === 'none') return null; // R20: it never casts
  if (!castDays(cadence, day).includes(day)) return null;
  if (cadence.recipientTimeZone === true) return day * MS_PER_DAY - 14 * MS_PER_HOUR;
  return zonedInstant(scenario.program.timeZone, day, minutesOf(cadence.time));
}

/** The one-person scenario a dry run simulates (exported for its tests). */
export function dryRunScenario(
  scenario: Scenario,
  request: DryRunRequest,
  joinAt: number,
): Scenario {
  const programEdits = (scenario.events ?? []).filter(isProgramEdit);
  return {
    format: scenario.format,
    version: scenario.version,
    program: scenario.program,
    people: [request.person],
    events: [
      ...programEdits,
      { at: formatInstant(joinAt), type: 'add', person: request.person.id, stream: request.stream },
    ],
    simulation: {
      from: request.castDate,
      until: request.castDate,
      seed: scenario.simulation?.seed,
    },
  };
}

export function dryRunCast(scenario: Scenario, request: DryRunRequest): DryRun {
  const streamIndex = scenario.program.streams.findIndex((s) => s.id === request.stream);
  if (streamIndex < 0) return { ok: false, problem: 'unknownStream' };
  const joinAt = recipientSetInstant(scenario, streamIndex, dayOf(request.castDate));
  if (joinAt === null) return { ok: false, problem: 'noCastThatDay' };
  // Checked as a file is: the test person is typed in by hand, and the document may be a draft.
  const dry = dryRunScenario(scenario, request, joinAt);
  const parsed = parseScenario(dry);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const compiled = compileScenario(parsed.scenario);
  if (!compiled.ok) return compiled;
  const { plan } = compiled;
  const tracer = new ExplainTracer(plan, namesOf(plan));
  rerun(plan, 0, tracer);
  const cast =
    tracer.steps.find(
      (s): s is CastStep =>
        s.kind === 'cast' && s.stream === request.stream && s.castDate === request.castDate,
    ) ?? null;
  const zone = plan.people.zones[plan.people.zone[0]!]!;
  return {
    ok: true,
    person: request.person.id,
    timeZone: zone,
    cast,
    steps: tracer.steps,
    events: dry.events ?? [],
    rules: rulesHeard(plan, request.person.id),
  };
}

/** Every rule a happening of the test person matched; one re-run per rule id, cheap for one person. */
function rulesHeard(plan: SimulationPlan, person: string): RuleWhyNot[] {
  const ids = [...new Set(plan.program.rules.map((r) => r.id))];
  return ids.flatMap((id) => {
    const answer = whyNot(plan, person, id);
    return answer.ok ? answer.rules.filter((r) => r.happenings.length > 0) : [];
  });
}
