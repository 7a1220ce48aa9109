/**
 * The simulation service behind the worker: parse, compile, run in slices of people so progress is
 * reported and a cancel is honoured between slices. Runs unchanged in the worker or in-thread.
 */
import {
  compileScenario,
  explainPerson,
  namesOf,
  RecordBuffer,
  simulateAll,
  startSimulation,
  SummarySink,
  type SimulationPlan,
} from '../engine';
import { parseScenario, type Problem } from '../model';
import type {
  ExplainResult,
  Progress,
  RecordsResult,
  RunRequest,
  RunResult,
  SimulationApi,
} from './protocol';

/** People per slice: small enough to stay responsive, large enough to keep the loop hot. */
export const SLICE = 20_000;

function prepare(
  request: RunRequest,
): { ok: true; plan: SimulationPlan } | { ok: false; problems: Problem[] } {
  const parsed = parseScenario(request.scenario);
  if (!parsed.ok) return parsed;
  return compileScenario(parsed.scenario, {
    from: request.from,
    until: request.until,
    seed: request.seed,
  });
}

/** Lets queued messages (a cancel) in between slices. */
const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createSimulationService(): SimulationApi {
  let cancelled = false;
  return {
    async summarize(request, onProgress?: (progress: Progress) => unknown): Promise<RunResult> {
      cancelled = false;
      const prepared = prepare(request);
      if (!prepared.ok) return prepared;
      const { plan } = prepared;
      const sink = new SummarySink(plan.program.streams.length, plan.program.contentIds.length);
      const run = startSimulation(plan, sink);
      // Progress is awaited: through the worker it travels on its own channel, and the last report
      // must arrive before the result does.
      while (!run.step(SLICE)) {
        await onProgress?.({ done: run.done, total: run.total });
        await yieldToEvents();
        if (cancelled) return { ok: false, cancelled: true };
      }
      await onProgress?.({ done: run.done, total: run.total });
      return {
        ok: true,
        summary: sink.summary(namesOf(plan)),
        people: run.total,
        personCasts: run.personCasts,
      };
    },
    async records(request, limit): Promise<RecordsResult> {
      const prepared = prepare(request);
      if (!prepared.ok) return prepared;
      const buffer = new RecordBuffer();
      simulateAll(prepared.plan, buffer);
      const names = namesOf(prepared.plan);
      const order = buffer.order();
      const records = Array.from(order.subarray(0, limit), (i) => buffer.record(i, names));
      return { ok: true, records, truncated: order.length > limit };
    },
    async explain(request, person): Promise<ExplainResult> {
      const prepared = prepare(request);
      if (!prepared.ok) return prepared;
      const explanation = explainPerson(prepared.plan, person);
      if (explanation === null)
        return {
          ok: false,
          problems: [{ path: ['people'], message: `no person has the id "${person}"` }],
        };
      return { ok: true, explanation };
    },
    cancel() {
      cancelled = true;
    },
  };
}
