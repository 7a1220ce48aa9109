// Building a program with the keyboard alone: no mouse call anywhere in this file. From the library
// to a program with two streams, content, a cadence, a rule between the streams and a reordered
// stream, then the preview's calendar read cell by cell.
import { expect, test, type Locator, type Page } from '@playwright/test';
import type {} from '../../src/app/testApi';

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, back = false, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const focused = await target.evaluate((el) => el === document.activeElement).catch(() => false);
    if (focused) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${String(target)} is not reachable with ${back ? 'Shift+' : ''}Tab`);
}

const stored = (page: Page) =>
  page.evaluate(async () => {
    const id = decodeURIComponent(location.hash.split('/').pop()!);
    return (await window.__lanecast!.storedProgram(id))!;
  });

test('a program built with the keyboard only, and its preview read with it', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');

  // The library: a new program, named in its dialog.
  await tabTo(page, page.getByRole('button', { name: 'New program' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New program' });
  await expect(dialog.getByLabel('Program name')).toBeFocused();
  await page.keyboard.type('Keyboard nurture');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard nurture' })).toBeVisible();

  const palette = page.getByRole('complementary', { name: 'Add' });
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const rename = async (name: string) => {
    await tabTo(page, inspector.getByLabel('Name', { exact: true }));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(name);
  };

  // New content starts inactive (R8): switch it on.
  const activate = async () => {
    await tabTo(page, inspector.getByRole('checkbox', { name: 'Active' }));
    await page.keyboard.press('Space');
    await expect(inspector.getByRole('checkbox', { name: 'Active' })).toBeChecked();
  };

  // A stream from the palette, named and given a weekly cadence on Tuesdays.
  await tabTo(page, palette.getByRole('button', { name: 'Stream' }));
  await page.keyboard.press('Enter');
  await expect(inspector.getByRole('heading', { name: 'Stream', exact: true })).toBeVisible();
  await rename('Early');
  await tabTo(page, inspector.getByLabel('Repeats'));
  await page.keyboard.type('Weekly'); // type-ahead shows the option, Enter chooses it
  await page.keyboard.press('Enter');
  await tabTo(page, inspector.getByRole('checkbox', { name: 'Tuesday' }));
  if (!(await inspector.getByRole('checkbox', { name: 'Tuesday' }).isChecked()))
    await page.keyboard.press('Space');
  await expect(page.locator('.lane', { hasText: 'Early' })).toContainText('Every week on');

  // Two emails into it: each lands after the one just added.
  await tabTo(page, palette.getByRole('button', { name: 'Email' }), true);
  await page.keyboard.press('Enter');
  await expect(inspector.getByRole('heading', { name: 'Email', exact: true })).toBeVisible();
  await rename('Welcome');
  await activate();
  await tabTo(page, palette.getByRole('button', { name: 'Email' }), true);
  await page.keyboard.press('Enter');
  await rename('Tips');
  await activate();

  // A second stream, and a rule pulling people into it from Early.
  await tabTo(page, palette.getByRole('button', { name: 'Stream' }), true);
  await page.keyboard.press('Enter');
  await rename('Late');
  await tabTo(page, inspector.getByLabel('Add a rule that pulls people here from'));
  await page.keyboard.type('Early');
  await page.keyboard.press('Enter');
  await expect(inspector.getByRole('heading', { name: 'Transition rule' })).toBeVisible();

  // Tips, focused on the canvas and selected with Enter, moves with Alt+arrows, the focus
  // following: into the lane on the right and back (to the end), then above Welcome.
  const tips = page.locator('.react-flow__node-card', { hasText: 'Tips' });
  await tabTo(page, tips, true);
  await page.keyboard.press('Enter');
  await expect(inspector.getByLabel('Name', { exact: true })).toHaveValue('Tips');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(inspector).toContainText('Only in Late.');
  await expect(tips).toBeFocused();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(inspector).toContainText('Priority 2 of 2');
  await expect(tips).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(inspector).toContainText('Priority 1 of 2');
  await expect(tips).toBeFocused();

  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  const doc = await stored(page);
  const [early, late] = doc.program.streams;
  expect(early!.name).toBe('Early');
  expect(early!.cadence).toMatchObject({
    type: 'weekly',
    weekdays: expect.arrayContaining(['tue']),
  });
  expect(early!.content!.map((c) => [c.name, c.active])).toEqual([
    ['Tips', true],
    ['Welcome', true],
  ]);
  expect(late!.name).toBe('Late');
  expect(late!.transitions).toHaveLength(1);

  // The preview: the calendar tab, then a cell of Early's first cast, read and opened.
  await tabTo(page, page.getByRole('tab', { name: 'Cast calendar' }));
  const calendar = page.getByRole('grid', { name: /Cast calendar/ });
  const cell = calendar.getByRole('row', { name: /Early/ }).getByRole('button', { name: /sent/ });
  await tabTo(page, cell.first());
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: /^Early · / });
  await expect(details).toBeVisible();
  await expect(details.getByRole('listitem').filter({ hasText: 'Tips' }).first()).toBeVisible();
  // A lane selected with Enter and nudged with the arrows keeps its new place.
  const lanePlace = async () => {
    const { ui } = (await stored(page)) as { ui?: { lanes?: Record<string, { y: number }> } };
    return ui?.lanes?.[late!.id]?.y;
  };
  const lateLane = page.locator('.react-flow__node-lane', { hasText: 'Late' });
  const before = await lanePlace();
  await tabTo(page, lateLane, true);
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(lanePlace).toBe(before! + 10);
  expect(errors).toEqual([]);
});
