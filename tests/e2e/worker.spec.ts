import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
// Brings the `window.__lanecast` declaration into this file's program.
import type {} from '../../src/app/testApi';

const example = (name: string) =>
  JSON.parse(readFileSync(`../shared/scenarios/${name}.json`, 'utf8'));
const expected = (name: string) =>
  readFileSync(`../shared/scenarios/${name}.expected.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

test('the simulator runs in a Web Worker in the browser and matches the rule book', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/');
  const scenario = example('ex13-rtz');
  const result = await page.evaluate(
    (doc) => window.__lanecast!.simulation.records({ scenario: doc }, 1000),
    scenario,
  );
  expect(workers.length).toBe(1);
  expect(result.ok).toBe(true);
  if (result.ok) {
    const sort = (records: object[]) => records.map((r) => JSON.stringify(r)).sort();
    expect(sort(result.records)).toEqual(sort(expected('ex13-rtz')));
  }
});

test('a large audience reports progress, and a bad document names its problems', async ({
  page,
}) => {
  await page.goto('/');
  const scenario = example('ex01-basic-run');
  scenario.generator = { cohorts: [{ id: 'crowd', size: 60000, join: { from: '2025-03-01' } }] };
  const summary = await page.evaluate(async (doc) => {
    const progress: number[] = [];
    const result = await window.__lanecast!.simulation.summarize({ scenario: doc }, (p) =>
      progress.push(p.done),
    );
    return { result, progress };
  }, scenario);
  expect(summary.progress).toEqual([20000, 40000, 60000, 60001]);
  expect(summary.result).toMatchObject({ ok: true, people: 60001 });
  if (summary.result.ok) expect(summary.result.summary.records.send).toBe(3 + 3 * 60000);

  const bad = await page.evaluate(
    (doc) => window.__lanecast!.simulation.summarize({ scenario: doc }),
    { ...scenario, program: { ...scenario.program, timeZone: 'Mars/Olympus' } },
  );
  expect(bad).toEqual({
    ok: false,
    problems: [
      {
        path: ['program', 'timeZone'],
        message: 'expected an IANA time zone name such as Europe/Berlin, got "Mars/Olympus"',
      },
    ],
  });
});
