/**
 * Runs a compiled plan over its people. The run can be stepped a slice of people at a time, so the
 * Web Worker can report progress and honour a cancel between slices; `simulateAll` runs it through.
 */
import type { SimulationPlan } from './compile';
import { METRIC_COUNT } from './metrics';
import type { RecordSink } from './records';
import { PersonSimulator } from './sim/person';
import type { Tracer } from './sim/tracer';
import type { Observer } from './sim/observer';

export interface RunOptions {
  /** Collect per cast-and-item counters for the engagement index and reports. */
  counters?: boolean;
  /** Simulate only these people (indices into the plan's people), in this order. */
  only?: readonly number[];
  /** Simulate people `start` (inclusive) to `end` (exclusive) only: one worker's share. */
  slice?: { start: number; end: number };
  /** Watches every person simulated (the preview's aggregates and people rows). */
  observer?: Observer;
  /** Explain this person (must be among the people simulated). */
  trace?: { person: number; tracer: Tracer };
  /**
   * Skip the casts that cannot change anything for exhausted members (sim/idleCasts.ts); on
   * unless false, which runs every cast as the plain loop the property tests compare with.
   */
  skipIdle?: boolean;
}

export interface SimulationRun {
  readonly total: number;
  done: number;
  readonly counters: Int32Array | null;
  /** Person-casts simulated so far (a member present at a cast). */
  readonly personCasts: number;
  /** Of those, the casts skipped because they could change nothing (counted in `personCasts`). */
  readonly skippedCasts: number;
  /** Simulates up to `people` more people; true when everyone has been simulated. */
  step(people: number): boolean;
}

export function startSimulation(
  plan: SimulationPlan,
  sink: RecordSink,
  options: RunOptions = {},
): SimulationRun {
  const simulator = new PersonSimulator(
    plan.program,
    plan.people,
    plan.events,
    plan.range,
    plan.seed,
    sink,
    options.skipIdle !== false,
  );
  const counters = options.counters
    ? new Int32Array(plan.program.totalEntries * METRIC_COUNT)
    : null;
  const only = options.only;
  const first = only ? 0 : Math.max(0, options.slice?.start ?? 0);
  const last = only ? only.length : Math.min(plan.people.count, options.slice?.end ?? Infinity);
  const total = Math.max(0, last - first);
  const observer = options.observer ?? null;
  const run: SimulationRun = {
    total,
    done: 0,
    counters,
    get personCasts() {
      return simulator.personCasts;
    },
    get skippedCasts() {
      return simulator.skippedCasts;
    },
    step(people) {
      const end = Math.min(total, run.done + people);
      for (let i = run.done; i < end; i++) {
        const p = only ? only[i]! : first + i;
        const tracer = options.trace?.person === p ? options.trace.tracer : null;
        simulator.run(p, { counters, tracer, observer });
      }
      run.done = end;
      return end === total;
    },
  };
  return run;
}

export function simulateAll(
  plan: SimulationPlan,
  sink: RecordSink,
  options: RunOptions = {},
): SimulationRun {
  const run = startSimulation(plan, sink, options);
  run.step(run.total);
  return run;
}
