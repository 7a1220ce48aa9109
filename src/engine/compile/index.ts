/** Compiles a validated scenario into the plan the simulator runs. */
import type { Person, Problem, Scenario, ScenarioEvent } from '../../model';
import type { CompiledProgram, CompiledStream } from '../compiled';
import { seedKey } from '../rng';
import { dayOf } from '../time/days';
import { type CompiledEvents, EventColumnsBuilder } from './events';
import { type PeopleTable, PeopleColumnsBuilder } from './people';
import { compileStatic, ratesOf, type StaticProgram } from './program';
import { type SimulationRange, simulationRange } from './range';
import { buildBatchSchedule, buildCastTable, buildSnapshots } from './schedule';

export interface SimulationOptions {
  from?: string | undefined;
  until?: string | undefined;
  seed?: number | undefined;
}

export interface SimulationPlan {
  program: CompiledProgram;
  people: PeopleTable;
  events: CompiledEvents;
  range: SimulationRange;
  seed: number;
  /** The seed as given, for reports. */
  rawSeed: number;
  /**
   * The scenario without its `people` and `events`: what a simulation thread compiles the
   * program from again (share.ts), the people and events arriving as columns.
   */
  source: Scenario;
}

export type CompileResult = { ok: true; plan: SimulationPlan } | { ok: false; problems: Problem[] };

/**
 * Where the file's people and events come from: each feeds its elements in file order into `add`
 * and says whether all were taken (false: one was refused, and compiling stops). The document's
 * arrays feed them in compileScenario; the bytes reader feeds them from the file, in batches.
 */
export interface ElementSources {
  eventCount: number;
  events(add: (event: ScenarioEvent) => boolean): boolean;
  peopleCount: number;
  people(add: (person: Person) => boolean): boolean;
}

export function compileScenario(
  scenario: Scenario,
  options: SimulationOptions = {},
): CompileResult {
  const events = scenario.events ?? [];
  const people = scenario.people ?? [];
  const compiled = compileParts(
    scenario,
    {
      eventCount: events.length,
      events: (add) => events.every(add),
      peopleCount: people.length,
      people: (add) => people.every(add),
    },
    options,
  );
  // A validated scenario's references all hold (parseScenario checks them).
  if (compiled === null) throw new Error('compileScenario: the scenario was not validated');
  return compiled;
}

/**
 * Compiles `scenario` (its `people` and `events` are ignored) with people and events from
 * `sources`; null when a source refused an element.
 */
export function compileParts(
  scenario: Scenario,
  sources: ElementSources,
  options: SimulationOptions = {},
): CompileResult | null {
  const zone = scenario.program.timeZone;
  const sp = compileStatic(scenario);
  // Events first: the attributes they set need an index before the people's columns are built.
  const eventColumns = new EventColumnsBuilder(
    sources.eventCount,
    sp.index,
    sp.isEmail,
    scenario.program.streams,
    zone,
  );
  if (!sources.events((e) => eventColumns.add(e))) return null;
  const peopleColumns = new PeopleColumnsBuilder(
    scenario,
    sp.index,
    sp.isEmail,
    sp.words,
    sources.peopleCount,
  );
  if (!sources.people((p) => peopleColumns.add(p))) return null;
  const people = peopleColumns.finish();
  if (people === null) return null;
  const events = eventColumns.finish(peopleColumns.indexOfId, people.explicitCount);
  if (events === null) return null;
  return planOf(scenario, sp, people, events, options);
}

/**
 * The plan around people and events already compiled: the program's casts, snapshots and batch
 * schedule, and the simulation range. `sp` must know every attribute `events` name.
 */
export function planOf(
  scenario: Scenario,
  sp: StaticProgram,
  people: PeopleTable,
  events: CompiledEvents,
  options: SimulationOptions,
): CompileResult {
  const zone = scenario.program.timeZone;

  const joinDays = (scenario.generator?.cohorts ?? []).flatMap((c) => {
    const per = c.join.perDay ?? c.join.perWeek;
    const span =
      per === undefined
        ? 0
        : Math.floor((c.size - 1) / per) * (c.join.perWeek !== undefined ? 7 : 1);
    return [dayOf(c.join.from), dayOf(c.join.from) + span];
  });
  const ranged = simulationRange(scenario, {
    from: options.from ?? scenario.simulation?.from,
    until: options.until ?? scenario.simulation?.until,
    eventInstants: events.firstAt <= events.lastAt ? [events.firstAt, events.lastAt] : [],
    extraDays: joinDays,
  });
  if (!ranged.ok) return ranged;
  const range = ranged.range;

  const contentSlots: number[][][] = sp.contentIds.map(() => []);
  sp.slots.forEach((list, s) =>
    list.forEach((slot, j) => contentSlots[slot.content]!.push([s, j])),
  );
  const snapshots = buildSnapshots(scenario, sp.slots, events.edits, contentSlots);

  let entryBase = 0;
  const streams = scenario.program.streams.map((s, i): CompiledStream => {
    const casts = buildCastTable(scenario, i, sp.slots[i]!, snapshots, range.untilDay, sp.words);
    const stream: CompiledStream = {
      id: s.id,
      name: s.name ?? s.id,
      index: i,
      slots: sp.slots[i]!,
      rtz:
        s.cadence !== undefined &&
        s.cadence.type !== 'none' &&
        s.cadence.recipientTimeZone === true,
      casts,
      entryBase,
    };
    entryBase += casts.eligStart[casts.count]!;
    return stream;
  });
  const batch = buildBatchSchedule(scenario, sp.batchMoves, range.startDay, range.untilDay);
  const rawSeed = options.seed ?? scenario.simulation?.seed ?? 0;

  const program: CompiledProgram = {
    id: scenario.program.id ?? '', // optional in a file (spec: program); nothing reads it
    name: scenario.program.name ?? scenario.program.id ?? '',
    zone,
    contentIds: sp.contentIds,
    contentNames: sp.contentNames,
    isEmail: sp.isEmail,
    words: sp.words,
    programMask: sp.programMask,
    streams,
    rules: sp.rules,
    rulesByTrigger: sp.rulesByTrigger,
    batchMoves: sp.batchMoves,
    batchAt: batch.at,
    batchDue: batch.due,
    attributes: [...sp.index.attribute.keys()],
    limits: sp.limits,
    behavior: ratesOf(scenario.program.behavior),
    snapshots,
    totalEntries: entryBase,
  };
  const source: Scenario = { ...scenario };
  delete source.people;
  delete source.events;
  const plan = { program, people, events, range, seed: seedKey(rawSeed), rawSeed, source };
  return { ok: true, plan };
}
