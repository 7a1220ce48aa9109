/**
 * The command line on several threads (src/cli/shares.ts): the output is the same bytes whatever
 * the thread count, in every format, for a generated audience, one under recipient time zone (a
 * person's records are decided out of time order) and listed people with scripted events (each
 * thread gets only its share of the compiled plan, engine/compile/share.ts), also read from a
 * pipe; also when every thread's records overflow memory into sorted runs. A thread that fails
 * says why.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { yearOfWeeklyCasts } from '../../bench/programs';
import { CliError } from '../../src/cli/fatal';
import { loadPlan } from '../../src/cli/loadPlan';
import { threadedChunks } from '../../src/cli/shares';
import {
  EARLY_START_BYTES,
  earlyThreads,
  MIN_PEOPLE_PER_THREAD,
  peekPeople,
  shares,
  threadCount,
} from '../../src/cli/threads';
import { type Format, outputChunks } from '../../src/engine';
import type { Generator, Scenario } from '../../src/model';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

const dir = mkdtempSync(join(tmpdir(), 'lanecast-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileOf(name: string, scenario: Scenario): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(scenario));
  return file;
}

/** W1 with 400 people listed in the file (scripted joins, pauses, edits) before 400 generated. */
function listedAndGenerated(): Scenario {
  const scenario = yearOfWeeklyCasts(400);
  const people = Array.from({ length: 400 }, (_, i) => ({
    id: `l-${i + 1}`,
    ...(i % 3 === 0 ? { timeZone: 'Asia/Tokyo' } : {}),
    attributes: { score: (i * 37) % 101 },
  }));
  const day = (i: number) => `2025-01-${String(1 + (i % 28)).padStart(2, '0')}T08:00`;
  const events: NonNullable<Scenario['events']> = people.flatMap((person, i) => [
    { at: day(i), type: 'add' as const, person: person.id, stream: 'S1' },
    ...(i % 7 === 0
      ? [
          { at: '2025-04-01T10:00', type: 'pause' as const, person: person.id },
          { at: '2025-05-01T10:00', type: 'resume' as const, person: person.id },
        ]
      : []),
    ...(i % 5 === 0
      ? [
          {
            at: '2025-03-03T10:00',
            type: 'set' as const,
            person: person.id,
            attribute: 'score',
            value: 95,
          },
        ]
      : []),
  ]);
  events.push(
    { at: '2025-02-01T00:00', type: 'deactivate', content: 'E1.3' },
    { at: '2025-03-01T00:00', type: 'activate', content: 'E1.3' },
  );
  return { ...scenario, people, events };
}

const GENERATED = fileOf('generated.json', yearOfWeeklyCasts(1200));
const RTZ = fileOf('rtz.json', yearOfWeeklyCasts(600, { rtz: true, limits: true }));
const LISTED = fileOf('listed.json', listedAndGenerated());

/** The command line's output; `piped` gives it the file through a pipe (`cat file |`) instead. */
function cli(file: string, format: Format, threads: number, piped = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, LANECAST_THREADS: String(threads) };
    const child = piped
      ? spawn(
          'sh',
          ['-c', `cat "$0" | "$1" src/cli/simulate.ts /dev/stdin --format ${format}`, file, TSX],
          {
            cwd: ROOT,
            env,
          },
        )
      : spawn(TSX, ['src/cli/simulate.ts', file, '--format', format], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`exit ${code}: ${stderr}`)),
    );
  });
}

async function threaded(file: string, format: Format, threads: number, capacity: number) {
  const plan = loadPlan(file, {});
  let text = '';
  const run = { format, capacity };
  for await (const chunk of threadedChunks(plan, run, threads)) text += chunk;
  return text;
}

const oneThread = (file: string, format: Format) =>
  [...outputChunks(loadPlan(file, {}), format)].join('');

