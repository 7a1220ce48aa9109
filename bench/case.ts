/** Runs one benchmark case in this process and prints its figures as one JSON line. */
import { parseScenario } from '../src/model';
import { compileScenario, namesOf, startSimulation, SummarySink } from '../src/engine';
import { CASES } from './programs';

const name = process.argv[2] ?? '';
const make = CASES[name];
if (!make) {
  console.error(`unknown case "${name}"; cases: ${Object.keys(CASES).join(', ')}`);
  process.exit(2);
}
const bench = make();
const parsed = parseScenario(bench.scenario);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));

const t0 = performance.now();
const compiled = compileScenario(parsed.scenario);
if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
const plan = compiled.plan;
const t1 = performance.now();
const sink = new SummarySink(plan.program.streams.length, plan.program.contentIds.length);
const run = startSimulation(plan, sink, { counters: true });
run.step(run.total);
const t2 = performance.now();
const summary = sink.summary(namesOf(plan));
console.log(
  JSON.stringify({
    case: name,
    name: bench.name,
    people: plan.people.count,
    personCasts: run.personCasts,
    prepareSeconds: (t1 - t0) / 1000,
    simulateSeconds: (t2 - t1) / 1000,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    records: summary.records,
  }),
);
