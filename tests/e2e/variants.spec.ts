// What-if variants: make one in the library, reorder a card in it, compare it with its original
// (totals and differing casts checked against the command line's records for both stored files),
// and the notice after an edit that says whom it changes among people already in flight, with Undo.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type {} from '../../src/app/testApi';
import type { Scenario } from '../../src/model';
import { contrastProblems } from './a11yContrast';

/**
 * Early (Tuesdays: E1, E2, E3) and Late (Thursdays: E4); filling out the form moves people to
 * Late. Four people join on different days; cara fills out the form on 12 March.
 */
const nurture = {
  format: 'lanecast' as const,
  version: 1,
  program: {
    id: 'nurture',
    name: 'Nurture',
    timeZone: 'UTC',
    streams: [
      {
        id: 'S1',
        name: 'Early',
        cadence: {
          type: 'weekly',
          firstCast: '2025-03-04',
          time: '09:00',
          every: 1,
          weekdays: ['tue'],
        },
        content: [
          { id: 'E1', type: 'email' },
          { id: 'E2', type: 'email' },
          { id: 'E3', type: 'email' },
        ],
      },
      {
        id: 'S2',
        name: 'Late',
        cadence: {
          type: 'weekly',
          firstCast: '2025-03-06',
          time: '09:00',
          every: 1,
          weekdays: ['thu'],
        },
        content: [{ id: 'E4', type: 'email' }],
        transitions: [{ id: 'demo', triggers: [{ type: 'fillsOutForm', form: 'F1' }] }],
      },
    ],
  },
  people: [{ id: 'ann' }, { id: 'bob' }, { id: 'cara' }, { id: 'dan' }],
  events: [
    { at: '2025-03-01T08:00', type: 'add', person: 'ann' },
    { at: '2025-03-02T08:00', type: 'add', person: 'bob' },
    { at: '2025-03-05T08:00', type: 'add', person: 'cara' },
    { at: '2025-03-12T08:00', type: 'fillsOutForm', person: 'cara', form: 'F1' },
    { at: '2025-03-13T08:00', type: 'add', person: 'dan' },
  ],
  simulation: { from: '2025-03-01', until: '2025-04-15', seed: 1 },
} as Scenario;

interface Row {
  type: string;
  at: string;
  person: string;
  stream?: string;
  content?: string;
  from?: string | null;
  to?: string;
}

const folder = mkdtempSync(join(tmpdir(), 'lanecast-variants-'));

/** The command line's records for a stored document. */
function simulate(doc: Scenario, name: string): Row[] {
  const file = join(folder, `${name}.json`);
  writeFileSync(file, JSON.stringify(doc));
  return execFileSync(process.execPath, ['scripts/simulate.mjs', file], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Row);
}

/** What each person got on each date (UTC is the program zone), from the records. */
function gotByDate(records: Row[]): Map<string, string[]> {
  const got = new Map<string, string[]>();
  for (const r of records)
    if (r.type === 'send') {
      const key = `${r.person}|${r.at.slice(0, 10)}`;
      got.set(key, [...(got.get(key) ?? []), r.content!].sort());
    }
  return got;
}

const date = (iso: string) =>
  new Intl.DateTimeFormat('en', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(`${iso}T00:00:00Z`));

/** Rows (who, date, A gave, B gives) of the casts A and B give differently, A's order. */
function differing(a: Row[], b: Row[]): string[][] {
  const ga = gotByDate(a);
  const gb = gotByDate(b);
  const order = ['ann', 'bob', 'cara', 'dan'];
  const keys = [...new Set([...ga.keys(), ...gb.keys()])].filter(
    (k) => (ga.get(k) ?? []).join() !== (gb.get(k) ?? []).join(),
  );
  keys.sort((x, y) => {
    const [px, dx] = x.split('|') as [string, string];
    const [py, dy] = y.split('|') as [string, string];
    return order.indexOf(px) - order.indexOf(py) || dx.localeCompare(dy);
  });
  return keys.map((k) => {
    const [person, day] = k.split('|') as [string, string];
    const named = (ids: string[] | undefined) => (ids?.length ? ids.join(', ') : 'nothing');
    return [person, date(day), named(ga.get(k)), named(gb.get(k))];
  });
}

/** No axe violation and no text below AA contrast in `selector`. */
async function accessible(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(await contrastProblems(page, `${selector} *`)).toEqual([]);
}

const count = (records: Row[], type: string) => records.filter((r) => r.type === type).length;

const cardOrder = async (page: Page, lane: string) =>
  page.$$eval(`[data-testid^="card-${lane}-"]`, (cards) =>
    cards
      .map((c) => ({
        id: c.getAttribute('data-testid')!.split('-').pop()!,
        y: c.getBoundingClientRect().y,
      }))
      .sort((x, y) => x.y - y.y)
      .map((c) => c.id),
  );

/** Moves E3 above E2 in Early with the keyboard (the inspector's "Move up"). */
async function reorderE3(page: Page) {
  await page.locator('.react-flow__node', { has: page.getByTestId('card-S1-E3') }).focus();
  await page.keyboard.press('Enter');
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector).toContainText('Priority 3 of 3');
  await inspector.getByRole('button', { name: 'Move up' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => cardOrder(page, 'S1')).toEqual(['E1', 'E3', 'E2']);
}

