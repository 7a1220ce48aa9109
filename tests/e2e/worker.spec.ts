import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
// Brings the `window.__lanecast` declaration into this file's program.
import type {} from '../../src/app/testApi';

const example = (name: string) =>
  JSON.parse(readFileSync(`../shared/scenarios/${name}.json`, 'utf8'));
const expected = (name: string) =>
  readFileSync(`../shared/scenarios/${name}.expected.jsonl`, 'utf8').trim().split('\n');

test('the simulator runs in Web Workers in the browser and matches the rule book', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/');
  const lines = await page.evaluate(async (doc) => {
    const pool = window.__lanecast!.simulation;
    const load = await pool.load('e2e', doc);
    if (!load.ok) return [];
    await pool.run('e2e', load.key, 1, load.people);
    const exported = await pool.exportRecords(load.key, 'jsonl');
    return exported.ok ? (await exported.value.text()).trim().split('\n') : [];
  }, example('ex13-rtz'));
  expect(workers.length).toBe(1);
  expect([...lines].sort()).toEqual(expected('ex13-rtz').sort());
});

test('a large audience reports progress, and a bad document names its problems', async ({
  page,
}) => {
  await page.goto('/');
  const scenario = example('ex01-basic-run');
  scenario.generator = { cohorts: [{ id: 'crowd', size: 60000, join: { from: '2025-03-01' } }] };
  const outcome = await page.evaluate(async (doc) => {
    const pool = window.__lanecast!.simulation;
    const load = await pool.load('e2e', doc);
    if (!load.ok) return null;
    const progress: number[] = [];
    const run = await pool.run('e2e', load.key, 1, load.people, (p) => progress.push(p.done));
    return {
      people: load.people,
      progress,
      records: run.ok ? Array.from(run.aggregates.records) : [],
    };
  }, scenario);
  expect(outcome!.people).toBe(60001);
  expect(outcome!.progress.length).toBeGreaterThan(1);
  expect(outcome!.progress.at(-1)).toBe(60001);
  expect(outcome!.records[0]).toBe(3 + 3 * 60000); // sends

  const bad = await page.evaluate((doc) => window.__lanecast!.simulation.load('e2e', doc), {
    ...scenario,
    program: { ...scenario.program, timeZone: 'Mars/Olympus' },
  });
  expect(bad).toMatchObject({
    ok: false,
    problems: [
      {
        path: ['program', 'timeZone'],
        code: 'mismatch',
        params: { expected: { code: 'timeZone' }, found: '"Mars/Olympus"' },
      },
    ],
  });
});

test('three Web Workers share a crowd and their counts add up to what one worker counts', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/');
  const scenario = example('ex14-exhausted-batch-move');
  scenario.generator = {
    cohorts: [{ id: 'crowd', size: 9000, join: { stream: 'S1', from: '2025-03-01', perDay: 900 } }],
  };
  const [one, three] = await page.evaluate(async (doc) => {
    const run = async (size: number) => {
      const pool = window.__lanecast!.pool(size, 3000);
      const load = await pool.load('e2e', doc);
      if (!load.ok) return null;
      const outcome = await pool.run('e2e', load.key, 1, load.people);
      pool.dispose();
      if (!outcome.ok) return null;
      const a = outcome.aggregates;
      return {
        workers: outcome.workers,
        sums: [a.casts, a.counters, a.occupancy, a.slots, a.records].map((x) => Array.from(x)),
        moves: Array.from(a.moveCount),
      };
    };
    return [await run(1), await run(3)];
  }, scenario);
  expect(one!.workers).toBe(1);
  expect(three!.workers).toBe(3);
  expect(workers.length).toBeGreaterThanOrEqual(4);
  expect(three!.sums).toEqual(one!.sums);
  expect(three!.moves).toEqual(one!.moves);
});

test('the records exported from three Web Workers are the command line’s output, byte for byte', async ({
  page,
}) => {
  const file = '../shared/scenarios/ex14-exhausted-batch-move.json';
  const scenario = JSON.parse(readFileSync(file, 'utf8'));
  scenario.generator = {
    cohorts: [{ id: 'crowd', size: 9000, join: { stream: 'S1', from: '2025-03-01', perDay: 900 } }],
  };
  await page.goto('/');
  const exported = await page.evaluate(async (doc) => {
    const pool = window.__lanecast!.pool(3, 3000);
    const load = await pool.load('e2e', doc);
    if (!load.ok) return null;
    const run = await pool.run('e2e', load.key, 1, load.people);
    const csv = await pool.exportRecords(load.key, 'csv');
    const jsonl = await pool.exportRecords(load.key, 'jsonl');
    pool.dispose();
    if (!run.ok || !csv.ok || !jsonl.ok) return null;
    return { workers: run.workers, csv: await csv.value.text(), jsonl: await jsonl.value.text() };
  }, scenario);
  const program = test.info().outputPath('ex14-crowd.json');
  writeFileSync(program, JSON.stringify(scenario));
  const cli = (format: string) =>
    execFileSync('node_modules/.bin/tsx', ['src/cli/simulate.ts', program, '--format', format], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  expect(exported!.workers).toBe(3);
  expect(exported!.csv).toBe(cli('csv'));
  expect(exported!.jsonl).toBe(cli('jsonl'));
});
