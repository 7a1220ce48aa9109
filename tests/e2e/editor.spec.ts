import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type {} from '../../src/app/testApi';

const example = JSON.parse(readFileSync('../shared/scenarios/ex04-transition-dedup.json', 'utf8'));

async function openSeeded(page: Page): Promise<string> {
  await page.goto('/');
  const id = await page.evaluate((doc) => window.__lanecast!.createProgram(doc), example);
  await page.goto(`/#/program/${id}`);
  await expect(page.getByTestId('lane-S1')).toBeVisible();
  return id;
}

const cardOrder = async (page: Page, lane: string) =>
  page.$$eval(`[data-testid^="card-${lane}-"]`, (cards) =>
    cards
      .map((c) => ({
        id: c.getAttribute('data-testid')!.split('-').pop()!,
        y: c.getBoundingClientRect().y,
      }))
      .sort((a, b) => a.y - b.y)
      .map((c) => c.id),
  );

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 5, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 20 });
  await page.mouse.up();
}

const centre = async (page: Page, testId: string) => {
  const box = (await page.getByTestId(testId).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
};

test('draw a program: palette drops, reorder, move across lanes, undo, redo, and it all survives a reload', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // The drop below S1's last card needs its lane's foot in view: the canvas shares the window's
  // height with the time bar and the docked preview, so this test takes a little more of it.
  await page.setViewportSize({ width: 1440, height: 960 });
  const id = await openSeeded(page);
  expect(await cardOrder(page, 'S1')).toEqual(['E1', 'E2', 'E3']);

  // An email from the palette, dropped into S1 below its cards.
  const lane = await centre(page, 'lane-S1');
  await page.getByTestId('palette-email').dragTo(page.getByTestId('lane-S1'), {
    targetPosition: { x: lane.box.width / 2, y: lane.box.height - 20 },
  });
  await expect(page.getByTestId('card-S1-E6')).toBeVisible();
  expect(await cardOrder(page, 'S1')).toEqual(['E1', 'E2', 'E3', 'E6']);

  // R11: drag E3 above E1.
  const e3 = await centre(page, 'card-S1-E3');
  const e1 = await centre(page, 'card-S1-E1');
  await drag(page, e3, { x: e1.x, y: e1.box.y + 4 });
  await expect.poll(() => cardOrder(page, 'S1')).toEqual(['E3', 'E1', 'E2', 'E6']);

  // Move E1 into S2 (its end).
  const s2 = await centre(page, 'lane-S2');
  const e1now = await centre(page, 'card-S1-E1');
  await drag(page, e1now, { x: s2.x, y: s2.box.y + s2.box.height - 30 });
  await expect.poll(() => cardOrder(page, 'S2')).toEqual(['E2', 'E4', 'E5', 'E1']);

  // Undo the move, redo it.
  await page.keyboard.press('Control+z');
  await expect.poll(() => cardOrder(page, 'S1')).toEqual(['E3', 'E1', 'E2', 'E6']);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => cardOrder(page, 'S2')).toEqual(['E2', 'E4', 'E5', 'E1']);

  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await page.screenshot({ path: 'test-results/editor-en.png' });
  await page.reload();
  await expect(page.getByTestId('lane-S1')).toBeVisible();
  expect(await cardOrder(page, 'S1')).toEqual(['E3', 'E2', 'E6']);
  expect(await cardOrder(page, 'S2')).toEqual(['E2', 'E4', 'E5', 'E1']);
  const stored = await page.evaluate(
    (programId) => window.__lanecast!.storedProgram(programId),
    id,
  );
  expect(stored!.program.streams[0]!.content!.find((c) => c.id === 'E6')).toMatchObject({
    type: 'email',
    active: false,
  });
  expect(errors).toEqual([]);
});

test('add a stream, draw a transition into it, delete a card and undo: R2, R47', async ({
  page,
}) => {
  await openSeeded(page);
  // A stream dropped on empty canvas to the right becomes a third lane.
  const s2 = await centre(page, 'lane-S2');
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.getByTestId('palette-stream').dragTo(page.locator('.react-flow__pane'), {
    targetPosition: { x: s2.box.x + s2.box.width + 40 - pane.x, y: s2.box.y - pane.y },
  });
  await expect(page.getByTestId('lane-S3')).toBeVisible();
  await expect(page.getByTestId('lane-S3')).toContainText('New stream');
  await expect(page.getByTestId('lane-S3')).toContainText('No cadence');
  await page.getByRole('button', { name: 'Fit view' }).click(); // bring the new lane into view

  // R47: drag from S1's right handle and drop anywhere on S3: a rule on S3 pulling people in S1.
  const from = (await page
    .locator('[data-testid="lane-S1"] .react-flow__handle-right')
    .boundingBox())!;
  const to = await centre(page, 'lane-S3');
  await drag(
    page,
    { x: from.x + from.width / 2, y: from.y + from.height / 2 },
    { x: to.x, y: to.y },
  );
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText(
    'Transition rule',
  );
  // It starts without a trigger (never "fills out any form" by itself): the builder asks for one.
  await expect(page.getByRole('region', { name: 'This rule has no trigger yet' })).toBeVisible();
  await expect(page.locator('.edge-label', { hasText: 'no trigger yet' })).toBeVisible();

  // Select a card and delete it with the keyboard; undo brings it back.
  await page.getByTestId('card-S1-E2').click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('card-S1-E2')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('card-S1-E2')).toBeVisible();
  await page.screenshot({ path: 'test-results/editor-transition.png' });
});

