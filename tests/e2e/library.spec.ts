// The program library in a real browser: import by file chooser and by dropping a file on the
// window, a broken file's problem list, a taken name numbered "Name (2)", a file storage refuses,
// rename, duplicate, export, delete with undo, and create.
// Each test starts with an empty IndexedDB (a fresh browser context).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { formatProblem, parseScenarioText } from '../../src/model';

const EX04_PATH = '../shared/scenarios/ex04-transition-dedup.json';
const EX04 = readFileSync(EX04_PATH, 'utf8');

/** Nurture-A with four mistakes: a zone, a weekday, an empty id and a move to no stream. */
function brokenText(): string {
  const doc = JSON.parse(EX04);
  doc.program.name = 'Broken';
  doc.program.timeZone = 'Mars/Olympus_Mons';
  doc.program.streams[0].cadence.weekdays = ['tues'];
  doc.program.streams[1].id = '';
  doc.program.batchMoves = [{ id: 'b1', from: 'S1', to: 'S9', time: '07:00' }];
  return JSON.stringify(doc, null, 2);
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const row = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

async function importEx04(page: Page) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import scenario' }).click();
  await (await chooser).setFiles(EX04_PATH);
  await expect(row(page, 'Nurture-A')).toBeVisible();
}

test('imports a scenario with the file chooser; it is listed and survives a reload', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'No programs yet' })).toBeVisible();
  await importEx04(page);

  await expect(row(page, 'Nurture-A').getByRole('cell').first()).toHaveText('2');
  await expect(page.getByRole('status')).toContainText('Imported Nurture-A');
  await expect(page).toHaveURL(/\/(#\/)?$/); // stays in the library
  await page.screenshot({ path: 'test-results/library-list.png', fullPage: true });

  await page.reload();
  await expect(row(page, 'Nurture-A')).toBeVisible();
  await expect(page.getByRole('rowheader')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('a broken file lists every problem with its path and changes nothing', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await importEx04(page);
  const text = brokenText();
  const parsed = parseScenarioText(text);
  if (parsed.ok) throw new Error('the broken fixture parsed');
  const expected = parsed.problems.map(formatProblem);
  expect(expected.length).toBeGreaterThanOrEqual(4);

  await page
    .getByLabel('Import scenario', { exact: true })
    .and(page.locator('input'))
    .setInputFiles({
      name: 'broken.lanecast.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });

  const dialog = page.getByRole('dialog', { name: 'Not imported' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: /broken\.lanecast\.json/ })).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText(expected);
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.screenshot({ path: 'test-results/library-problems.png' });

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('rowheader')).toHaveText(['Nurture-A']);
  await page.reload();
  await expect(page.getByRole('rowheader')).toHaveText(['Nurture-A']);
  expect(errors).toEqual([]);
});

test('a name already in the library is imported as "Name (2)", then "Name (3)"', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await importEx04(page);
  for (const name of ['Nurture-A (2)', 'Nurture-A (3)']) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import scenario' }).click();
    await (await chooser).setFiles(EX04_PATH);
    await expect(row(page, name)).toBeVisible();
    await expect(page.getByRole('status')).toContainText(`Imported ${name}`);
  }
  await page.reload();
  await expect(page.getByRole('rowheader')).toHaveText([
    'Nurture-A (3)',
    'Nurture-A (2)',
    'Nurture-A',
  ]);
  expect(errors).toEqual([]);
});

test('a file storage refuses is named in the import dialog, and nothing stored changes', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await importEx04(page);
  // From now on the browser refuses to store programs, as it does when its storage is full.
  await page.evaluate(() => {
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args) {
      if (this.name === 'programs')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    };
  });
  await page
    .getByLabel('Import scenario', { exact: true })
    .and(page.locator('input'))
    .setInputFiles({
      name: 'campaign.json',
      mimeType: 'application/json',
      buffer: Buffer.from(EX04),
    });

  const dialog = page.getByRole('dialog', { name: 'Not imported' });
  const file = dialog.getByRole('region', { name: 'campaign.json' });
  await expect(file.getByRole('listitem')).toHaveText(
    'not stored, because browser storage is full (export and delete programs you no longer need, then import the file again)',
  );
  await expect(page.getByText(/Something went wrong/)).toHaveCount(0);
  await page.screenshot({ path: 'test-results/library-storage-failure.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('rowheader')).toHaveText(['Nurture-A']);
  await page.reload();
  await expect(page.getByRole('rowheader')).toHaveText(['Nurture-A']);
  expect(errors).toEqual([]);
});