test('make a variant, reorder a card in it and compare it with the original', async ({ page }) => {
  await page.goto('/');
  const originalId = await page.evaluate((doc) => window.__lanecast!.createProgram(doc), nurture);
  await page.reload(); // the library lists what was stored
  await page.getByRole('button', { name: 'Make a what-if variant of Nurture' }).click();
  const row = page.getByRole('rowheader', { name: /^Nurture \(variant 1\)/ });
  await expect(row).toContainText('variant of Nurture');
  await page.getByRole('link', { name: 'Open Nurture (variant 1)' }).click();
  await expect(page.getByTestId('lane-S1')).toBeVisible();
  const variantId = page.url().split('/').pop()!;
  await expect.poll(() => page.evaluate(() => window.__lanecast!.preview.status)).toBe('ready');

  await reorderE3(page);
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');

  await page.getByRole('tab', { name: 'Compare' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Compare' });
  await panel.getByLabel('Compare with').selectOption({ label: 'Nurture' });
  const summary = panel.getByTestId('compare-summary');
  await expect(summary).toBeVisible();
  await expect(panel).toContainText('A is this program, Nurture (variant 1); B is Nurture.');

  // The command line on both stored files: A is the variant, B the original.
  const [variant, original] = await page.evaluate(
    async (ids) => Promise.all(ids.map((id) => window.__lanecast!.storedProgram(id))),
    [variantId, originalId],
  );
  const a = simulate(variant!, 'variant');
  const b = simulate(original!, 'original');
  const rows = differing(a, b);
  const people = new Set(rows.map((r) => r[0])).size;
  expect(rows.length).toBeGreaterThan(0); // the reorder changes something
  await expect(summary).toHaveText(`${rows.length} casts differ, for ${people} of 4 people`);

  const totals = panel.getByRole('table', { name: 'Totals, A beside B' });
  const totalRow = async (label: string) =>
    (await totals.getByRole('row', { name: label }).getByRole('cell').allInnerTexts()).slice(0, 2);
  const sends = [count(a, 'send'), count(b, 'send')].map(String);
  expect(await totalRow('Sends')).toEqual(sends);
  expect(await totalRow('Deliveries')).toEqual(sends);
  const moves = (records: Row[]) =>
    String(records.filter((r) => r.type === 'move' && r.from === 'S1' && r.to === 'S2').length);
  expect(await totalRow('Moved Early → Late')).toEqual([moves(a), moves(b)]);

  const listed = await panel
    .locator('.compare-casts__scroller [role="row"]')
    .evaluateAll((els) =>
      els.map((el) => [...el.querySelectorAll('[role="cell"]')].map((c) => c.textContent ?? '')),
    );
  expect(listed).toEqual(rows);
  await accessible(page, '.compare');
  await page.emulateMedia({ colorScheme: 'dark' });
  await accessible(page, '.compare');

  // A variant made right here, from the variant: named after the same original, chosen as B.
  await panel.getByRole('button', { name: 'Make a variant of this program' }).click();
  await expect(panel.getByRole('link', { name: 'Open Nurture (variant 2)' })).toBeVisible();
  await expect(panel.getByLabel('Compare with')).toHaveValue(/.+/);
  await expect(panel.getByLabel('Compare with').locator('option:checked')).toHaveText(
    'Nurture (variant 2)',
  );
  // It copies the variant as it is now (E3 before E2), and links to the original.
  await expect(summary).toHaveText('Everyone gets the same casts in A and B.');
  await page.getByRole('link', { name: 'All programs' }).click();
  await expect(page.getByRole('rowheader', { name: /^Nurture \(variant 2\)/ })).toContainText(
    'variant of Nurture',
  );
});

test('an edit says whom it changes among people already in flight, and Undo takes it back', async ({
  page,
}) => {
  await page.goto('/');
  const id = await page.evaluate((doc) => window.__lanecast!.createProgram(doc), nurture);
  await page.goto(`/#/program/${id}`);
  await expect(page.getByTestId('lane-S1')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__lanecast!.preview.status)).toBe('ready');
  // The cursor on 12 March: ann, bob and cara joined before it, dan after.
  const cursor = page.getByRole('group', { name: 'Date cursor' }).getByLabel('Date cursor');
  await cursor.fill('2025-03-12');
  await cursor.press('Enter');

  await reorderE3(page);
  const notice = page.getByTestId('in-flight-notice');
  // E3 before E2: ann and bob get E3 on 11 March instead of E2; cara (in Late from the 12th)
  // had E1 on the 11th and nothing of E2 or E3 after, so she is unaffected.
  await expect(notice).toContainText(
    'This change affects 2 of 3 people already in the program (joined before Mar 12, 2025).',
  );
  // Who and how, folded at first so the notice leaves the canvas in view.
  const who = notice.getByText('ann: on Mar 11, 2025, E3 instead of E2');
  await expect(who).toBeHidden();
  await notice.getByText('Who and how').click();
  await expect(who).toBeVisible();
  await expect(notice).toContainText('bob: on Mar 11, 2025, E3 instead of E2');
  await accessible(page, '.in-flight');
  await notice.getByRole('button', { name: 'Undo this change' }).click();
  await expect(notice).toBeHidden();
  await expect(page.getByRole('button', { name: 'Redo' })).toBeFocused();
  await expect.poll(() => cardOrder(page, 'S1')).toEqual(['E1', 'E2', 'E3']);
});
