// A run's cell columns computed in-thread, as the workers' castPeople answers them for every cast.
import { buildFrame, castPeople, compileScenario, startPreview } from '../../src/engine';
import { formatProblem, parseScenario, type Scenario } from '../../src/model';
import { runCellsOf, type RunCells } from '../../src/simulation/derive/castDiff';

export function runCells(doc: Scenario): RunCells {
  const parsed = parseScenario(JSON.parse(JSON.stringify(doc)));
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  const compiled = compileScenario(parsed.scenario);
  if (!compiled.ok) throw new Error(compiled.problems.map(formatProblem).join('\n'));
  const frame = buildFrame(compiled.plan);
  const run = startPreview(compiled.plan, frame);
  run.step(Infinity);
  const all = Array.from({ length: frame.casts.count }, (_, c) => c);
  const found = castPeople(compiled.plan, frame.casts, run.columns, all);
  return runCellsOf(frame, found);
}
