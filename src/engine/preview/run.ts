/**
 * A preview run over one share of the people (a worker's slice): the simulator with the collector
 * watching, stepped a few people at a time so the worker can report progress and drop a run that a
 * newer one replaced.
 */
import type { SimulationPlan } from '../compile';
import { startSimulation } from '../simulate';
import { PreviewCollector, type PersonColumns } from './collector';
import type { PreviewAggregates, PreviewFrame } from './types';

export interface PreviewRun {
  readonly total: number;
  readonly done: number;
  /** Simulates up to `people` more; true when the share is done. */
  step(people: number): boolean;
  aggregates(): PreviewAggregates;
  readonly columns: PersonColumns;
}

export function startPreview(
  plan: SimulationPlan,
  frame: PreviewFrame,
  slice: { start: number; end: number } = { start: 0, end: plan.people.count },
): PreviewRun {
  const start = Math.max(0, Math.min(slice.start, plan.people.count));
  const end = Math.max(start, Math.min(slice.end, plan.people.count));
  const collector = new PreviewCollector(frame, start, end);
  const run = startSimulation(plan, collector, {
    counters: true,
    slice: { start, end },
    observer: collector,
  });
  return {
    total: run.total,
    get done() {
      return run.done;
    },
    step: (people) => run.step(people),
    aggregates: () => collector.aggregates(run.total, run.personCasts, run.counters!),
    columns: collector.people,
  };
}
