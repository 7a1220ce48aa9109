import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type {} from '../../src/app/testApi';
import { previewProgram } from '../fixtures/previewProgram';

async function openCharts(page: Page) {
  await page.goto('/');
  const id = await page.evaluate((doc) => window.__lanecast!.createProgram(doc), previewProgram());
  await page.goto(`/#/program/${id}`);
  await page.getByRole('tab', { name: 'Charts' }).click();
  // More room for the charts: the resize bar's Home key gives the preview its largest height.
  await page.getByRole('separator', { name: 'Resize the preview' }).press('Home');
}

const card = (page: Page, name: string) => page.getByRole('region', { name });

test('the Charts tab draws four charts with their tables, and downloads them as SVG and PNG', async ({
  page,
}) => {
  await openCharts(page);
  const titles = [
    'People per stream over time',
    'Exhausted per stream over time',
    'Deliveries per item',
    'Flow of people between streams',
  ];
  for (const title of titles)
    await expect(card(page, title).locator('svg.recharts-surface')).toBeVisible({
      timeout: 30_000,
    });

  const people = card(page, 'People per stream over time');
  await people.getByRole('button', { name: 'Show as table' }).click();
  const table = people.getByRole('table', { name: 'Members per stream at the end of each day' });
  await expect(table.getByRole('columnheader')).toHaveText(['Date', 'Early', 'Late', 'Holding']);
  await expect(table.getByRole('row').nth(1).getByRole('cell').first()).toHaveText(/^\d[\d,]*$/);

  const exhausted = card(page, 'Exhausted per stream over time');
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    exhausted.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(svg.suggestedFilename()).toBe('preview-fixture-exhausted-per-stream.svg');
  const text = readFileSync((await svg.path())!, 'utf8');
  expect(text.startsWith('<svg')).toBe(true);
  expect(text).toContain('Exhausted per stream over time');

  const flow = card(page, 'Flow of people between streams');
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    flow.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(png.suggestedFilename()).toBe('preview-fixture-flow-between-streams.png');
  const bytes = readFileSync((await png.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Drawn at twice the chart's size (PNG width: bytes 16-19, big-endian).
  const box = (await flow.locator('svg.recharts-surface').boundingBox())!;
  expect(bytes.readUInt32BE(16)).toBe(Math.round(box.width) * 2);
});

test('a date chosen on a time chart moves the shared date cursor, by mouse or by keyboard', async ({
  page,
}) => {
  await openCharts(page);
  const people = card(page, 'People per stream over time');
  const chart = people.locator('svg.recharts-surface');
  await expect(chart).toBeVisible({ timeout: 30_000 });
  const cursor = people.locator('.chart-cursor__label');
  await expect(cursor).toHaveText('Mar 4'); // no date chosen: the first cast
  const box = (await chart.boundingBox())!;
  // Pointing at a date shows its numbers; a click there moves the cursor.
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  await expect(people.locator('.chart-tooltip')).toBeVisible();
  await page.mouse.down();
  await page.mouse.up();
  await expect(cursor).not.toHaveText('Mar 4');
  const clicked = await cursor.textContent();
  // The other time chart follows the same cursor.
  await expect(
    card(page, 'Exhausted per stream over time').locator('.chart-cursor__label'),
  ).toHaveText(clicked!);

  // By keyboard (the pointer out of the way): arrows move along the dates, Enter sets the cursor.
  await page.mouse.move(0, 0);
  await chart.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(people.locator('.chart-tooltip')).toContainText('Mon, Mar 3, 2025');
  await page.keyboard.press('Enter');
  await expect(cursor).toHaveText('Mar 3');
});
