/**
 * A compiled plan cut into shares of consecutive people, for simulation threads: one thread
 * reads and compiles the file once, and each other thread gets only its people's columns and
 * their events' rows (typed arrays, copied or transferred as plain memory) plus the compiled
 * program and range as they are (plain data, some 40 kB for W1): a thread compiles nothing, which
 * spares it the cold start of the calendar code (time zones, batch schedules) and lets its bundle
 * leave out the scenario schema.
 *
 * Person indices stay global: a share's columns sit at the share's offset in arrays as long as
 * the whole audience (the rest left empty, never read: a thread simulates only its share), so
 * records, randomness keys and the merged output are the same as on one thread.
 */
import type { Scalar, Scenario } from '../../model';
import { generateAudience } from '../audience/generate';
import type { CompiledProgram, PartialRates } from '../compiled';
import type { CompiledEvents } from './events';
import type { SimulationPlan } from './index';
import type { PeopleTable } from './people';
import { ratesOf } from './program';
import type { SimulationRange } from './range';

/** Structured-clone data only: what a thread needs to simulate people `start` to `end`. */
export interface PlanShare {
  /** The scenario without people and events (its generator draws the share's generated people). */
  source: Scenario;
  program: CompiledProgram;
  range: SimulationRange;
  seed: number;
  rawSeed: number;
  start: number;
  end: number;
  count: number;
  explicitCount: number;
  zones: string[];
  key: Uint32Array;
  zone: Uint16Array;
  unsubscribed: Uint8Array;
  /** `words` per person of the share, or null when nobody has prior programs. */
  prior: Uint32Array | null;
  attributeColumns: (Scalar[] | null)[];
  /** Behaviour rates of each generated cohort. */
  cohortRates: (PartialRates | null)[];
  events: ShareEvents;
}

/** The share's file people's event rows; `start` counts from the share's first row. */
type ShareEvents = CompiledEvents;

/** The share of `plan` for people `start` to `end`, and the buffers to transfer with it. */
export function sharePlan(
  plan: SimulationPlan,
  start: number,
  end: number,
): { share: PlanShare; transfer: ArrayBuffer[] } {
  const { people, events, program } = plan;
  const words = program.words;
  // File people of the share (events belong to them only).
  const fileStart = Math.min(start, people.explicitCount);
  const fileEnd = Math.min(end, people.explicitCount);
  const rowStart = events.start[fileStart]!;
  const rowEnd = events.start[fileEnd]!;
  const eventStart = events.start.slice(fileStart, fileEnd + 1);
  for (let i = 0; i < eventStart.length; i++) eventStart[i]! -= rowStart;
  const rows = <T extends { slice(a: number, b: number): T }>(column: T) =>
    column.slice(rowStart, rowEnd);
  const share: PlanShare = {
    source: plan.source,
    program,
    range: plan.range,
    seed: plan.seed,
    rawSeed: plan.rawSeed,
    start,
    end,
    count: people.count,
    explicitCount: people.explicitCount,
    zones: people.zones,
    key: people.key.slice(start, end),
    zone: people.zone.slice(start, end),
    unsubscribed: people.unsubscribed.slice(start, end),
    prior: people.prior && people.prior.slice(start * words, end * words),
    attributeColumns: people.attributes.map((column) => column && column.slice(start, end)),
    cohortRates: (plan.source.generator?.cohorts ?? []).map((c) => ratesOf(c.behavior)),
    events: {
      start: eventStart,
      at: rows(events.at),
      kind: rows(events.kind),
      stream: rows(events.stream),
      attr: rows(events.attr),
      value: rows(events.value),
      values: events.values,
      content: rows(events.content),
      operational: rows(events.operational),
      fileIndex: rows(events.fileIndex),
      edits: events.edits,
      firstAt: events.firstAt,
      lastAt: events.lastAt,
    },
  };
  const e = share.events;
  const transfer = [share.key, share.zone, share.unsubscribed, share.prior, e.start, e.at, e.kind]
    .concat([e.stream, e.attr, e.value, e.content, e.operational, e.fileIndex])
    .filter((a) => a !== null)
    .map((a) => a.buffer as ArrayBuffer);
  return { share, transfer };
}

/** `part` placed at `offset` in a new array of `length` (a typed array's constructor). */
function placed<T extends Uint32Array | Uint16Array | Uint8Array | Int32Array | Float64Array>(
  make: new (length: number) => T,
  length: number,
  part: T,
  offset: number,
): T {
  const whole = new make(length);
  whole.set(part as never, offset);
  return whole;
}

/** The plan a thread simulates its share with: global person indices, the share's people only. */
export function planOfShare(share: PlanShare): SimulationPlan {
  const { source: scenario, program, start, count, explicitCount, cohortRates } = share;
  const streamIndex = new Map(program.streams.map((s) => [s.id, s.index]));
  // Only the share's generated people are drawn (a person's draws depend on nobody else's).
  const generated = scenario.generator
    ? generateAudience(
        scenario.generator,
        scenario.program.timeZone,
        (id) => (id === undefined ? 0 : streamIndex.get(id)!),
        { start: Math.max(0, start - explicitCount), end: Math.max(0, share.end - explicitCount) },
      )
    : null;
  const people: PeopleTable = {
    count,
    explicitCount,
    explicitIds: [], // names are written by the main thread (the merge); a thread needs indices
    generated,
    key: placed(Uint32Array, count, share.key, start),
    zone: placed(Uint16Array, count, share.zone, start),
    zones: share.zones,
    unsubscribed: placed(Uint8Array, count, share.unsubscribed, start),
    attributes: share.attributeColumns.map((part) => {
      if (part === null) return null;
      const column = new Array<Scalar>(count).fill(null);
      for (let i = 0; i < part.length; i++) column[start + i] = part[i]!;
      return column;
    }),
    prior:
      share.prior && placed(Uint32Array, count * program.words, share.prior, start * program.words),
    behavior: (p) =>
      p < explicitCount || !generated
        ? null
        : (cohortRates[generated.cohortOf[p - explicitCount]!] ?? null),
  };
  const e = share.events;
  const fileStart = Math.min(start, explicitCount);
  const events: CompiledEvents = {
    ...e,
    start: placed(Int32Array, explicitCount + 1, e.start, fileStart),
  };
  const { range, seed, rawSeed } = share;
  return { program, people, events, range, seed, rawSeed, source: scenario };
}
