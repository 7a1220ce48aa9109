/** Convenience entry points over compile + run, for the command line, tests and the worker. */
import type { Problem, Scenario } from '../model';
import { compileScenario, type SimulationOptions, type SimulationPlan } from './compile';
import { namesOf } from './output/names';
import { RecordBuffer } from './output/recordBuffer';
import { type Summary, SummarySink } from './output/summary';
import type { SimRecord } from './records';
import { simulateAll } from './simulate';

export type Outcome<T> =
  { ok: true; value: T; plan: SimulationPlan } | { ok: false; problems: Problem[] };

/** Every record of the period, in time order. */
export function simulateRecords(
  scenario: Scenario,
  options: SimulationOptions = {},
): Outcome<SimRecord[]> {
  const compiled = compileScenario(scenario, options);
  if (!compiled.ok) return compiled;
  const buffer = new RecordBuffer();
  simulateAll(compiled.plan, buffer);
  return { ok: true, value: buffer.records(namesOf(compiled.plan)), plan: compiled.plan };
}

/** Record counts only (spec: summary), cheap for large audiences. */
export function simulateSummary(
  scenario: Scenario,
  options: SimulationOptions = {},
): Outcome<Summary> {
  const compiled = compileScenario(scenario, options);
  if (!compiled.ok) return compiled;
  const { program } = compiled.plan;
  const sink = new SummarySink(program.streams.length, program.contentIds.length);
  simulateAll(compiled.plan, sink);
  return { ok: true, value: sink.summary(namesOf(compiled.plan)), plan: compiled.plan };
}
