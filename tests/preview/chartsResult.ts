// A preview result for the charts' tests: a scenario run through the engine's preview in-thread.
import { buildFrame, compileScenario, simulateRecords, startPreview } from '../../src/engine';
import { formatProblem, parseScenario, type Scenario } from '../../src/model';
import type { PreviewResult } from '../../src/simulation/previewStore';
import { previewProgram } from '../fixtures/previewProgram';

export function chartsResult(doc: Scenario = previewProgram()): PreviewResult {
  const parsed = parseScenario(JSON.parse(JSON.stringify(doc)));
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  const compiled = compileScenario(parsed.scenario);
  if (!compiled.ok) throw new Error(compiled.problems.map(formatProblem).join('\n'));
  const frame = buildFrame(compiled.plan);
  const run = startPreview(compiled.plan, frame);
  run.step(Infinity);
  return { key: 'charts', frame, aggregates: run.aggregates(), workers: 1, elapsed: 0 };
}

/** The command line's records for the same scenario. */
export function chartsRecords(doc: Scenario = previewProgram()) {
  const parsed = parseScenario(JSON.parse(JSON.stringify(doc)));
  if (!parsed.ok) throw new Error('fixture does not parse');
  const records = simulateRecords(parsed.scenario);
  if (!records.ok) throw new Error('no records');
  return records.value;
}

/** The fixture over a longer period (May to August added): long enough to be drawn by weeks. */
export function longProgram(): Scenario {
  const doc = previewProgram();
  return { ...doc, simulation: { ...doc.simulation, until: '2025-08-31' } } as Scenario;
}