test('dropping a file anywhere on the window imports it', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'No programs yet' })).toBeVisible();

  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'ex04.json', { type: 'application/json' }));
    return transfer;
  }, EX04);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await expect(page.getByText('Drop to import')).toBeVisible();
  await page.screenshot({ path: 'test-results/library-drop.png' });

  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByText('Drop to import')).toBeHidden();
  await expect(row(page, 'Nurture-A').getByRole('cell').first()).toHaveText('2');
  expect(errors).toEqual([]);
});

test('rename, duplicate, export, delete and undo', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await importEx04(page);

  // Rename inline: Escape cancels, Enter saves.
  await page.getByRole('button', { name: 'Rename Nurture-A' }).click();
  const field = page.getByRole('textbox', { name: 'New name for Nurture-A' });
  await expect(field).toBeFocused();
  await field.fill('Discarded');
  await page.keyboard.press('Escape');
  await expect(row(page, 'Nurture-A')).toBeVisible();
  await page.getByRole('button', { name: 'Rename Nurture-A' }).click();
  await field.fill('Welcome series');
  await page.screenshot({ path: 'test-results/library-rename.png' });
  await page.keyboard.press('Enter');
  await expect(row(page, 'Welcome series')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rename Welcome series' })).toBeFocused();

  await page.getByRole('button', { name: 'Duplicate Welcome series' }).click();
  await expect(row(page, 'Copy of Welcome series').getByRole('cell').first()).toHaveText('2');
  await expect(page.getByRole('rowheader')).toHaveCount(2);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Welcome series as a file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Welcome-series.lanecast.json');
  const exported = readFileSync(await file.path(), 'utf8');
  expect(exported).toContain('\n  "program": {');
  expect(JSON.parse(exported).program.name).toBe('Welcome series');

  await page.getByRole('button', { name: 'Delete Welcome series' }).click();
  await expect(row(page, 'Welcome series')).toHaveCount(0);
  const status = page.getByRole('status');
  await expect(status).toContainText('Deleted Welcome series');
  await page.screenshot({ path: 'test-results/library-toast.png' });
  await status.getByRole('button', { name: 'Undo' }).click();
  await expect(row(page, 'Welcome series')).toBeVisible();
  await expect(status).toContainText('Restored Welcome series');

  await page.reload();
  await expect(page.getByRole('rowheader')).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('New program asks for a name, then opens the editor; keyboard only', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  const button = page.getByRole('button', { name: 'New program' });
  await button.focus();
  await page.keyboard.press('Enter');
  const name = page.getByRole('dialog', { name: 'New program' }).getByRole('textbox');
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('Untitled program');
  await page.screenshot({ path: 'test-results/library-new.png' });
  await page.keyboard.type('Spring launch'); // replaces the selected default
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/program\/[^/]+$/);

  await page.goto('/#/');
  await expect(row(page, 'Spring launch').getByRole('cell').first()).toHaveText('0');
  expect(errors).toEqual([]);
});

test('German, dark and narrow screens (screenshots)', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await importEx04(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByRole('button', { name: 'Nurture-A duplizieren' }).click();
  await expect(row(page, 'Kopie von Nurture-A')).toBeVisible();
  await page.screenshot({ path: 'test-results/library-de.png', fullPage: true });

  await page.getByRole('button', { name: 'Nurture-A löschen', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Nurture-A gelöscht');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/library-dark.png', fullPage: true });

  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('status').getByRole('button', { name: 'Rückgängig' }).click();
  await expect(page.getByRole('rowheader')).toHaveCount(2);
  await page.setViewportSize({ width: 390, height: 800 });
  await page.screenshot({ path: 'test-results/library-narrow.png', fullPage: true });
  expect(errors).toEqual([]);
});
