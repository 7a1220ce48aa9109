// The Audience tab end to end: a CSV with one bad row imported through the mapping dialog; the bad
// row is listed by line and reason, the good people land in the table and in the stored program,
// and the preview simulates them.
import { expect, test } from '@playwright/test';
import type {} from '../../src/app/testApi';
import { previewProgram } from '../fixtures/previewProgram';

const CSV = [
  '\uFEFFE-Mail;Zeitzone;Abgemeldet;Punkte;Programme',
  'dora@example.com;Europe/Paris;nein;42;P1',
  'eve@example.com;Mars/Olympus;ja;7;', // line 3: an unknown zone
  '"fay@example.com";;ja;0042;',
].join('\r\n');

test('import people from a CSV: the bad row is named, the good ones are saved and simulated', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/');
  const id = await page.evaluate(
    (doc) => window.__lanecast!.createProgram(doc),
    previewProgram(30),
  );
  await page.goto(`/#/program/${id}`);
  const status = page.locator('.run-status__text');
  // 3 listed people and a cohort of 30.
  await expect(status).toHaveText('33 people simulated', { timeout: 30_000 });

  await page.getByRole('tab', { name: 'Audience' }).click();
  const people = page.getByRole('region', { name: 'People in the file' });
  await expect(people.getByRole('textbox', { name: 'Id of ann' })).toBeVisible();
  await page.getByTestId('audience-csv-file').setInputFiles({
    name: 'people.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV, 'utf8'),
  });

  const dialog = page.getByRole('dialog', { name: 'Import people from people.csv' });
  await expect(
    dialog.getByText('3 rows and 5 columns found, separated by semicolons.'),
  ).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Import column E-Mail as' })).toHaveValue('id');
  await expect(dialog.getByRole('combobox', { name: 'Import column Programme as' })).toHaveValue(
    'programs',
  );
  await expect(dialog.getByText('2 rows are ready to import.')).toBeVisible();
  await expect(dialog.getByText('1 row cannot be imported:')).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Rows that cannot be imported' })).toHaveText(
    'Line 3 (eve@example.com): “Mars/Olympus” is not a known time zone',
  );
  await page.screenshot({ path: 'test-results/audience-import-en.png' });
  await dialog.getByRole('button', { name: 'Import 2 people' }).click();
  await expect(dialog).toBeHidden();

  await expect(people.getByText('5 people')).toBeVisible();
  await expect(people.getByRole('textbox', { name: 'Id of dora@example.com' })).toBeVisible();
  await expect(people.getByRole('textbox', { name: 'Punkte of fay@example.com' })).toHaveValue(
    '0042',
  );
  await expect(people.getByRole('textbox', { name: 'Id of eve@example.com' })).toHaveCount(0);

  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  const stored = await page.evaluate(
    (programId) => window.__lanecast!.storedProgram(programId),
    id,
  );
  expect(stored!.people!.slice(3)).toEqual([
    {
      id: 'dora@example.com',
      timeZone: 'Europe/Paris',
      attributes: { Punkte: 42 },
      programs: ['P1'],
    },
    { id: 'fay@example.com', attributes: { Punkte: '0042' }, unsubscribed: true },
  ]);
  await expect(status).toHaveText('35 people simulated', { timeout: 30_000 });
  await page.screenshot({ path: 'test-results/audience-table-en.png' });
  expect(errors).toEqual([]);
});
