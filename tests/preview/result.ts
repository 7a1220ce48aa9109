// A preview result computed in-thread from a scenario, as the workers would compute it.
import { buildFrame, compileScenario, startPreview } from '../../src/engine';
import { formatProblem, parseScenario, type Scenario } from '../../src/model';
import type { PreviewResult } from '../../src/simulation/previewStore';

/** The scenario checked and compiled, and its preview run to the end. */
export function previewRun(doc: Scenario) {
  const parsed = parseScenario(JSON.parse(JSON.stringify(doc)));
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  const compiled = compileScenario(parsed.scenario);
  if (!compiled.ok) throw new Error(compiled.problems.map(formatProblem).join('\n'));
  const frame = buildFrame(compiled.plan);
  const run = startPreview(compiled.plan, frame);
  run.step(Infinity);
  return { plan: compiled.plan, frame, run };
}

export function previewResult(doc: Scenario): PreviewResult {
  const { frame, run } = previewRun(doc);
  return { key: 'test', frame, aggregates: run.aggregates(), workers: 1, elapsed: 0 };
}
