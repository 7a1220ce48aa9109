import { expect, test, type Locator, type Page } from '@playwright/test';
import type {} from '../../src/app/testApi';
import { previewProgram } from '../fixtures/previewProgram';

// The preview fixture: ann joins Early (weekly on Tuesdays) on 1 Mar, is paused 7-20 Mar, and gets
// E2 at the 25 Mar cast; nobody else in Early is ever paused.
const calendar = (page: Page) =>
  page.getByRole('grid', { name: 'Cast calendar: streams by cast dates' });

/** Opens the Early row's cell of the cast on `date` ("Mar 25") and returns its details. */
async function castDetails(page: Page, date: string) {
  await page.getByRole('tab', { name: 'Cast calendar' }).click();
  // The grid's columns carry their place (aria-colindex): the date's column, in Early's row.
  const header = calendar(page).getByRole('columnheader', { name: date, exact: true });
  const column = await header.getAttribute('aria-colindex');
  expect(column).not.toBeNull();
  await calendar(page)
    .getByRole('row', { name: /Early/ })
    .locator(`[role="gridcell"][aria-colindex="${column}"] button`)
    .click();
  return page.getByRole('region', { name: new RegExp(`^Early · \\w+, ${date}, 2025$`) });
}

/** The "Members after the cast" list of a cell's details: receiving, paused, exhausted. */
const members = (details: Locator) => details.locator('h4:text-is("Members after the cast") + ul');

test('pause a person in the script and see them paused at the casts after that date', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  const id = await page.evaluate((doc) => window.__lanecast!.createProgram(doc), previewProgram());
  await page.goto(`/#/program/${id}`);
  await expect(page.getByText('303 people simulated')).toBeVisible({ timeout: 30_000 });

  // Before: at 25 Mar nobody in Early is paused; at 18 Mar ann is (her first pause).
  let details = await castDetails(page, 'Mar 25');
  await expect(members(details)).not.toContainText('paused');
  details = await castDetails(page, 'Mar 18');
  await expect(members(details)).toContainText('1 paused');

  // The Script tab: pause ann from 24 Mar, noon.
  await page.getByRole('tab', { name: 'Script' }).click();
  await page.getByRole('button', { name: 'Add an event' }).click();
  const form = page.getByRole('region', { name: 'New event' });
  await form.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Pause' });
  await form.getByRole('textbox', { name: 'Date' }).fill('03/24/2025');
  await form.getByRole('textbox', { name: 'Time' }).fill('12:00'); // leaving Date commits it
  await form.getByRole('combobox', { name: 'Person' }).fill('ann');
  await form.getByRole('button', { name: 'Add the event' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added: Pause, ann' })).toBeVisible();
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: 'Mon, Mar 24, 2025, 12:00' })
      .filter({ hasText: 'ann' }),
  ).toHaveAttribute('aria-current', 'true');

  // The casts after that date hold ann back; the one before is as it was.
  details = await castDetails(page, 'Mar 25');
  await expect(members(details)).toContainText('1 paused', { timeout: 30_000 });
  details = await castDetails(page, 'Apr 1');
  await expect(members(details)).toContainText('1 paused');
  details = await castDetails(page, 'Mar 18');
  await expect(members(details)).toContainText('1 paused');

  // Undo (focus is on a calendar cell, not in a field): ann receives again on 25 Mar.
  details = await castDetails(page, 'Mar 25');
  await page.keyboard.press('Control+z');
  await expect(members(details)).not.toContainText('paused', { timeout: 30_000 });
  await page.getByRole('tab', { name: 'Script' }).click();
  await expect(page.getByText('7 events')).toBeVisible();
  expect(errors).toEqual([]);
});
