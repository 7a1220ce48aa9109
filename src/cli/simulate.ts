/**
 * `npm run --silent simulate -- <scenario.json> [--format jsonl|csv|summary] [--from] [--until]
 * [--seed] [--explain PERSON]`: prints the simulator's output on standard output and exits 0; a bad
 * file or argument prints one line per problem, each naming its JSON path or option, and exits 2.
 */
import { readFileSync } from 'node:fs';
import { formatProblem, parseScenarioText } from '../model';
import { compileScenario, writeOutput } from '../engine';
import { parseArgs, USAGE } from './args';
import { explainToText } from './explainText';

function fail(lines: string[]): never {
  process.stderr.write(lines.join('\n') + '\n');
  process.exit(2);
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
    const text = explainToText(compiled.plan, args.explain);
    if (text === null) fail([`--explain: no person has the id "${args.explain}"`]);
    process.stdout.write(text);
    return;
  }
  writeOutput(compiled.plan, args.format, (chunk) => process.stdout.write(chunk));
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0); // a closed pipe (| head) is not a failure
  throw error;
});
main();
