import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type {} from '../../src/app/testApi';

const example = JSON.parse(readFileSync('../shared/scenarios/ex04-transition-dedup.json', 'utf8'));

test('two tabs on one program: the other tab follows a save, and a clash is told, not overwritten', async ({
  context,
}) => {
  const a = await context.newPage();
  await a.goto('/');
  const id = await a.evaluate((doc) => window.__lanecast!.createProgram(doc), example);
  await a.goto(`/#/program/${id}`);
  const b = await context.newPage();
  await b.goto(`/#/program/${id}`);
  await expect(a.getByTestId('lane-S1')).toBeVisible();
  await expect(b.getByTestId('lane-S1')).toBeVisible();

  // Tab A adds a stream (keyboard path of the palette); tab B, with nothing unsaved, shows it.
  await a.getByTestId('palette-stream').click();
  await expect(a.getByTestId('save-state')).toHaveText('All changes saved');
  await expect(b.getByTestId('lane-S3')).toBeVisible();

  // Tab A has an unsaved edit (saves wait 300 ms) when another tab saves first: A is told, and
  // its save does not overwrite the other tab's.
  await a.getByTestId('palette-stream').click();
  const theirs = { ...example, program: { ...example.program, name: 'Renamed elsewhere' } };
  expect(
    await a.evaluate(([programId, doc]) => window.__lanecast!.saveAsAnotherTab(programId, doc), [
      id,
      theirs,
    ] as const),
  ).toBe(true);
  await expect(a.getByRole('alert')).toContainText('changed in another tab');
  await expect(a.getByTestId('save-state')).toHaveText('Changed in another tab');
  const stored = await a.evaluate((programId) => window.__lanecast!.storedProgram(programId), id);
  expect(stored!.program.name).toBe('Renamed elsewhere');
  expect(stored!.program.streams.map((s) => s.id)).toEqual(['S1', 'S2']);
});
