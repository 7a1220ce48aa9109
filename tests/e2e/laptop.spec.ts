// The editor on a 1280x720 laptop screen, in each language: the preview's tabs all show (none
// scrolled out of sight), its context row (cursor, stream filter, status, period) is one line,
// and the view under them keeps room for several rows.
import { expect, test } from '@playwright/test';
import type {} from '../../src/app/testApi';
import { previewProgram } from '../fixtures/previewProgram';

test.use({ viewport: { width: 1280, height: 720 } });

for (const locale of ['en-US', 'de-DE', 'fr-FR']) {
  test(`the preview is comfortable at 1280x720 (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto('/');
    const id = await page.evaluate((d) => window.__lanecast!.createProgram(d), previewProgram(30));
    await page.goto(`/#/program/${id}`);
    await expect(page.locator('.run-status__text')).toContainText('33');
    // A card selected: the stream filter chip joins the context row.
    // (Clicked again if the first click lands while the canvas is still fitting the view: this test
    // is about room, not selection, which tests/e2e/editor.spec.ts covers.)
    await expect(async () => {
      await page.getByTestId('card-early-E1').click();
      await expect(page.locator('.filter-chip')).toBeVisible({ timeout: 1000 });
    }).toPass();
    const box = await page.evaluate(() => {
      const tabs = document.querySelector('[role=tablist]')!;
      const row = document.querySelector('.preview__context')!.getBoundingClientRect();
      const body = document.querySelector('.preview-body')!.getBoundingClientRect();
      return {
        hiddenTabs: tabs.scrollWidth - tabs.clientWidth,
        row: row.height,
        body: body.height,
        page: document.documentElement.scrollHeight - window.innerHeight,
      };
    });
    expect(box.hiddenTabs).toBeLessThanOrEqual(0);
    expect(box.row).toBeLessThan(48); // one line of controls
    expect(box.body).toBeGreaterThanOrEqual(200);
    expect(box.page).toBeLessThanOrEqual(0); // the editor fits the window: no page scroll
    await page.screenshot({ path: `test-results/laptop-${locale}.png` });
    await context.close();
  });
}
