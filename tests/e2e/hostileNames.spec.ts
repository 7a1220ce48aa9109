// Names are user input: a right-to-left override, 100,000 characters or markup in a program,
// stream or content name is shown as text, cannot reorder what follows it, and never makes its
// row, lane, title or table larger than its place.
import { expect, test, type Page } from '@playwright/test';
import type { Scenario } from '../../src/model';
import type {} from '../../src/app/testApi';
import { previewProgram } from '../fixtures/previewProgram';

const SPOOF = 'Invoice\u202Efdp.exe'; // shows as "Invoiceexe.pdf" where not isolated
const LONG = 'W'.repeat(100_000);
const MARKUP = '<img src=x onerror=alert(1)>';
const FSI = '\u2068';
const PDI = '\u2069';

function named(program: string, streams: [string, string], firstItem: string): Scenario {
  const doc = previewProgram(30);
  doc.program.name = program;
  const [early, late] = doc.program.streams;
  early!.name = streams[0];
  late!.name = streams[1];
  early!.content![0]!.name = firstItem;
  return doc;
}

/** Whatever must not happen: a script run from a name, an alert, an error. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  return problems;
}

const create = (page: Page, doc: Scenario) =>
  page.evaluate((d) => window.__lanecast!.createProgram(d), doc as never);

/** The page never scrolls sideways. */
const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

const box = async (page: Page, selector: string) =>
  (await page.locator(selector).first().boundingBox())!;

test('the library shows hostile names as text, isolated, within their rows', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/');
  for (const name of [SPOOF, LONG, MARKUP]) await create(page, named(name, ['A', 'B'], 'E'));
  await page.reload();

  const titles = page.locator('.program-row__title bdi.name');
  await expect(titles).toHaveCount(3);
  expect((await titles.allTextContents()).sort()).toEqual([SPOOF, LONG, MARKUP].sort());
  expect(
    await titles.evaluateAll((all) => all.map((e) => getComputedStyle(e).unicodeBidi)),
  ).toEqual(['isolate', 'isolate', 'isolate']);
  await expect(page.locator('img')).toHaveCount(0);

  // 100,000 characters: two lines at most, the whole name in the tooltip.
  const long = titles.filter({ hasText: 'WWWW' });
  expect((await long.boundingBox())!.height).toBeLessThan(60);
  await long.hover();
  expect(await long.getAttribute('title')).toBe(LONG);
  expect(await noSidewaysScroll(page)).toBe(true);

  // In a sentence the name is isolated too, and a long one keeps the message small.
  await page.locator('.program-row').filter({ hasText: 'Invoice' }).getByText('Delete').click();
  await expect(page.locator('.toast__text')).toHaveText(`Deleted ${FSI}${SPOOF}${PDI}`);
  await page.locator('.program-row').filter({ hasText: 'WWWW' }).getByText('Delete').click();
  await expect(page.locator('.toast__text')).toContainText('Deleted WWWW');
  expect((await box(page, '.toast')).height).toBeLessThan(120);
  expect(await noSidewaysScroll(page)).toBe(true);
  expect(problems).toEqual([]);
});

test('the editor, the calendar and the report keep hostile names in their places', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const problems = watch(page);
  await page.goto('/');
  const id = await create(page, named(LONG, [SPOOF, LONG], MARKUP));
  await page.goto(`/#/program/${id}`);
  await expect(page.getByTestId('lane-early')).toBeVisible();

  // The title: one line.
  const title = page.locator('.toolbar__title');
  await expect(title.locator('bdi.name')).toHaveText(LONG);
  expect((await title.boundingBox())!.height).toBeLessThan(40);

  // Lanes and cards: the names isolated, the lanes as wide as with any name.
  await expect(page.getByTestId('lane-early').locator('bdi.lane__name')).toHaveText(SPOOF);
  const late = page.getByTestId('lane-late');
  await expect(late.locator('bdi.lane__name')).toHaveText(LONG);
  const widths = await Promise.all(
    ['lane-early', 'lane-late', 'lane-hold'].map(async (lane) =>
      Math.round((await page.getByTestId(lane).boundingBox())!.width),
    ),
  );
  expect(new Set(widths).size).toBe(1);
  const card = page.getByTestId('card-early-E1').locator('bdi.card__name');
  await expect(card).toHaveText(MARKUP);
  await expect(page.locator('img')).toHaveCount(0);

  // The calendar's stream names stay in their column; the report's in two lines.
  await expect(page.locator('.run-status__text')).toHaveText(/people simulated/, {
    timeout: 30_000,
  });
  const names = page.locator('.cal-name');
  await expect(names.first()).toBeVisible();
  const column = await names.evaluateAll((all) =>
    all.map((e) => Math.round(e.getBoundingClientRect().width)),
  );
  expect(new Set(column).size).toBe(1);
  expect(await noSidewaysScroll(page)).toBe(true);
  await page.getByRole('tab', { name: 'Report' }).click();
  const stream = page.locator('.report-stream__name bdi.name').filter({ hasText: 'WWWW' });
  await expect(stream).toBeVisible({ timeout: 60_000 });
  // (The report's table may be wider than the page: it scrolls in its own box.)
  const { width, height } = (await stream.boundingBox())!;
  expect(height).toBeLessThan(60);
  expect(width).toBeLessThan(700);
  await expect(page.locator('.report-item__name bdi.name').first()).toHaveText(MARKUP);
  expect(problems).toEqual([]);
});
