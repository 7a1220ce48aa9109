// axe-core on every screen and dialog, in light and dark colour schemes and in German: no
// violation of any impact. Each screen is scanned where a user would see it; expect.soft lets one
// run name every violation of every screen at once.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type {} from '../../src/app/testApi';
import { previewProgram } from '../fixtures/previewProgram';
import { contrastProblems } from './a11yContrast';
import { previewWords, words, type Words } from './a11yWords';

const EX04 = readFileSync('../shared/scenarios/ex04-transition-dedup.json', 'utf8');

/** A screen's violations, one line each: rule, impact and the first few elements. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} | ${v.nodes
        .slice(0, 4)
        .map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
        .join(' || ')}`,
  );
}

async function scan(page: Page, screen: string) {
  // Let transitions and the first paint of lazy views settle before reading colours.
  await page.waitForTimeout(250);
  expect.soft(await violations(page), screen).toEqual([]);
  expect.soft(await contrastProblems(page, 'body *'), `${screen}: contrast`).toEqual([]);
}

async function openProgram(page: Page, doc: object): Promise<void> {
  await page.goto('/');
  const id = await page.evaluate((d) => window.__lanecast!.createProgram(d as never), doc);
  await page.goto(`/#/program/${id}`);
  await expect(page.locator('.react-flow__node-lane').first()).toBeVisible();
}

const VARIANTS = [
  { name: 'light, English', colorScheme: 'light', locale: 'en-US' },
  { name: 'dark, English', colorScheme: 'dark', locale: 'en-US' },
  { name: 'light, German', colorScheme: 'light', locale: 'de-DE' },
] as const;

for (const variant of VARIANTS) {
  test.describe(variant.name, () => {
    // A scan of a full editor takes seconds on a shared machine; a walk holds a dozen of them.
    test.describe.configure({ timeout: 240_000 });
    test.use({ colorScheme: variant.colorScheme, locale: variant.locale });
    const language = variant.locale.slice(0, 2) as 'en' | 'de';
    const w: Words = words(language);
    const ws = previewWords(language);

    test('library, new program and import problems', async ({ page }) => {
      await page.goto('/');
      await expect(
        page.getByRole('heading', { level: 2, name: w.library.empty.title }),
      ).toBeVisible();
      await scan(page, 'empty library');

      await page.getByRole('button', { name: w.library.new }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await scan(page, 'new program dialog');
      await page.keyboard.press('Escape');

      await page.evaluate((d) => window.__lanecast!.createProgram(d as never), JSON.parse(EX04));
      await page.reload();
      await expect(page.getByRole('rowheader').first()).toBeVisible();
      await scan(page, 'library with programs');

      const broken = JSON.parse(EX04);
      broken.program.timeZone = 'Mars/Olympus_Mons';
      await page.getByTestId('import-input').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(broken)),
      });
      await expect(page.getByRole('dialog')).toBeVisible();
      await scan(page, 'import problems dialog');
    });

    test('editor: every inspector, problems, history and shortcuts', async ({ page }) => {
      const doc = previewProgram(30) as ReturnType<typeof previewProgram> & { ui?: unknown };
      // Content switched off and a window that is over: cards set back, with their badges.
      doc.program.streams[0]!.content![3]!.active = false;
      doc.program.streams[1]!.content![2]!.activeThrough = '2025-01-01';
      doc.ui = { notes: [{ id: 'n1', x: 700, y: -180, text: 'Check the subject lines' }] };
      await openProgram(page, doc);
      const inspector = page.getByRole('complementary', { name: w.inspector.label });
      const showing = (title: string) =>
        expect(inspector.getByRole('heading', { level: 2 })).toHaveText(title);
      await showing(w.inspector.title.program);
      await scan(page, 'editor and program inspector');
      await page.locator('.problems__toggle').click();
      await expect(page.locator('.problems__toggle')).toHaveAttribute('aria-expanded', 'true');
      await scan(page, 'problems panel open');

      // The cadence line: the name row may lie under a rule arriving from another lane.
      await page.getByTestId('lane-late').locator('.lane__cadence').click();
      await showing(w.inspector.title.stream);
      await scan(page, 'stream inspector');
      await page.getByTestId('card-early-P1').click();
      await showing(w.inspector.title.programItem);
      await scan(page, 'item inspector');
      await page.locator('.react-flow__edge-rule').first().focus();
      await page.keyboard.press('Enter');
      await showing(w.inspector.title.rule);
      await scan(page, 'rule inspector');
      await page.locator('.react-flow__edge-batch').first().focus();
      await page.keyboard.press('Enter');
      await showing(w.inspector.title.batch);
      await scan(page, 'batch inspector');
      await page.getByTestId('note-n1').click();
      await scan(page, 'note selected');

      await page.getByRole('button', { name: w.history.open }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await scan(page, 'history panel');
      await page.keyboard.press('Escape');

      await page.locator('.react-flow__pane').click();
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog')).toBeVisible();
      await scan(page, 'shortcuts dialog');
    });

    test('preview: every tab and dialog', async ({ page }) => {
      await openProgram(page, previewProgram(30));
      const tab = (name: string) =>
        page.getByRole('tablist').getByRole('tab', { name, exact: true });
      await expect(page.locator('.run-status__text')).toContainText('33');
      await scan(page, 'calendar');
      await page.locator('.cal-cell').first().click();
      await scan(page, 'calendar cell with its people');
      await page.locator('.settings-disclosure__button').click();
      await scan(page, 'simulated period and seed');
      await page.locator('.settings-disclosure__button').click();
      for (const view of ['people', 'charts', 'forecast', 'report', 'script'] as const) {
        await tab(w.preview.tabs[view]).click();
        await expect(page.getByRole('tabpanel')).toBeVisible();
        await scan(page, `${view} tab`);
      }
      await page.getByRole('tabpanel').getByRole('button', { name: ws.script.add }).click();
      await expect(page.locator('.script-editor__form')).toBeVisible();
      await scan(page, 'script event form');
      await tab(w.preview.tabs.journey).click();
      await page.locator('.journey__person').first().click();
      await expect(page.locator('.journey__person')).toHaveCount(0);
      await scan(page, 'journey tab');

      await tab(w.preview.tabs.audience).click();
      await scan(page, 'audience tab');
      await page.locator('.cohorts__toggle').first().click();
      await scan(page, 'cohort form');
      await page.getByTestId('audience-csv-file').setInputFiles({
        name: 'people.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'email;Zeitzone\ndora@example.com;Europe/Paris\neve@example.com;Mars/X',
        ),
      });
      await expect(page.getByRole('dialog')).toBeVisible();
      await scan(page, 'CSV import dialog');
    });
  });
}

/** What is focused, and whether it shows it: an outline of 2px or more, or a focus-coloured ring. */
async function focusState(page: Page): Promise<{ what: string; shown: boolean } | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const focus = getComputedStyle(document.documentElement).getPropertyValue('--color-focus');
    const probe = document.createElement('span');
    probe.style.color = focus;
    document.body.append(probe);
    const focusRgb = getComputedStyle(probe).color;
    probe.remove();
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow.includes(focusRgb) || style.backgroundColor === focusRgb;
    const path = el.querySelector('.react-flow__edge-path');
    const edge = path !== null && getComputedStyle(path).stroke === focusRgb;
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? el.tagName;
    return {
      what: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${name}"`,
      shown: outline || ring || edge,
    };
  });
}

/** Tabs through the page (at most `limit` stops) and names every stop that hides its focus. */
async function hiddenFocus(page: Page, limit: number): Promise<string[]> {
  const hidden: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    if (state === null) break;
    if (seen.has(state.what)) continue;
    seen.add(state.what);
    if (!state.shown) hidden.push(state.what);
  }
  return hidden;
}

test('every tab stop shows its focus: library and editor with the preview', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.evaluate((d) => window.__lanecast!.createProgram(d as never), JSON.parse(EX04));
  await page.reload();
  await expect(page.getByRole('rowheader').first()).toBeVisible();
  expect.soft(await hiddenFocus(page, 40), 'library').toEqual([]);

  await openProgram(page, previewProgram(30));
  await expect(page.locator('.run-status__text')).toContainText('33');
  expect.soft(await hiddenFocus(page, 150), 'editor').toEqual([]);
});
