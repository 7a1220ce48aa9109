/**
 * The command line never prints a stack trace (spec: Command line): whatever goes wrong, from a
 * file it cannot read to a throw deep inside or a reader that stops early, it prints one line on
 * standard error and exits 2. Each case runs the compiled command line (`node scripts/simulate.mjs`,
 * what `npm run simulate` runs) in a child process, as tests/model/cli.test.ts does; every run
 * starts at once in `beforeAll`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearOfWeeklyCasts } from '../../bench/programs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The launcher `npm run simulate` runs: builds the compiled command line when stale, then runs it. */
const CLI = join(ROOT, 'scripts', 'simulate.mjs');
const EXAMPLE = fileURLToPath(
  new URL('../../../shared/scenarios/ex08-unsubscribe.json', import.meta.url),
);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Options {
  /** A module Node loads before the command line (NODE_OPTIONS=--import). */
  preload?: string;
  /** Close our end of the output pipe after the first chunk, as `| head -1` does. */
  closeEarly?: boolean;
}

function simulate(args: string[], options: Options = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    if (options.preload) env.NODE_OPTIONS = `--import=${options.preload}`;
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (options.closeEarly) {
        if (stdout === '') child.stdout.destroy();
        else return;
      }
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'lanecast-cli-robust-'));
const path = (name: string) => join(dir, name);
const example = readFileSync(EXAMPLE, 'utf8').trim();

mkdirSync(path('folder.json'));
// Sparse: 600 MB long without taking the room.
writeFileSync(path('huge.json'), '');
truncateSync(path('huge.json'), 600_000_000);
// A valid document whose `format` is nested 100,000 arrays deep.
const DEPTH = 100_000;
writeFileSync(
  path('deep.json'),
  `{"format":${'['.repeat(DEPTH)}${']'.repeat(DEPTH)},${example.replace(/^\{\s*"format"\s*:\s*"lanecast"\s*,/, '')}`,
);
// 20,000 people: several megabytes of records, far more than a pipe holds.
writeFileSync(path('long.json'), JSON.stringify(yearOfWeeklyCasts(20_000)));
// Something inside throws: the record writer, with a message that looks like a stack.
writeFileSync(
  path('throws.mjs'),
  `const stringify = JSON.stringify;
JSON.stringify = function (value, ...rest) {
  if (value?.type === 'send') throw new TypeError('boom\\n    at writer (write.ts:1:1)');
  return stringify.call(this, value, ...rest);
};`,
);
// A promise nobody waits for fails while records are written.
writeFileSync(
  path('rejects.mjs'),
  `const stringify = JSON.stringify;
let once = false;
JSON.stringify = function (value, ...rest) {
  if (value?.type === 'send' && !once) {
    once = true;
    Promise.reject(new Error('nobody caught this'));
  }
  return stringify.call(this, value, ...rest);
};`,
);

const runs: Record<string, Run> = {};
beforeAll(async () => {
  const jobs: Record<string, [string[], Options?]> = {
    missing: [[path('missing.json')]],
    folder: [[path('folder.json')]],
    huge: [[path('huge.json')]],
    deep: [[path('deep.json')]],
    throws: [[EXAMPLE], { preload: path('throws.mjs') }],
    rejects: [[EXAMPLE], { preload: path('rejects.mjs') }],
    closed: [[path('long.json')], { closeEarly: true }],
  };
  const done = await Promise.all(Object.values(jobs).map(([args, o]) => simulate(args, o)));
  Object.keys(jobs).forEach((name, i) => (runs[name] = done[i]!));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Exit 2 and exactly this one line on standard error. */
function expectOneLine(run: Run | undefined, line: RegExp | string) {
  expect(run?.code).toBe(2);
  const lines = run!.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  if (typeof line === 'string') expect(lines[0]).toBe(line);
  else expect(lines[0]).toMatch(line);
  expect(run!.stderr).not.toMatch(/^\s+at /m);
}

describe('the command line, when something goes wrong', () => {
  it('names a missing file, a folder, and a file too large for a scenario, in plain words', () => {
    expectOneLine(runs.missing, `${path('missing.json')}: cannot read the file (no such file)`);
    expectOneLine(
      runs.folder,
      `${path('folder.json')}: cannot read the file (it is a folder, not a scenario file)`,
    );
    expectOneLine(
      runs.huge,
      `${path('huge.json')}: the file is 600 MB; a scenario file may be at most 500 MB`,
    );
    for (const run of [runs.missing, runs.folder, runs.huge]) expect(run?.stdout).toBe('');
  });

  it('prints one line for a file nested 100,000 deep', () => {
    expectOneLine(runs.deep, /\S/);
    expect(runs.deep?.stdout).toBe('');
  });

  it('turns a throw anywhere into one line quoting only the first line of its message', () => {
    expectOneLine(runs.throws, 'simulate: unexpected error: TypeError: boom');
  });

  it('turns a promise that fails unnoticed into one line', () => {
    expectOneLine(runs.rejects, 'simulate: unexpected error: Error: nobody caught this');
  });

  it('stops quietly when the reader closes the output early (| head), as Unix tools do', () => {
    expect(runs.closed?.stdout).toMatch(/^\{"type":"move"/);
    expect(runs.closed?.stderr).toBe('');
    expect(runs.closed?.code).toBe(0);
  });
});
