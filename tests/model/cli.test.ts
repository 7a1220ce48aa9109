/**
 * The command line end to end (spec: Command line): `node scripts/simulate.mjs <file> [options]`
 * (what `npm run simulate` runs: the compiled command line, built first when stale) in a child
 * process. Output goes to stdout with exit 0; a bad file prints one line per problem, each naming
 * its JSON path, on stderr and exits 2. Node is run directly, not through npm, so npm's own
 * warnings cannot mix into stderr. Every run starts at once in `beforeAll`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs, USAGE } from '../../src/cli/args';
import { simulateSummary } from '../../src/engine';
import { parseScenarioText } from '../../src/model';
import { doc, problems } from './documents';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The launcher `npm run simulate` runs: builds the compiled command line when stale, then runs it. */
const CLI = join(ROOT, 'scripts', 'simulate.mjs');
const EXAMPLE = fileURLToPath(
  new URL('../../../shared/scenarios/ex08-unsubscribe.json', import.meta.url),
);
const EX04 = fileURLToPath(
  new URL('../../../shared/scenarios/ex04-transition-dedup.json', import.meta.url),
);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function simulate(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'lanecast-cli-'));
const BAD_TEXT = JSON.stringify(
  doc({
    'program.streams.1.cadence.weekdays': ['tues'],
    'program.streams.0.cadence.time': '24:00',
    'program.streams.1.id': 'S1',
    events: [{ at: '2025-03-03T10:00', type: 'add', person: 'bob' }],
  }),
  null,
  2,
);
const BAD = join(dir, 'bad.json');
const SYNTAX = join(dir, 'syntax.json');
writeFileSync(BAD, BAD_TEXT);
writeFileSync(SYNTAX, '{\n  "format": "lanecast",\n  "version": tru\n}\n');

const runs: Record<string, Run> = {};
beforeAll(async () => {
  const jobs = {
    bad: [BAD],
    syntax: [SYNTAX],
    jsonl: [EXAMPLE],
    csv: [EXAMPLE, '--format', 'csv'],
    summary: [EXAMPLE, '--format', 'summary'],
    unknownOption: [EXAMPLE, '--colour', 'red'],
    whyNot: [EX04, '--explain', 'cara', '--why-not', 't-demo'],
    whyNotStream: [EX04, '--explain', 'cara', '--why-not', 't-demo', '--stream', 'S1'],
    whyNotAlone: [EX04, '--why-not', 't-demo'],
  };
  const done = await Promise.all(Object.values(jobs).map((args) => simulate(...args)));
  Object.keys(jobs).forEach((name, i) => (runs[name] = done[i]!));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A line that starts with a JSON path (or `(root)`) and a colon. */
const PATH_LINE = /^(\(root\)|[A-Za-z_][\w]*(\[\d+\]|\.[A-Za-z_]\w*)*): \S/;

describe('simulate on the command line', () => {
  it('exits 2 on a bad file, with one line per problem naming its path on stderr', () => {
    const { code, stdout, stderr } = runs.bad!;
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toEqual(problems(BAD_TEXT));
    expect(lines).toContain(
      'program.streams[1].cadence.weekdays[0]: expected one of sun, mon, tue, wed, thu, fri, sat, got "tues"',
    );
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) expect(line).toMatch(PATH_LINE);
  });

  it('exits 2 on a JSON syntax error with a single line naming line and column', () => {
    const { code, stderr } = runs.syntax!;
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^\(root\): not valid JSON at line 3, column \d+: /),
    ]);
  });

  it('prints JSON Lines by default and exits 0', () => {
    const { code, stdout, stderr } = runs.jsonl!;
    expect([code, stderr]).toEqual([0, '']);
    const expected = readFileSync(EXAMPLE.replace(/\.json$/, '.expected.jsonl'), 'utf8');
    const asSet = (text: string) => text.trim().split('\n').sort();
    expect(asSet(stdout)).toEqual(asSet(expected));
  });

  it('prints CSV under the header at,type,person,stream,content,detail with --format csv', () => {
    const { code, stdout } = runs.csv!;
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('at,type,person,stream,content,detail');
    expect(lines.length - 1).toBe(runs.jsonl!.stdout.trimEnd().split('\n').length);
    expect(lines).toContain('2025-03-11T13:00:00Z,blocked,jo,S1,E2,unsubscribed');
  });

  it('prints one JSON object of counts with --format summary', () => {
    const { code, stdout } = runs.summary!;
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    const parsed = parseScenarioText(readFileSync(EXAMPLE, 'utf8'));
    const summary = parsed.ok ? simulateSummary(parsed.scenario) : null;
    expect(summary?.ok && JSON.parse(stdout)).toEqual(summary?.ok && summary.value);
    expect(Object.keys(JSON.parse(stdout))).toEqual(['records', 'sendsByStream', 'sendsByContent']);
  });

  it('exits 2 on an unknown option, naming it', () => {
    const { code, stdout, stderr } = runs.unknownOption!;
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe('--colour: unknown option');
  });
});

describe('--explain PERSON --why-not RULE [--stream S]', () => {
  it('parses, and needs --explain for --why-not and --why-not for --stream', () => {
    const file = 'x.json';
    expect(parseArgs([file, '--explain', 'ann', '--why-not', 't1', '--stream', 'S2'])).toEqual({
      ok: true,
      args: { file, format: 'jsonl', explain: 'ann', whyNot: 't1', stream: 'S2' },
    });
    expect(parseArgs([file, '--why-not=t1'])).toEqual({
      ok: false,
      errors: ['--why-not: needs --explain PERSON'],
    });
    expect(parseArgs([file, '--explain', 'ann', '--stream', 'S2'])).toEqual({
      ok: false,
      errors: ['--stream: needs --why-not RULE'],
    });
    expect(USAGE).toContain('[--explain PERSON [--why-not RULE [--stream STREAM]]]');
  });

  it('R47: example 4: says when t-demo moved Cara and what fired it', () => {
    const { code, stdout, stderr } = runs.whyNot!;
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.trimEnd().split('\n')).toEqual([
      'rule t-demo of S2 (transitions[0]) for cara (times in America/New_York)',
      '    triggers (any one): filled out form F-demo',
      '    filters (all): none',
      '2025-03-14 12:00  filled out form F-demo (triggers[0]): MOVED cara to S2',
    ]);
  });

  it('exits 2 with one line and no stack trace for a rule not in that stream, or without --explain', () => {
    expect(runs.whyNotStream).toEqual({
      code: 2,
      stdout: '',
      stderr: '--why-not: no rule has the id "t-demo" in stream S1\n',
    });
    const { code, stderr } = runs.whyNotAlone!;
    expect(code).toBe(2);
    expect(stderr.split('\n').slice(0, 2)).toEqual(['--why-not: needs --explain PERSON', USAGE]);
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
