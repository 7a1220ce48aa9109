// Starter programs: opened from the empty library or from "New program", each is a new program of
// the user's own with its lanes, notes and a preview that shows people at once; the counts on the
// lanes are the command line's for the same file.
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import type {} from '../../src/app/testApi';

interface Row {
  type: string;
  at: string;
  person: string;
  to?: string;
}

/** The command line's records for a template file. */
const simulate = (file: string): Row[] =>
  execFileSync(process.execPath, ['scripts/simulate.mjs', file], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Row);

/** Members per stream at the end of `day` in New York (EST, UTC-5 in January), from the records. */
function membersAt(records: Row[], day: string): Map<string, number> {
  const end = new Date(Date.parse(`${day}T00:00:00Z`) + (24 + 5) * 3_600_000)
    .toISOString()
    .slice(0, 19);
  const where = new Map<string, string | null>();
  for (const r of records) {
    if (r.at.slice(0, 19) >= end) break;
    if (r.type === 'move') where.set(r.person, r.to!);
    if (r.type === 'remove') where.set(r.person, null);
  }
  const counts = new Map<string, number>();
  for (const stream of where.values())
    if (stream !== null) counts.set(stream, (counts.get(stream) ?? 0) + 1);
  return counts;
}

const laneCount = async (page: Page, stream: string) => {
  const text = await page.getByTestId(`lane-preview-${stream}`).locator('span').first().innerText();
  return Number(text.replace(/[^\d]/g, ''));
};

test('a template opened from the empty library shows its lanes, notes and the command line’s counts', async ({
  page,
}) => {
  await page.goto('/');
  const gallery = page.getByRole('region', { name: 'Or start from a template' });
  await gallery.getByRole('button', { name: 'Lifecycle program' }).click();
  await expect(page).toHaveURL(/#\/program\//);
  for (const lane of ['early', 'mid', 'late', 'customer'])
    await expect(page.getByTestId(`lane-${lane}`)).toBeAttached();
  await expect(page.getByTestId('note-n1').getByRole('textbox')).toHaveValue(
    /^Everyone starts in Early/,
  );
  await expect(page.getByTestId('note-n4').getByRole('textbox')).toHaveValue(/customer/);
  await expect(page.getByRole('status').filter({ hasText: 'people simulated' })).toHaveText(
    '304 people simulated',
  );

  // The cursor opens at the first cast; three steps: Jan 6, Jan 7, Jan 12.
  const records = simulate('templates/lifecycle.json');
  const cursor = page.getByRole('group', { name: 'Date cursor' });
  for (const day of ['2027-01-05', '2027-01-06', '2027-01-07', '2027-01-12']) {
    if (day !== '2027-01-05') await cursor.getByRole('button', { name: 'Next cast' }).click();
    const expected = membersAt(records, day);
    for (const stream of ['early', 'mid', 'late', 'customer'])
      await expect
        .poll(() => laneCount(page, stream), { message: `${stream} on ${day}` })
        .toBe(expected.get(stream) ?? 0);
  }
  expect(membersAt(records, '2027-01-12').get('early')).toBeGreaterThan(100);
});

test('New program from a template with a name of one’s own survives a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New program' }).click();
  const dialog = page.getByRole('dialog', { name: 'New program' });
  await dialog.getByRole('radio', { name: 'The rule book’s worked example' }).check();
  const name = dialog.getByRole('textbox', { name: 'Program name' });
  await expect(name).toHaveValue('The rule book’s worked example');
  await name.fill('Workshop in March');
  await dialog.getByRole('button', { name: 'Create and open' }).click();

  await expect(page).toHaveURL(/#\/program\//);
  const check = async () => {
    await expect(page.getByRole('heading', { name: 'Workshop in March' })).toBeVisible();
    await expect(page.getByTestId('lane-S1')).toBeAttached();
    await expect(page.getByTestId('lane-S2')).toBeAttached();
    await expect(page.getByTestId('note-n3').getByRole('textbox')).toHaveValue(/^Cara fills out/);
    await expect(page.getByRole('status').filter({ hasText: 'people simulated' })).toHaveText(
      '7 people simulated',
    );
    await expect(page.getByTestId('lane-preview-S1')).toContainText('7 people');
  };
  await check();
  await page.reload();
  await check();

  await page.getByRole('link', { name: 'All programs' }).click();
  await expect(page.getByRole('rowheader', { name: 'Workshop in March' })).toBeVisible();
});

test('in German the picker and the new program’s notes speak German', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('lanecast.language', 'de'));
  await page.goto('/');
  await page
    .getByRole('region', { name: 'Oder mit einer Vorlage beginnen' })
    .getByRole('button', { name: 'Ein Stream je Sprache' })
    .click();
  await expect(page.getByTestId('note-n3').getByRole('textbox')).toHaveValue(
    /^Ändert sich die Sprache/,
  );
  await expect(page.getByRole('heading', { name: 'Ein Stream je Sprache' })).toBeVisible();
});
