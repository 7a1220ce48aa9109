/**
 * One benchmark measurement inside this process, started fresh by bench/run.ts for each (bundled
 * like the command line, so no TypeScript compiler runs beside it). Prints one JSON line.
 *   alone <file>   simulation alone: read the file, parse and compile it in one pass, simulate everyone into
 *                  the summary's counts (what `--format summary` does), each phase timed
 *   floor <file>   the floor (bench/floor.ts) over the casts of the file's compiled plan
 */
import { readScenario } from '../src/cli/readScenario';
import { namesOf, readScenarioBytes, startSimulation, SummarySink } from '../src/engine';
import { formatProblem } from '../src/model';
import { floorOf } from './floor';

const [mode, file] = process.argv.slice(2);
if ((mode !== 'alone' && mode !== 'floor') || file === undefined) {
  console.error('usage: case.mjs alone|floor <scenario.json>');
  process.exit(2);
}

const seconds = (from: number) => (performance.now() - from) / 1000;
const peakMB = () => process.resourceUsage().maxRSS / 1024;

let t = performance.now();
const bytes = readScenario(file);
const fileSeconds = seconds(t);
// Parsing and compiling are one pass since people and events stream into the plan's columns.
t = performance.now();
const compiled = readScenarioBytes(bytes);
if (!compiled.ok) throw new Error(compiled.problems.map(formatProblem).join('\n'));
const plan = compiled.plan;
const readSeconds = seconds(t);

if (mode === 'floor') {
  const floor = floorOf(plan);
  console.log(JSON.stringify({ ...floor, people: plan.people.count, peakMB: peakMB() }));
} else {
  t = performance.now();
  const sink = new SummarySink(plan.program.streams.length, plan.program.contentIds.length);
  const run = startSimulation(plan, sink);
  run.step(run.total);
  const simulateSeconds = seconds(t);
  const summary = sink.summary(namesOf(plan));
  console.log(
    JSON.stringify({
      people: plan.people.count,
      personCasts: run.personCasts,
      fileSeconds,
      readSeconds,
      simulateSeconds,
      sends: summary.records.send,
      peakMB: peakMB(),
    }),
  );
}
