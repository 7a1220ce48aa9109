/**
 * `npm run --silent simulate -- <scenario.json> [--format jsonl|csv|summary] [--from] [--until]
 * [--seed] [--explain PERSON [--why-not RULE [--stream STREAM]]]`: prints the simulator's output on
 * standard output and exits 0; a bad file or argument prints one line per problem, each naming its
 * JSON path or option, and exits 2. Anything else that goes wrong prints one line and exits 2
 * (fatal.ts): never a stack trace.
 */
import { once } from 'node:events';
import { formatProblem } from '../model';
import { outputChunks, readScenarioBytes, type SimulationPlan } from '../engine';
import { type CliArgs, parseArgs, USAGE } from './args';
import { explainToText } from './explainText';
import { CliError, stop, stopOnAnyFailure } from './fatal';
import { readScenario } from './readScenario';
import { TempRunStore } from './tempRuns';
import { whyNotText, type WhyNotText } from './whyNotText';

/**
 * Records sorted in memory at a time (32 bytes each in a run, about 90 while sorting): an output
 * with more is sorted in runs of this many in a temporary file and merged as it is written.
 */
const RECORDS_IN_MEMORY = 1 << 21;

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
  if (!answer.ok) throw new CliError([answer.error]);
  return answer.text;
}

/** Writes each chunk, waiting while the reader is behind: a pipe would otherwise buffer it all. */
async function writeAll(chunks: Iterable<string>) {
  for (const chunk of chunks) if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

async function main() {
  const parsed = parseArgs(process.argv.slice(2));
  if (parsed.ok === 'help') {
    process.stdout.write(USAGE + '\n');
    return;
  }
  if (!parsed.ok) throw new CliError([...parsed.errors, USAGE]);
  const { args } = parsed;
  const compiled = readScenarioBytes(readScenario(args.file), {
    from: args.from,
    until: args.until,
    seed: args.seed,
  });
  if (!compiled.ok) throw new CliError(compiled.problems.map(formatProblem));
  if (args.explain !== undefined) {
    process.stdout.write(explain(compiled.plan, args.explain, args));
    return;
  }
  const store = new TempRunStore();
  try {
    await writeAll(
      outputChunks(compiled.plan, args.format, { capacity: RECORDS_IN_MEMORY, store }),
    );
  } finally {
    store.close();
  }
}

stopOnAnyFailure();
main().catch(stop);
