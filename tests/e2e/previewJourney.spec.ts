// The Journey view in the built app: open Cara's journey in ex04, read why E2 was skipped on 20 Mar
// and what moved her to Late, then pause her from 21 Mar and see her later casts paused.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type {} from '../../src/app/testApi';

const example = JSON.parse(readFileSync('../shared/scenarios/ex04-transition-dedup.json', 'utf8'));

test('open a journey and read an explanation', async ({ page }) => {
  await page.goto('/');
  const id = await page.evaluate((doc) => window.__lanecast!.createProgram(doc), example);
  await page.goto(`/#/program/${id}`);
  await page.getByRole('tab', { name: 'Journey' }).click();
  const journey = page.getByRole('region', { name: 'Journey of one person' });

  await journey.getByRole('combobox', { name: 'Person' }).fill('cara');
  await journey.getByRole('button', { name: 'Open journey' }).click();
  await expect(journey.getByText('Times in America/New_York')).toBeVisible();

  // The date cursor moved elsewhere (the preview's cursor control) brings its date into view.
  await page.getByRole('textbox', { name: 'Date cursor' }).fill('04/24/2025');
  await page.getByRole('textbox', { name: 'Date cursor' }).press('Enter');
  await expect(journey.getByRole('button', { name: 'Thu, Apr 24, 2025' })).toBeInViewport();
  await expect(journey.getByRole('button', { name: 'Thu, Apr 24, 2025' })).toHaveAttribute(
    'aria-current',
    'date',
  );

  // Intl writes "9:00 AM" with a narrow no-break space: \s matches it.
  await journey.getByRole('button', { name: /^Mar 20, 2025, 9:00\sAM · Late · got E4/ }).click();
  await expect(journey.getByText('E2: skipped, already received on Mar 11 in Early')).toBeVisible();
  await expect(
    journey.getByText('because cara filled out form F-demo (rule t-demo into Late)'),
  ).toBeVisible();

  await journey.getByLabel('Date', { exact: true }).fill('03/21/2025');
  await journey.getByLabel('Date', { exact: true }).press('Enter');
  await journey.getByRole('button', { name: 'Pause cara from Mar 21' }).click();
  await expect(
    journey.getByRole('button', {
      name: /^Mar 27, 2025, 9:00\sAM · Late · paused: receives nothing/,
    }),
  ).toBeVisible();
  await expect(
    journey.getByRole('button', {
      name: /^Apr 3, 2025, 9:00\sAM · Late · paused: receives nothing/,
    }),
  ).toBeAttached();
  // The cast before the pause is as it was.
  await expect(
    journey.getByRole('button', { name: /^Mar 20, 2025, 9:00\sAM · Late · got E4/ }),
  ).toBeVisible();
});
