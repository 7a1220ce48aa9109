// Bookmarks in the built app: save the moment (date cursor, person followed, view), move the
// cursor and change the view, reload, and restore it in one click: all three come back.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type {} from '../../src/app/testApi';

const example = JSON.parse(readFileSync('../shared/scenarios/ex04-transition-dedup.json', 'utf8'));

test('save a bookmark, move on, reload, restore it', async ({ page }) => {
  await page.goto('/');
  const id = await page.evaluate((doc) => window.__lanecast!.createProgram(doc), example);
  await page.goto(`/#/program/${id}`);
  const cursor = page.getByRole('textbox', { name: 'Date cursor' });
  await cursor.fill('03/20/2025');
  await cursor.press('Enter');
  await page.getByRole('tab', { name: 'Journey' }).click();
  const journey = page.getByRole('region', { name: 'Journey of one person' });
  await journey.getByRole('combobox', { name: 'Person' }).fill('cara');
  await journey.getByRole('button', { name: 'Open journey' }).click();
  await expect(journey.getByText('Journey of cara')).toBeVisible();

  const menu = page.getByRole('button', { name: /^Bookmarks/ });
  await menu.click();
  await page.getByRole('button', { name: 'Save this moment' }).click();
  await expect(
    page.getByRole('button', { name: 'Thu, Mar 20, 2025 · cara', exact: true }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeFocused();

  await cursor.fill('04/24/2025');
  await cursor.press('Enter');
  await page.getByRole('tab', { name: 'Cast calendar' }).click();
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Cast calendar' })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  await page.getByRole('button', { name: /^Bookmarks/ }).click();
  await page.getByRole('button', { name: 'Thu, Mar 20, 2025 · cara', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Journey' })).toHaveAttribute('aria-selected', 'true');
  await expect(
    page.getByRole('region', { name: 'Journey of one person' }).getByText('Journey of cara'),
  ).toBeVisible();
  await expect(cursor).toHaveValue('03/20/2025');
});
