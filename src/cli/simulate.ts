/**
 * `npm run --silent simulate -- <scenario.json> [--format jsonl|csv|summary] [--from] [--until]
 * [--seed] [--explain PERSON [--why-not RULE [--stream STREAM]]]`: prints the simulator's output on standard output and exits 0; a bad
 * file or argument prints one line per problem, each naming its JSON path or option, and exits 2.
 */
import { readFileSync } from 'node:fs';
import { formatProblem, parseScenarioText } from '../model';
import { compileScenario, type SimulationPlan, writeOutput } from '../engine';
import { type CliArgs, parseArgs, USAGE } from './args';
import { explainToText } from './explainText';
import { whyNotText, type WhyNotText } from './whyNotText';

function fail(lines: string[]): never {
  process.stderr.write(lines.join('\n') + '\n');
  process.exit(2);
}

/** The explanation asked for, or one line on stderr and exit 2: never a stack trace. */
function explain(plan: SimulationPlan, person: string, args: CliArgs): string {
  let answer: WhyNotText;
  try {
    if (args.whyNot !== undefined) answer = whyNotText(plan, person, args.whyNot, args.stream);
    else {
      const text = explainToText(plan, person);
      answer =
        text === null
          ? { ok: false, error: `--explain: no person has the id "${person}"` }
          : { ok: true, text };
    }
  } catch (error) {
    answer = { ok: false, error: `--explain: could not explain (${String(error)})` };
  }
  if (!answer.ok) fail([answer.error]);
  return answer.text;
}

function main() {
  const parsed = parseArgs(process.argv.slice(2));
  if (parsed.ok === 'help') {
    process.stdout.write(USAGE + '\n');
    return;
  }
  if (!parsed.ok) fail([...parsed.errors, USAGE]);
  const { args } = parsed;
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (error) {
    fail([
      `${args.file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    ]);
  }
  const result = parseScenarioText(text);
  if (!result.ok) fail(result.problems.map(formatProblem));
  const compiled = compileScenario(result.scenario, {
    from: args.from,
    until: args.until,
    seed: args.seed,
  });
  if (!compiled.ok) fail(compiled.problems.map(formatProblem));
  if (args.explain !== undefined) {
    process.stdout.write(explain(compiled.plan, args.explain, args));
    return;
  }
  writeOutput(compiled.plan, args.format, (chunk) => process.stdout.write(chunk));
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0); // a closed pipe (| head) is not a failure
  throw error;
});
main();
