/**
 * `npm run bench`: W1 (a year of weekly casts over 5 streams x 12 items, bench/programs.ts) for
 * 100k and 1M people, generated and listed, side by side with the floor (bench/floor.ts), in one
 * table. Each measurement runs in a fresh Node process; README.md "Benchmarks" explains the
 * columns. `npm run bench -- listed-1m` runs the cases whose name contains a word given (a ratio
 * needs its floor, which is then measured too); `--runs N` quotes the median of N runs of each.
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../scripts/buildCli.mjs';
import { ensureBundle } from '../scripts/cliBundle.mjs';
import { type Audience, peopleLabel, scenarioFile } from './files';
import { inProcess, median, ROOT, wholeProcess } from './measure';

interface Case {
  name: string;
  people: number;
  /** null: the floor. */
  audience: Audience | null;
}

const CASES: Case[] = [100_000, 1_000_000].flatMap((people) => [
  { name: `floor-${peopleLabel(people)}`, people, audience: null },
  { name: `generated-${peopleLabel(people)}`, people, audience: 'generated' as const },
  { name: `listed-${peopleLabel(people)}`, people, audience: 'listed' as const },
]);

const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 1;
const words = argv.filter((arg, i) => !arg.startsWith('-') && (runsAt < 0 || i !== runsAt + 1));
const unknown = words.filter((w) => !CASES.some((c) => c.name.includes(w)));
if (!(Number.isInteger(runs) && runs >= 1) || unknown.length > 0) {
  console.error(
    `usage: npm run bench -- [CASE...] [--runs N]; cases: ${CASES.map((c) => c.name).join(', ')}`,
  );
  process.exit(2);
}
const asked = CASES.filter((c) => words.length === 0 || words.some((w) => c.name.includes(w)));
const wanted = CASES.filter(
  (c) => asked.includes(c) || (c.audience === null && asked.some((a) => a.people === c.people)),
);

console.log(
  `node ${process.version}, ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)}; ` +
    `${runs === 1 ? 'one run' : `median of ${runs} runs`} per figure`,
);
const dataFolder = join(ROOT, '.cache', 'bench');
const caseBundle = join(dataFolder, 'bundle', 'case.mjs');
await buildCli(join(dataFolder, 'bundle'), ['bench/case.ts']);
await ensureBundle('simulate.mjs'); // so no run below pays for building the command line

interface Alone {
  people: number;
  personCasts: number;
  fileSeconds: number;
  readSeconds: number;
  simulateSeconds: number;
  peakMB: number;
}
interface Floor {
  people: number;
  personCasts: number;
  seconds: number;
  peakMB: number;
}

const floorSeconds = new Map<number, number>();
const rows: string[][] = [];
const count = (n: number) => n.toLocaleString('en-US');
const s = (n: number) => n.toFixed(2);
const mb = (n: number) => n.toFixed(0);
const ratio = (n: number, floor: number | undefined) =>
  floor === undefined ? '' : `${(n / floor).toFixed(1)}x`;

for (const c of wanted) {
  process.stderr.write(`${c.name}...\n`);
  const file = scenarioFile(join(dataFolder, 'files'), c.audience ?? 'generated', c.people);
  if (c.audience === null) {
    const results = Array.from({ length: runs }, () => inProcess<Floor>(caseBundle, 'floor', file));
    const seconds = median(results.map((r) => r.seconds));
    floorSeconds.set(c.people, seconds);
    const r = results[0]!;
    rows.push([c.name, count(r.people), count(r.personCasts), '', '', '', '', '', s(seconds)]);
    continue;
  }
  const whole = Array.from({ length: runs }, () => wholeProcess(file));
  const alone = Array.from({ length: runs }, () => inProcess<Alone>(caseBundle, 'alone', file));
  const floor = floorSeconds.get(c.people);
  const wholeSeconds = median(whole.map((w) => w.seconds));
  const simulateSeconds = median(alone.map((a) => a.simulateSeconds));
  rows.push([
    c.name,
    count(alone[0]!.people),
    count(alone[0]!.personCasts),
    s(wholeSeconds),
    s(median(whole.map((w) => w.cpuSeconds))),
    mb(median(whole.map((w) => w.peakMB))),
    s(median(alone.map((a) => a.fileSeconds))),
    s(median(alone.map((a) => a.readSeconds))),
    s(simulateSeconds),
    mb(median(alone.map((a) => a.peakMB))),
    ratio(wholeSeconds, floor),
    ratio(simulateSeconds, floor),
  ]);
}

const HEADER = [
  'case',
  'people',
  'person-casts',
  'whole s',
  'whole cpu s',
  'whole MB',
  'file s',
  'read s',
  'simulate s',
  'alone MB',
  'whole/floor',
  'simulate/floor',
];
const table = [HEADER, ...rows];
const columns = HEADER.length;
const widths = Array.from({ length: columns }, (_, c) =>
  Math.max(...table.map((row) => (row[c] ?? '').length)),
);
for (const row of table)
  console.log(
    Array.from({ length: columns }, (_, c) => {
      const cell = row[c] ?? '';
      return c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!);
    })
      .join('  ')
      .trimEnd(),
  );
