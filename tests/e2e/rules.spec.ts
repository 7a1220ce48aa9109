// The rule builder and content editing with the real keyboard and mouse: lists commit on Enter,
// a drawn rule asks for its trigger (flagged, left out of exports), "any email of a stream",
// Activate all, and edits of several selected cards.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type {} from '../../src/app/testApi';
import type { Scenario } from '../../src/model';

const example: Scenario = JSON.parse(
  readFileSync('../shared/scenarios/ex04-transition-dedup.json', 'utf8'),
);

async function open(page: Page, doc: Scenario = example): Promise<string> {
  await page.goto('/');
  const id = await page.evaluate((d) => window.__lanecast!.createProgram(d), doc);
  await page.goto(`/#/program/${id}`);
  await expect(page.getByTestId('lane-S1')).toBeVisible();
  return id;
}

const inspectorOf = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
/** The accessible label of the focused control (its <label>, else its text). */
const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> };
    return (el.labels?.[0]?.textContent ?? el.textContent ?? '').trim();
  });
const stored = (page: Page, id: string) =>
  page.evaluate((programId) => window.__lanecast!.storedProgram(programId), id);

test('lists commit on Enter, not on the first arrow key, and keep the focus', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const id = await open(page);
  await page.getByTestId('lane-S2').locator('.lane__grip').click();
  const inspector = inspectorOf(page);
  const from = inspector.getByLabel('Add a rule that pulls people here from');
  await from.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  // Browsing shows the option and how to choose it; nothing is added yet.
  await expect(from).toHaveValue('S1');
  await expect(inspector).toContainText(
    'Press Enter to choose, Escape to keep the current choice.',
  );
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText('Stream');
  await page.keyboard.press('Enter');

  // The new rule has no trigger: the prompt has the focus, on its first choice.
  await expect(page.getByRole('region', { name: 'This rule has no trigger yet' })).toBeVisible();
  await expect.poll(() => focusedLabel(page)).toBe('fills out a form');
  await page.keyboard.press('Tab');
  await expect.poll(() => focusedLabel(page)).toBe('opens an email');
  await page.keyboard.press('Enter');
  const summary = page.getByTestId('rule-summary');
  await expect(summary).toHaveText(/^opens any email/);

  // The trigger's type: an arrow key shows the next type but changes nothing until Enter.
  const type = inspector.getByRole('combobox', { name: 'When the person' });
  await type.focus();
  await page.keyboard.press('ArrowDown');
  await expect(type).toHaveValue('clicksEmail');
  await expect(summary).toHaveText(/^opens any email/);
  await page.keyboard.press('Escape');
  await expect(type).toHaveValue('opensEmail');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(summary).toHaveText(/^clicks a link in any email/);
  await expect.poll(() => focusedLabel(page)).toBe('When the person');

  // "Any email of Early", by keyboard: the next option after "Any email".
  const email = inspector.getByRole('combobox', { name: 'Email' });
  await email.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(summary).toHaveText(/^clicks a link in any email of Early/);
  await expect.poll(() => focusedLabel(page)).toBe('Email');
  await expect(page.locator('.edge-label', { hasText: 'any email of Early' })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  const rule = (await stored(page, id))!.program.streams[1]!.transitions!.find(
    (r) => r.id === 't1',
  );
  expect(rule?.triggers).toEqual([
    { type: 'clicksEmail', content: 'E1', ofStream: 'S1' },
    { type: 'clicksEmail', content: 'E2', ofStream: 'S1' },
    { type: 'clicksEmail', content: 'E3', ofStream: 'S1' },
  ]);
  expect(errors).toEqual([]);
});

