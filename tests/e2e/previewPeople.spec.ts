import { expect, test, type Page } from '@playwright/test';
// Brings the `window.__lanecast` declaration into this file's program.
import type {} from '../../src/app/testApi';
import { previewProgram } from '../fixtures/previewProgram';

/** The preview fixture with 2,000 generated people, opened in the editor on the People tab. */
async function openPeople(page: Page) {
  await page.goto('/');
  const id = await page.evaluate(
    (doc) => window.__lanecast!.createProgram(doc),
    previewProgram(2000),
  );
  await page.goto(`/#/program/${id}`);
  await page.getByRole('tab', { name: 'People' }).click();
  await expect(page.getByRole('status').filter({ hasText: /people$/ })).toHaveText('2,003 people', {
    timeout: 30_000,
  });
  return page.getByRole('grid', { name: 'People by cast dates' });
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement!;
    return {
      role: el.getAttribute('role'),
      label: el.getAttribute('aria-label'),
      row: el.closest('[role="row"]')?.getAttribute('aria-rowindex'),
      col: el.getAttribute('aria-colindex'),
    };
  });

test('people by cast dates: filter by stream and id, walk the cells, open a journey', async ({
  page,
}) => {
  const grid = await openPeople(page);
  await expect(grid).toHaveAttribute('aria-rowcount', '2004');
  const ann = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^ann,/ }) });
  await expect(
    ann.getByRole('gridcell', { name: /^Tue, Mar 4, 2025: Early: got E1/ }),
  ).toBeVisible();
  await expect(
    ann.getByRole('gridcell', { name: 'Tue, Mar 11, 2025: Early: paused, nothing sent' }),
  ).toContainText('paused');

  // Ever in Late: the stream filter is the canvas selection.
  await page.getByRole('combobox', { name: 'Ever in' }).selectOption({ label: 'Late' });
  const status = page.locator('.people__status [role="status"]');
  await expect(status).toHaveText(/^[\d,]+ of 2,003 people$/);
  await expect(grid.getByRole('rowheader', { name: /^ben,/ })).toHaveCount(0);
  await expect(grid.getByRole('rowheader', { name: /^cara,/ })).toBeVisible();

  // And by id: "lead-1" matches lead-1, lead-10..., those of them ever in Late.
  await page.getByRole('searchbox', { name: 'Id' }).fill('LEAD-1');
  await expect(status).toHaveText(/^[\d,]+ of 2,003 people$/);
  await expect(grid.getByRole('rowheader').first()).toHaveAttribute(
    'aria-label',
    /^lead-1\d*, cohort lead$/,
  );
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(status).toHaveText('2,003 people');

  // The keyboard: arrows move the focused cell, PageDown scrolls with it, Enter opens a journey.
  await ann.getByRole('gridcell').first().click();
  expect(await focused(page)).toMatchObject({ role: 'gridcell', row: '2', col: '2' });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toMatchObject({ row: '3', col: '3', label: /^Wed, Mar 5, 2025:/ });
  await expect(page.locator('.people-grid__focus')).toHaveText(/^ben · Wed, Mar 5, 2025:/);
  for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown');
  const far = await focused(page);
  expect(far.role).toBe('gridcell');
  expect(Number(far.row)).toBeGreaterThan(3 + 5); // a page is the rows in view, more than one
  await expect(page.locator(':focus')).toBeInViewport();

  // Scrolled away with the wheel, the focused cell stays rendered and focused.
  const scroller = page.locator('.people-grid__scroll');
  await scroller.hover();
  await page.mouse.wheel(0, 3000);
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(2000);
  expect(await focused(page)).toEqual(far);
  await page.keyboard.press('ArrowUp');
  expect(await focused(page)).toMatchObject({ row: String(Number(far.row) - 1) });
  await expect(page.locator(':focus')).toBeInViewport();

  // Enter opens that person's journey; back on People, the grid is where it was.
  const person = (await page.locator('.people-grid__focus').textContent())!.split(' · ')[0]!;
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tabpanel')).toHaveAttribute('id', 'preview-panel-journey');
  await expect(grid).toHaveCount(0);
  await page.getByRole('tab', { name: 'People' }).click();
  await expect(
    page.getByRole('rowheader', { name: `${person}, cohort lead, journey open` }),
  ).toBeInViewport();

  // From the top: ben's name, Enter, and his journey is the one open.
  await page.getByRole('columnheader', { name: 'Person' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toMatchObject({ role: 'rowheader', label: /^ben,/ });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tabpanel')).toHaveAttribute('id', 'preview-panel-journey');
  await page.getByRole('tab', { name: 'People' }).click();
  await expect(
    page.getByRole('rowheader', { name: 'ben, listed in the file, journey open' }),
  ).toBeVisible();
});
