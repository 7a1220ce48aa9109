// The Content-Security-Policy of the built app (build/contentSecurityPolicy.ts): it is in force,
// and nothing the app does (library, import, export, editor, preview and its workers, charts and
// their downloads, the CSV worker, the service worker) breaks it.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type {} from '../../src/app/testApi';
import { CONTENT_SECURITY_POLICY } from '../../build/contentSecurityPolicy';
import { previewProgram } from '../fixtures/previewProgram';

// The service worker runs under the policy too.
test.use({ serviceWorkers: 'allow' });

const EX04 = '../shared/scenarios/ex04-transition-dedup.json';

/** Every policy violation the page sees, from the first script on, and every console error. */
async function watchPolicy(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { violations?: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.effectiveDirective} refused ${event.blockedURI || '(inline)'}` +
          ` (at ${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('worker', (worker) =>
    worker.on('console', (m) => m.type() === 'error' && errors.push(`worker: ${m.text()}`)),
  );
  // Each distinct one once: the meta tag and the header are two policies, each reports.
  const violations = async () => [
    ...new Set(await page.evaluate(() => (window as { violations?: string[] }).violations ?? [])),
  ];
  return { errors, violations };
}

test('the built page carries the policy, and it refuses what is not the app’s own', async ({
  page,
}) => {
  const { violations } = await watchPolicy(page);
  await page.goto('/');
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', CONTENT_SECURITY_POLICY);
  const response = await page.request.get('/');
  expect(response.headers()['content-security-policy']).toContain(CONTENT_SECURITY_POLICY);

  const refused = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.head.append(script);
    // (No eval check here: Playwright's evaluate is allowed eval whatever the policy says.)
    const elsewhere = await fetch('https://example.org/').then(
      () => 'fetched',
      () => 'refused',
    );
    return { inline: (window as { inlineRan?: boolean }).inlineRan === true, elsewhere };
  });
  expect(refused).toEqual({ inline: false, elsewhere: 'refused' });
  await expect
    .poll(violations)
    .toEqual([
      expect.stringMatching(/^script-src-elem refused inline /),
      expect.stringMatching(/^connect-src refused https:\/\/example\.org\/ /),
    ]);
});

test('library, import, export, editor, preview, charts and CSV import run without a violation', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { errors, violations } = await watchPolicy(page);
  await page.goto('/');

  // Import (the parser and the schemas load now) and export from the library.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import scenario' }).click();
  await (await chooser).setFiles(EX04);
  await expect(page.getByRole('rowheader', { name: 'Nurture-A' })).toBeVisible();
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Nurture-A as a file' }).click();
  expect(JSON.parse(readFileSync((await (await exported).path())!, 'utf8')).program.name).toBe(
    'Nurture-A',
  );

  // The editor (React Flow) and the preview with its simulation workers.
  const id = await page.evaluate((doc) => window.__lanecast!.createProgram(doc), previewProgram());
  await page.goto(`/#/program/${id}`);
  await expect(page.getByTestId('lane-early')).toBeVisible();
  await expect(page.locator('.run-status__text')).toHaveText(/people simulated/, {
    timeout: 30_000,
  });
  // The lane's cadence line: the name row may lie under a rule arriving from another lane.
  await page.getByTestId('lane-late').locator('.lane__cadence').click();
  await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name').fill('Later');
  await expect(page.getByTestId('lane-late')).toContainText('Later');

  // The charts and their downloads: the SVG keeps its look (styles written on a copy of the
  // chart), the PNG is drawn through an image of it.
  await page.getByRole('tab', { name: 'Charts' }).click();
  const flow = page.getByRole('region', { name: 'Flow of people between streams' });
  await expect(flow.locator('svg.recharts-surface')).toBeVisible({ timeout: 30_000 });
  const svg = page.waitForEvent('download');
  await flow.getByRole('button', { name: 'Download SVG' }).click();
  expect(readFileSync((await (await svg).path())!, 'utf8')).toMatch(/style="[^"]*fill:/);
  const png = page.waitForEvent('download');
  await flow.getByRole('button', { name: 'Download PNG' }).click();
  expect((await png).suggestedFilename()).toMatch(/\.png$/);

  // The CSV import worker.
  await page.getByRole('tab', { name: 'Audience' }).click();
  await page.getByTestId('audience-csv-file').setInputFiles({
    name: 'people.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('id;country\ndora;DE\n', 'utf8'),
  });
  await expect(page.getByRole('dialog', { name: 'Import people from people.csv' })).toBeVisible();

  // The service worker registered and took over under the same policy.
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});
