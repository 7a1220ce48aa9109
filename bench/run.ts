/**
 * `npm run bench`: each case in a fresh Node process (so peak memory is that case's own), then a
 * table: people, person-casts, seconds, person-casts per second and peak memory.
 * `npm run bench -- 100k` runs only the named cases.
 */
import { spawnSync } from 'node:child_process';
import { CASES } from './programs';

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length > 0 ? wanted : Object.keys(CASES);
const rows: string[][] = [
  [
    'case',
    'people',
    'person-casts',
    'prepare s',
    'simulate s',
    'person-casts/s',
    'peak RSS MB',
    'sends',
  ],
];
for (const name of names) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/case.ts', name], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (child.status !== 0) {
    console.error(child.stderr);
    process.exit(1);
  }
  const r = JSON.parse(child.stdout.trim().split('\n').pop()!);
  rows.push([
    name,
    r.people.toLocaleString('en-US'),
    r.personCasts.toLocaleString('en-US'),
    r.prepareSeconds.toFixed(2),
    r.simulateSeconds.toFixed(2),
    Math.round(r.personCasts / r.simulateSeconds).toLocaleString('en-US'),
    r.peakRssMB.toFixed(0),
    r.records.send.toLocaleString('en-US'),
  ]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
for (const row of rows)
  console.log(
    row
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  '),
  );
console.log(`node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