test('a rule drawn between lanes asks for a trigger, is flagged, saved, and left out of the export', async ({
  page,
}) => {
  const id = await open(page);
  const handle = (await page
    .locator('[data-testid="lane-S1"] .react-flow__handle-right')
    .boundingBox())!;
  const target = (await page.getByTestId('lane-S2').boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + 60, { steps: 20 });
  await page.mouse.up();

  await expect(page.getByRole('region', { name: 'This rule has no trigger yet' })).toBeVisible();
  await expect(page.locator('.edge-label', { hasText: 'no trigger yet' })).toBeVisible();
  const problems = page.getByRole('region', { name: 'Problems' });
  await problems.getByRole('button', { name: /^Problems/ }).click();
  await expect(problems).toContainText('Rule t1 has no trigger yet, so it never fires.');

  // Saved as it is (nothing lost), and still a draft after a reload.
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  expect((await stored(page, id))!.program.streams[1]!.transitions!.map((r) => r.id)).toEqual([
    't-demo',
    't1',
  ]);
  await page.reload();
  await expect(page.getByTestId('lane-S1')).toBeVisible();
  await expect(page.locator('.edge-label', { hasText: 'no trigger yet' })).toBeVisible();

  // The exported file is valid: the draft is left out, and the editor says so.
  const download = page.waitForEvent('download');
  await page.getByRole('toolbar').getByRole('button', { name: 'Share and export' }).click();
  await page.getByRole('menuitem', { name: 'Program file (JSON)' }).click();
  const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as Scenario;
  expect(file.program.streams[1]!.transitions!.map((r) => r.id)).toEqual(['t-demo']);
  await expect(page.getByRole('status').filter({ hasText: 'Exported without rule' })).toHaveText(
    'Exported without rule t1 into Late: it has no trigger yet, and a rule in a file needs one.',
  );
});

test('Activate all turns a stream on in one step', async ({ page }) => {
  const inactive = structuredClone(example);
  for (const s of inactive.program.streams)
    s.content = s.content!.map((c) => ({ ...c, active: false }));
  await open(page, inactive);
  await expect(page.getByTestId('card-S1-E1')).toContainText('Inactive');
  await page.getByTestId('lane-S1').locator('.lane__grip').click();
  const inspector = inspectorOf(page);
  await inspector.getByRole('button', { name: 'Activate all' }).click();
  await expect(inspector).toContainText('Active: 3 of 3.');
  for (const card of ['E1', 'E2', 'E3'])
    await expect(page.getByTestId(`card-S1-${card}`)).not.toContainText('Inactive');
  await expect(page.getByTestId('card-S2-E4')).toContainText('Inactive');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('card-S1-E1')).toContainText('Inactive');
});

test('several cards selected: deactivate, move and delete them, one undo step each', async ({
  page,
}) => {
  await open(page);
  await page.getByTestId('card-S1-E1').click();
  await page.getByTestId('card-S1-E3').click({ modifiers: ['Shift'] });
  const inspector = inspectorOf(page);
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText('Selection');
  await expect(page.getByTestId('selection-summary')).toHaveText('Selected: 2 cards.');

  await inspector.getByRole('button', { name: 'Deactivate' }).click();
  await expect(page.getByTestId('card-S1-E1')).toContainText('Inactive');
  await expect(page.getByTestId('card-S1-E3')).toContainText('Inactive');
  await expect(page.getByTestId('card-S1-E2')).not.toContainText('Inactive');

  // Move both to Late with the keyboard: the list waits for Enter.
  const move = inspector.getByRole('combobox', { name: 'Move cards to stream' });
  await move.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('card-S1-E1')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('card-S2-E1')).toBeVisible();
  await expect(page.getByTestId('card-S2-E3')).toBeVisible();
  await expect(page.getByTestId('card-S1-E1')).toHaveCount(0);
  await expect.poll(() => focusedLabel(page)).toBe('Move cards to stream');

  await inspector.getByRole('button', { name: 'Delete selection' }).click();
  await expect(page.getByTestId('card-S2-E1')).toHaveCount(0);
  await expect(page.getByTestId('card-S2-E3')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('card-S2-E1')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('card-S1-E1')).toBeVisible();
});
