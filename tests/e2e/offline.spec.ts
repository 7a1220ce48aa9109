// Offline: after one visit the service worker has every file, so the app loads and works with the
// network off; a new version is offered and applied only when the user asks, in each tab.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type {} from '../../src/app/testApi';
import { previewProgram } from '../fixtures/previewProgram';

// The service worker is what is tested here (every other spec blocks it).
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has cached the build and controls the page. */
async function untilControlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

test('after one visit, the library, the editor, the preview, its workers and the charts work offline', async ({
  page,
  context,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  const id = await page.evaluate((doc) => window.__lanecast!.createProgram(doc), previewProgram());
  await untilControlled(page);

  await context.setOffline(true);
  await page.reload();
  // The network is really off: a request the service worker does not know fails.
  expect(
    await page.evaluate(() =>
      fetch('/not-cached.json').then(
        () => 'ok',
        () => 'failed',
      ),
    ),
  ).toBe('failed');
  const row = page.getByRole('row', { name: /Preview fixture/ });
  await expect(row).toBeVisible();

  // The editor and the preview load lazily, the simulation runs in its workers.
  await row.getByRole('link', { name: 'Open Preview fixture' }).click();
  await expect(page).toHaveURL(new RegExp(`#/program/${id}$`));
  await expect(page.getByTestId('lane-early')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'people simulated' })).toContainText(
    'people simulated',
    { timeout: 30_000 },
  );

  // An edit is saved offline (IndexedDB needs no network).
  // The lane's cadence line: the name row may lie under a rule arriving from another lane.
  await page.getByTestId('lane-late').locator('.lane__cadence').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByLabel('Name').fill('Late offline');
  await expect(page.getByTestId('lane-late')).toContainText('Late offline');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');

  // The charts are a chunk of their own.
  await page.getByRole('tab', { name: 'Charts' }).click();
  await expect(
    page
      .getByRole('region', { name: 'People per stream over time' })
      .locator('svg.recharts-surface'),
  ).toBeVisible({ timeout: 30_000 });

  // A reload of the editor itself, still offline, in German (a language not loaded yet).
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.getByRole('tab', { name: 'Diagramme' })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('lane-late')).toContainText('Late offline');
  await expect(page.getByRole('tab', { name: 'Diagramme' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a new version is offered in every open tab and applied only where Reload is chosen', async ({
  context,
}) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  await first.goto('/');
  await untilControlled(first);
  await second.goto('/');
  await untilControlled(second);
  // A mark that a reload would wipe out.
  for (const page of [first, second])
    await page.evaluate(() => ((window as { mark?: boolean }).mark = true));
  const marked = (page: Page) => page.evaluate(() => (window as { mark?: boolean }).mark === true);

  // A new version: the service worker's script changes on the server.
  const file = 'dist/sw.js';
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original}\n// next version\n`);
  try {
    await first.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    for (const page of [first, second]) {
      const banner = page.getByText('A new version is ready');
      await expect(banner).toBeVisible({ timeout: 15_000 });
    }
    // Offered, not forced: both pages are the ones loaded before.
    expect(await marked(first)).toBe(true);
    expect(await marked(second)).toBe(true);

    await first.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => marked(first).catch(() => true)).toBe(false);
    await expect(first.getByRole('heading', { name: 'Your programs' })).toBeVisible();
    await expect(first.getByRole('button', { name: 'Reload' })).toHaveCount(0);

    // The other tab was not reloaded under its user; it still offers the reload.
    expect(await marked(second)).toBe(true);
    await expect(second.getByRole('button', { name: 'Reload' })).toBeVisible();
    await second.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => marked(second).catch(() => true)).toBe(false);
  } finally {
    writeFileSync(file, original);
  }
});
