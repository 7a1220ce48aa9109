// Hostile files in the import dialog, in German: a 10,000-deep array, a 50 MB string, a file with
// a problem per person, next to a valid file without program id, which is imported.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const EX04 = JSON.parse(readFileSync('../shared/scenarios/ex04-transition-dedup.json', 'utf8'));

const dir = mkdtempSync(join(tmpdir(), 'lanecast-import-'));
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

test('lists short, translated problems for hostile files and imports the valid one', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => localStorage.setItem('lanecast.language', 'de'));
  await page.goto('/');

  const crowd = {
    ...EX04,
    people: Array.from({ length: 150 }, (_, i) => ({ id: `p${i}`, timeZone: 'Mars/Olympus' })),
    events: [],
  };
  const program = { ...EX04.program, id: undefined }; // JSON.stringify leaves it out
  const files = [
    file('deep.json', `{"format": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`),
    file(
      'huge.json',
      JSON.stringify({ ...EX04, program: { ...program, timeZone: 'x'.repeat(50_000_000) } }),
    ),
    file('crowd.json', JSON.stringify(crowd)),
    file('ohne-id.json', JSON.stringify({ ...EX04, program: { ...program, name: 'Ohne ID' } })),
  ];
  await page
    .getByLabel('Szenario importieren', { exact: true })
    .and(page.locator('input'))
    .setInputFiles(files);

  const dialog = page.getByRole('dialog', { name: 'Nicht importiert' });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole('region', { name: 'deep.json' }).getByRole('listitem')).toHaveText([
    'format[0][0][0][0][0][0][0]…[0][0][0][0]: die Datei ist 10.001 Ebenen tief verschachtelt; erlaubt sind höchstens 64 Ebenen',
  ]);
  await expect(dialog.getByRole('region', { name: 'huge.json' }).getByRole('listitem')).toHaveText([
    `program.timeZone: erwartet: ein IANA-Zeitzonenname wie Europe/Berlin, gefunden: "${'x'.repeat(40)}…"`,
  ]);
  const many = dialog.getByRole('region', { name: 'crowd.json' });
  await expect(many.getByRole('heading')).toContainText('150 Probleme');
  await expect(many.getByRole('listitem')).toHaveCount(100);
  await expect(many.getByRole('listitem').first()).toHaveText(
    'people[0].timeZone: erwartet: ein IANA-Zeitzonenname wie Europe/Berlin, gefunden: "Mars/Olympus"',
  );
  await expect(many.getByText('50 weitere Probleme')).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'ohne-id.json' })).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await expect(page.getByRole('rowheader', { name: 'Ohne ID', exact: true })).toBeVisible();
  await expect(page.getByRole('rowheader')).toHaveCount(1);
  expect(errors).toEqual([]);
});