test('edit a cadence in the stream inspector: the lane and the next casts follow, and it is saved', async ({
  page,
}) => {
  const id = await openSeeded(page);
  await page.getByTestId('lane-S2').locator('.lane__grip').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByLabel('Name')).toHaveValue('Late');
  await inspector.getByLabel('Repeats').selectOption('monthly');
  await expect(page.getByTestId('lane-S2')).toContainText('Every month on day 6 at 09:00');
  await inspector.getByLabel('Every how many months').fill('2');
  await expect(page.getByTestId('lane-S2')).toContainText('Every 2 months on day 6 at 09:00');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await page.screenshot({ path: 'test-results/editor-inspector.png' });
  const stored = await page.evaluate(
    (programId) => window.__lanecast!.storedProgram(programId),
    id,
  );
  expect(stored!.program.streams[1]!.cadence).toMatchObject({
    type: 'monthly',
    every: 2,
    dayOfMonth: 6,
    firstCast: '2025-03-06',
    time: '09:00',
  });
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('lane-S2')).toContainText('Every month on day 6');
});

test('a reload restores the viewport and the selection', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openSeeded(page);
  // Pan by dragging empty canvas, then select a card.
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await drag(
    page,
    { x: pane.x + 40, y: pane.y + pane.height - 40 },
    { x: pane.x + 140, y: pane.y + pane.height - 100 },
  );
  await page.getByTestId('card-S2-E4').click();
  await expect(page.getByTestId('card-S2-E4')).toHaveClass(/card--selected/);
  const transform = () => page.locator('.react-flow__viewport').getAttribute('style');
  const before = await transform();
  await page.waitForTimeout(700); // the view is remembered 300 ms after the last change
  await page.reload();
  await expect(page.getByTestId('card-S2-E4')).toHaveClass(/card--selected/);
  expect(await transform()).toBe(before);
  expect(errors).toEqual([]);
});

test('R41: "move when exhausted" from the stream inspector draws a dashed batch edge with its time', async ({
  page,
}) => {
  await openSeeded(page);
  await page.getByTestId('lane-S1').locator('.lane__grip').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByLabel('Move exhausted members to').selectOption('S2');
  await expect(page.locator('.edge-label--batch')).toContainText('when exhausted · daily 07:00');
  await expect(inspector).toContainText('Batch move');
  await page.screenshot({ path: 'test-results/editor-batch.png' });
});

test('R14: Alt-drag places the same email in a second stream; copy and paste makes new content', async ({
  page,
}) => {
  // The drop near S2's foot needs it in view (the time bar takes some of the canvas's height).
  await page.setViewportSize({ width: 1440, height: 960 });
  await openSeeded(page);
  // Alt held while dragging E1 into S2: S1 keeps E1, S2 gets the same id.
  const e1 = await centre(page, 'card-S1-E1');
  const s2 = await centre(page, 'lane-S2');
  await page.keyboard.down('Alt');
  await drag(page, e1, { x: s2.x, y: s2.box.y + s2.box.height - 30 });
  await page.keyboard.up('Alt');
  await expect.poll(() => cardOrder(page, 'S2')).toEqual(['E2', 'E4', 'E5', 'E1']);
  expect(await cardOrder(page, 'S1')).toEqual(['E1', 'E2', 'E3']);

  // Copy E3 and paste it after itself: a new card with a new id, inactive (R8).
  await page.getByTestId('card-S1-E3').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect.poll(() => cardOrder(page, 'S1')).toEqual(['E1', 'E2', 'E3', 'E6']);
  await expect(page.getByTestId('card-S1-E6')).toContainText('Inactive');
});

test('a sticky note: dropped from the palette, written in, kept in the file across a reload', async ({
  page,
}) => {
  const id = await openSeeded(page);
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.getByTestId('palette-note').dragTo(page.locator('.react-flow__pane'), {
    targetPosition: { x: pane.width - 140, y: 60 },
  });
  const note = page.getByRole('textbox', { name: 'Note' });
  await note.fill('Ask legal about E4 before launch');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue(
    'Ask legal about E4 before launch',
  );
  const stored = await page.evaluate(
    (programId) => window.__lanecast!.storedProgram(programId),
    id,
  );
  expect((stored as { ui?: { notes?: { text: string }[] } }).ui?.notes?.map((n) => n.text)).toEqual(
    ['Ask legal about E4 before launch'],
  );
});

test('keyboard only: select a card, change its priority, and add a rule into a stream', async ({
  page,
}) => {
  await openSeeded(page);
  // React Flow nodes are focusable; Enter selects the focused one.
  await page.locator('.react-flow__node', { has: page.getByTestId('card-S1-E3') }).focus();
  await page.keyboard.press('Enter');
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector).toContainText('Priority 3 of 3');
  await inspector.getByRole('button', { name: 'Move up' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => cardOrder(page, 'S1')).toEqual(['E1', 'E3', 'E2']);

  await page.locator('.react-flow__node', { has: page.getByTestId('lane-S1') }).focus();
  await page.keyboard.press('Enter');
  await inspector.getByLabel('Add a rule that pulls people here from').selectOption('S2');
  await expect(inspector).toContainText('Transition rule');
  await inspector.getByRole('button', { name: 'fills out a form' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.edge-label', { hasText: 'fills out any form' })).toBeVisible();
});
