// The report view in the built app: the records it downloads are, byte for byte, what the command
// line prints for the same document (exported from the app with the toolbar's Export button), and
// the report's sends for a stream are the sends of that stream in those records.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type {} from '../../src/app/testApi';
import { previewProgram } from '../fixtures/previewProgram';

test('Report tab: the records CSV equals the command line’s, and a stream’s sends agree with it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  const id = await page.evaluate((doc) => window.__lanecast!.createProgram(doc), previewProgram());
  await page.goto(`/#/program/${id}`);
  await expect(page.getByTestId('lane-early')).toBeVisible();

  await page.getByRole('tab', { name: 'Report' }).click();
  const table = page.getByRole('table', {
    name: 'Stream performance: sends, engagement and blocked per stream item',
  });
  await expect(table).toBeVisible({ timeout: 60_000 });

  // The document as the app holds it, through the toolbar's Share and export menu.
  const dir = mkdtempSync(join(tmpdir(), 'lanecast-report-'));
  await page.getByRole('button', { name: 'Share and export' }).click();
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Program file (JSON)' }).click(),
  ]);
  const file = join(dir, exported.suggestedFilename());
  await exported.saveAs(file);

  const [records] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download records (CSV)' }).click(),
  ]);
  expect(records.suggestedFilename()).toBe('Preview-fixture-records.csv');
  const downloaded = readFileSync((await records.path())!);

  const cli = spawnSync('npm', ['run', '--silent', 'simulate', '--', file, '--format', 'csv'], {
    maxBuffer: 256 * 1024 * 1024,
  });
  expect(cli.status, cli.stderr.toString()).toBe(0);
  expect(downloaded.length).toBeGreaterThan(1000);
  expect(downloaded.equals(cli.stdout)).toBe(true);

  // Early's total sends in the report against the send rows of stream "early" in the CSV.
  const rows = cli.stdout.toString('utf8').trim().split('\n').slice(1);
  const sends = rows.filter((r) => r.split(',')[1] === 'send' && r.split(',')[3] === 'early');
  const total = table.getByRole('row', { name: /^Early total/ });
  const cells = await total.getByRole('cell').allTextContents();
  expect(Number(cells[1]!.replace(/\D/g, ''))).toBe(sends.length);
  expect(sends.length).toBeGreaterThan(100);
  expect(errors).toEqual([]);
});