describe('the command line on several threads', () => {
  it(
    'writes the same bytes with 1, 2 and 3 threads, in every format',
    { timeout: 400_000 },
    async () => {
      const cases = [
        ...(['jsonl', 'csv', 'summary'] as const).map((format) => ({ file: LISTED, format })),
        { file: RTZ, format: 'jsonl' as const },
      ];
      const [outputs, piped] = await Promise.all([
        Promise.all(
          cases.map(({ file, format }) => Promise.all([1, 2, 3].map((n) => cli(file, format, n)))),
        ),
        // Read once by the main thread: a pipe is simulated on threads too.
        cli(LISTED, 'jsonl', 3, true),
      ]);
      cases.forEach(({ file, format }, i) => {
        const [one, two, three] = outputs[i]!;
        expect(one!.length, `${file} ${format}`).toBeGreaterThan(100);
        expect(two, `${file} ${format}, 2 threads`).toBe(one);
        expect(three, `${file} ${format}, 3 threads`).toBe(one);
      });
      expect(piped).toBe(outputs[0]![0]);
    },
  );

  it(
    "merges every thread's runs in order when their records overflow memory",
    { timeout: 120_000 },
    async () => {
      for (const file of [GENERATED, RTZ, LISTED])
        for (const format of ['jsonl', 'csv'] as const) {
          const expected = oneThread(file, format);
          // 300 records in memory for all threads: each thread saves many runs.
          expect(expected.split('\n').length).toBeGreaterThan(30 * 300);
          for (const threads of [2, 3])
            expect(await threaded(file, format, threads, 300), `${file} ${format} ${threads}`).toBe(
              expected,
            );
        }
    },
  );

  it('says in one line why a thread failed', { timeout: 60_000 }, async () => {
    const plan = loadPlan(LISTED, {});
    // A generator the main thread would have refused: the thread fails drawing its share.
    const cohorts = [{ id: 'g', size: 400, join: null }];
    plan.source = { ...plan.source, generator: { cohorts } as unknown as Generator };
    const run = { format: 'jsonl' as const, capacity: 1000 };
    const read = async () => {
      for await (const chunk of threadedChunks(plan, run, 2)) void chunk;
    };
    await expect(read()).rejects.toThrow(CliError);
    await expect(read()).rejects.toThrow(
      /^simulate: unexpected error: TypeError: Cannot read properties of null \(reading 'from'\)$/,
    );
  });
});

describe('how many threads', () => {
  it('uses one thread for small audiences, every core for large ones, listed or not', () => {
    const cores = Math.min(availableParallelism(), 64);
    expect(threadCount(2 * MIN_PEOPLE_PER_THREAD - 1, undefined)).toBe(1);
    expect(threadCount(2 * MIN_PEOPLE_PER_THREAD, undefined)).toBe(Math.min(cores, 2));
    expect(threadCount(100 * MIN_PEOPLE_PER_THREAD, undefined)).toBe(cores);
  });

  it('starts threads before reading for a large file or LANECAST_THREADS only', () => {
    const cores = Math.min(availableParallelism(), 64);
    expect(earlyThreads(EARLY_START_BYTES - 1, undefined)).toBe(0);
    expect(earlyThreads(null, undefined)).toBe(0); // a pipe: its size is unknown
    expect(earlyThreads(EARLY_START_BYTES, undefined)).toBe(cores - 1);
    expect(earlyThreads(100, '3')).toBe(2);
    expect(earlyThreads(null, '1')).toBe(0);
    expect(() => earlyThreads(100, 'two')).toThrow('LANECAST_THREADS');
  });

  it('starts the threads a small file generates people for before compiling it', () => {
    const cores = Math.min(availableParallelism(), 64);
    const many = JSON.stringify(yearOfWeeklyCasts(100 * MIN_PEOPLE_PER_THREAD));
    const few = JSON.stringify({ ...yearOfWeeklyCasts(10), people: [{ id: 'a' }, { id: 'b' }] });
    expect(peekPeople(many)).toBe(100 * MIN_PEOPLE_PER_THREAD);
    expect(peekPeople(few)).toBe(12);
    expect(peekPeople('{"people": [')).toBeNull();
    expect(earlyThreads(many.length, undefined, peekPeople(many))).toBe(cores - 1);
    expect(earlyThreads(few.length, undefined, peekPeople(few))).toBe(0);
    expect(earlyThreads(few.length, '2', peekPeople(few))).toBe(1);
  });

  it('takes LANECAST_THREADS as given, never more threads than people', () => {
    expect(threadCount(10, '3')).toBe(3);
    expect(threadCount(2, '3')).toBe(2);
    expect(threadCount(10, '1')).toBe(1);
    for (const bad of ['0', 'two', '-1', '1.5', '65'])
      expect(() => threadCount(10, bad)).toThrow(
        `LANECAST_THREADS: expected a whole number from 1 to 64, got "${bad}"`,
      );
  });

  it('splits people into consecutive shares that cover everyone once', () => {
    for (const [people, threads] of [
      [10, 3],
      [7, 7],
      [1_000_001, 4],
    ] as const) {
      const parts = shares(people, threads);
      expect(parts[0]!.start).toBe(0);
      expect(parts.at(-1)!.end).toBe(people);
      parts.slice(1).forEach((part, i) => expect(part.start).toBe(parts[i]!.end));
      for (const part of parts)
        expect(part.end - part.start).toBeGreaterThanOrEqual(Math.floor(people / threads));
    }
  });
});
