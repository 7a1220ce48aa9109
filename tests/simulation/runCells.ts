// A run's cell columns computed in-thread, as the workers' castPeople answers them for every cast.
import { castPeople } from '../../src/engine';
import type { Scenario } from '../../src/model';
import { runCellsOf, type RunCells } from '../../src/simulation/derive/castDiff';
import { previewRun } from '../preview/result';

export function runCells(doc: Scenario): RunCells {
  const { plan, frame, run } = previewRun(doc);
  const all = Array.from({ length: frame.casts.count }, (_, c) => c);
  return runCellsOf(frame, castPeople(plan, frame.casts, run.columns, all));
}
