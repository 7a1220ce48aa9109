/**
 * The launcher behind `npm run simulate` (scripts/simulate.mjs, cliBundle.mjs, buildCli.mjs): it
 * runs the compiled command line, builds it when the sources changed, stays safe when several first
 * runs build at once, loads esbuild only when it builds, and keeps V8's compiled code of the bundle
 * for the next run, which a damaged cache or a new build never misleads. Each test uses its own output folder
 * (LANECAST_CLI_CACHE), never the project's .cache/cli.
 */
import { spawn } from 'node:child_process';
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isFresh } from '../../scripts/cliBundle.mjs';
import { buildCli } from '../../scripts/buildCli.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'scripts', 'simulate.mjs');
const EX01 = fileURLToPath(
  new URL('../../../shared/scenarios/ex01-basic-run.json', import.meta.url),
);
const EXPECTED = fileURLToPath(
  new URL('../../../shared/scenarios/ex01-basic-run.expected.jsonl', import.meta.url),
);

const dir = mkdtempSync(join(tmpdir(), 'lanecast-launcher-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function launch(cache: string, args: string[], nodeOptions?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, LANECAST_CLI_CACHE: cache };
    if (nodeOptions) env.NODE_OPTIONS = nodeOptions;
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const sortedLines = (text: string) => text.trim().split('\n').sort();

/** The name runBundle.cjs gives the code cache of `bundle` as it is now. */
function codeCacheOf(cache: string, bundle: string): string {
  const { mtimeMs, size } = statSync(join(cache, bundle));
  return `${bundle}.${Math.round(mtimeMs)}-${size}.code`;
}

describe('the compiled command line', () => {
  it('builds once for several first runs at once, and each prints the right records', async () => {
    const cache = join(dir, 'concurrent');
    const runs = await Promise.all([1, 2, 3, 4].map(() => launch(cache, [EX01])));
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(sortedLines(run.stdout)).toEqual(sortedLines(readFileSync(EXPECTED, 'utf8')));
    }
    // Every file renamed into place: no temporary file left behind; one code cache, the bundle's.
    const files = readdirSync(cache).sort();
    expect(files.filter((f) => !f.endsWith('.code'))).toEqual([
      'meta.json',
      'runBundle.cjs',
      'simulate.cjs',
      'simulateThread.cjs',
    ]);
    expect(files.filter((f) => f.endsWith('.code'))).toEqual([codeCacheOf(cache, 'simulate.cjs')]);
    expect(isFresh(cache)).toBe(true);
  }, 60_000);

  it('loads esbuild only when it has to build', async () => {
    const cache = join(dir, 'esbuild');
    const probe = join(dir, 'probe.cjs');
    // esbuild's API is CommonJS: once loaded it is in require.cache, whoever imported it.
    writeFileSync(
      probe,
      `process.on('exit', () => process.stderr.write('esbuild loaded: ' +
        Object.keys(require.cache).some((f) => f.includes('/esbuild/')) + '\\n'));`,
    );
    const first = await launch(cache, ['--help'], `--require=${probe}`);
    const second = await launch(cache, ['--help'], `--require=${probe}`);
    expect(first.stderr).toBe('esbuild loaded: true\n');
    expect(second.stderr).toBe('esbuild loaded: false\n');
    expect(second.stdout).toMatch(/^usage: /);
  }, 60_000);

  it('counts the bundle stale when an input changes, is missing, or an output is gone', async () => {
    const cache = join(dir, 'stale');
    await buildCli(cache);
    expect(isFresh(cache)).toBe(true);

    // Record a file of ours as one more input, as if the sources imported it.
    const input = join(dir, 'input.ts');
    writeFileSync(input, 'export {};\n');
    const time = 1_700_000_000; // whole seconds: set and read back exactly
    utimesSync(input, time, time);
    const metaPath = join(cache, 'meta.json');
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    const { mtimeMs, size } = statSync(input);
    meta.inputs[relative(ROOT, input)] = [mtimeMs, size];
    writeFileSync(metaPath, JSON.stringify(meta));
    expect(isFresh(cache)).toBe(true);

    utimesSync(input, time + 5, time + 5);
    expect(isFresh(cache)).toBe(false);
    utimesSync(input, time, time);
    expect(isFresh(cache)).toBe(true);
    writeFileSync(input, 'export {}; // edited\n');
    utimesSync(input, time, time);
    expect(isFresh(cache)).toBe(false); // same time, other size
    rmSync(input);
    expect(isFresh(cache)).toBe(false);

    await buildCli(cache);
    expect(isFresh(cache)).toBe(true);
    rmSync(join(cache, 'simulate.cjs'));
    expect(isFresh(cache)).toBe(false);
  }, 60_000);

  it('runs with the code cache, and compiles afresh when it is damaged or the bundle rebuilt', async () => {
    const cache = join(dir, 'code');
    const expected = sortedLines(readFileSync(EXPECTED, 'utf8'));
    expect(sortedLines((await launch(cache, [EX01])).stdout)).toEqual(expected);
    const code = join(cache, codeCacheOf(cache, 'simulate.cjs'));
    const saved = readFileSync(code);
    expect(saved.length).toBeGreaterThan(0);

    const second = await launch(cache, [EX01]);
    expect(sortedLines(second.stdout)).toEqual(expected);
    expect(readFileSync(code).equals(saved)).toBe(true); // used as it is, not written again

    writeFileSync(code, 'not V8 code');
    const damaged = await launch(cache, [EX01]);
    expect(damaged.stderr).toBe('');
    expect(sortedLines(damaged.stdout)).toEqual(expected);
    expect(readFileSync(code, 'utf8')).not.toBe('not V8 code'); // saved again

    await buildCli(cache); // a new build: the old cache is gone, never given to the new bundle
    expect(readdirSync(cache).filter((f) => f.endsWith('.code'))).toEqual([]);
  }, 60_000);

  it('says in one line why it cannot build, and exits 2', async () => {
    const notAFolder = join(dir, 'file');
    writeFileSync(notAFolder, '');
    const run = await launch(join(notAFolder, 'cli'), [EX01]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^simulate: cannot build the command line: .*ENOTDIR.*\n$/);
  }, 60_000);
});
