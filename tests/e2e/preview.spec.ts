import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type {} from '../../src/app/testApi';

// The rule book's Nurture-A (ex01) with a crowd of generated people joining S1 over two weeks.
const program = {
  ...JSON.parse(readFileSync('../shared/scenarios/ex01-basic-run.json', 'utf8')),
  generator: {
    seed: 1,
    cohorts: [{ id: 'lead', size: 2000, join: { stream: 'S1', from: '2025-03-01', perDay: 150 } }],
  },
};

async function open(page: Page, doc: typeof program): Promise<string> {
  await page.goto('/');
  const id = await page.evaluate((d) => window.__lanecast!.createProgram(d), doc as never);
  await page.goto(`/#/program/${id}`);
  await expect(page.getByTestId('lane-S1')).toBeVisible();
  return id;
}

const preview = (page: Page) => page.evaluate(() => window.__lanecast!.preview);
const calendar = (page: Page) => page.getByRole('grid', { name: /Cast calendar/ });

test('a program with generated people shows its casts in the calendar; a cadence edit redraws it', async ({
  page,
}) => {
  await open(page, program);
  await expect(page.getByRole('status').filter({ hasText: 'people simulated' })).toHaveText(
    '2,001 people simulated',
  );
  const grid = calendar(page);
  // S1 casts on Tuesdays (R18): 4 Mar is its first cast; Ann and the 600 who joined by then get E1.
  await expect(grid.getByRole('columnheader', { name: 'Mar 4', exact: true })).toBeVisible();
  const row = grid.getByRole('row', { name: /Early/ });
  await expect(row.getByRole('gridcell').first()).toContainText('601 sent');
  await expect(page.getByTestId('lane-preview-S1')).toContainText('people');

  // Every week on Tuesday and Friday: Fridays appear as columns of the calendar.
  await page.getByTestId('lane-S1').locator('.lane__grip').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByLabel('Friday').check();
  await expect(grid.getByRole('columnheader', { name: 'Mar 7', exact: true })).toBeVisible();
  await expect.poll(async () => (await preview(page)).stale).toBe(false);
  await page.screenshot({ path: 'test-results/preview-calendar.png' });

  // Undo brings the earlier result back at once, without a run.
  const simulations = (await preview(page)).simulations;
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(grid.getByRole('columnheader', { name: 'Mar 7', exact: true })).toHaveCount(0);
  expect((await preview(page)).status).toBe('ready');
  expect((await preview(page)).simulations).toBe(simulations);
});

test('dragging a lane moves the layout only: no simulation runs', async ({ page }) => {
  const id = await open(page, program);
  await expect.poll(async () => (await preview(page)).status).toBe('ready');
  const before = await preview(page);
  const laneAt = async () =>
    page.evaluate(async (p) => {
      const doc = (await window.__lanecast!.storedProgram(p)) as { ui?: { lanes?: object } };
      return JSON.stringify(doc.ui?.lanes ?? null);
    }, id);
  const placed = await laneAt();
  const grip = page.getByTestId('lane-S2').locator('.lane__grip');
  const box = (await grip.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + 30, box.y + 18, { steps: 5 });
  await page.mouse.move(box.x + 160, box.y + 60, { steps: 20 });
  await page.mouse.up();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await expect.poll(laneAt).not.toBe(placed); // the lane moved, and that was saved
  const after = await preview(page);
  expect(after.runs).toBe(before.runs);
  expect(after.simulations).toBe(before.simulations);
  expect(after.stale).toBe(false);
});

test('a calendar cell lists the people at its casts, and one opens their journey', async ({
  page,
}) => {
  await open(page, program);
  const grid = calendar(page);
  await grid
    .getByRole('row', { name: /Early/ })
    .getByRole('gridcell')
    .first()
    .getByRole('button')
    .click();
  const details = page.getByRole('region', { name: /Early · / });
  await expect(details).toContainText('601 receiving');
  await expect(details.getByRole('button', { name: 'Open the journey of ann' })).toBeVisible();
  // Keyboard: the grid's cells are reached with the arrow keys.
  await grid.getByRole('gridcell').first().getByRole('button').focus();
  await page.keyboard.press('ArrowRight');
  await expect(grid.getByRole('gridcell').nth(1).getByRole('button')).toBeFocused();
});

test('an empty program says what to do, and New program starts with an audience', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New program' }).first().click();
  await page.getByLabel('Program name').fill('Spring nurture');
  await page.getByRole('button', { name: 'Create and open' }).click();
  await expect(
    page.getByText('Add a stream to the canvas: the audience joins the first stream.'),
  ).toBeVisible();
});

test('a program without people: one click gives it an audience and the calendar fills', async ({
  page,
}) => {
  const bare: Record<string, unknown> = { ...program };
  delete bare.people;
  delete bare.events;
  delete bare.generator;
  await open(page, bare as typeof program);
  await expect(page.getByText('No people yet.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Add 1,000 generated people' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'people simulated' })).toHaveText(
    '1,000 people simulated',
  );
  // They join when the period starts (1 Mar 2025), fifty a day at 08:00: 200 by the 09:00 cast on 4 Mar.
  const row = calendar(page).getByRole('row', { name: /Early/ });
  await expect(row.getByRole('gridcell').first()).toContainText('200 sent');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByText('No people yet.', { exact: false })).toBeVisible();
});
