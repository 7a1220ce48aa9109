// The canvas as a new user meets it: where a dropped stream lands, edges that can be clicked where
// they cross a lane, drop markers, the focus and React Flow's words in the app's language.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type {} from '../../src/app/testApi';
import type { Scenario } from '../../src/model';

const example = JSON.parse(
  readFileSync('../shared/scenarios/ex04-transition-dedup.json', 'utf8'),
) as Scenario;
const [early, late] = example.program.streams;

/** Early alone: room on the canvas to drop a stream beside it. */
const oneLane: Scenario = { ...example, program: { ...example.program, streams: [early!] } };

/** A rule on "Next" pulling from Early, whose arrow crosses Late, standing between them. */
const crossing: Scenario = {
  ...example,
  program: {
    ...example.program,
    streams: [
      early!,
      { ...late!, transitions: [] },
      {
        id: 'S3',
        name: 'Next',
        content: [{ id: 'E6', type: 'email' }],
        transitions: [
          {
            id: 't-next',
            triggers: [{ type: 'fillsOutForm', form: 'F-next' }],
            filters: [{ type: 'inStream', stream: 'S1' }],
          },
        ],
      },
    ],
  },
  // Late stands higher than the others, so the arrow from Early's top right runs across it.
  ui: {
    lanes: { S1: { x: 0, y: 0 }, S2: { x: 320, y: -150 }, S3: { x: 640, y: 0 } },
    entry: { x: -420, y: -300 },
  },
} as Scenario;

async function open(page: Page, doc: Scenario): Promise<string> {
  await page.goto('/');
  const id = await page.evaluate((d) => window.__lanecast!.createProgram(d), doc);
  await page.goto(`/#/program/${id}`);
  await expect(page.getByTestId('lane-S1')).toBeVisible();
  return id;
}

const box = async (locator: Locator) => (await locator.boundingBox())!;
type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Drags a palette element and drops it at a point of the screen. */
async function dropFromPalette(page: Page, kind: string, at: { x: number; y: number }) {
  const canvas = await box(page.getByTestId('canvas'));
  await page.getByTestId(`palette-${kind}`).dragTo(page.getByTestId('canvas'), {
    targetPosition: { x: at.x - canvas.x, y: at.y - canvas.y },
  });
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test(`${size.width}x${size.height}: a stream lands where it is dropped, never under the mini map, the inspector or the entry`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await open(page, oneLane);
    const canvas = await box(page.getByTestId('canvas'));
    const inspector = await box(page.getByRole('complementary', { name: 'Inspector' }));
    const early = await box(page.getByTestId('lane-S1'));

    // On free canvas right of Early, level with its top (at 1280x720 the canvas above the docked
    // preview is short, and a lane is kept where its header shows): the new lane's
    // top-left corner is the drop point.
    const drop = { x: early.x + early.width + 40, y: early.y + 5 };
    await dropFromPalette(page, 'stream', drop);
    const added = await box(page.getByTestId('lane-S2'));
    expect(Math.abs(added.x - drop.x)).toBeLessThanOrEqual(3);
    expect(Math.abs(added.y - drop.y)).toBeLessThanOrEqual(3);
    expect(added.x + added.width).toBeLessThanOrEqual(inspector.x);

    // With the mini map shown, a stream dropped on it is placed clear of it, inside the canvas.
    await page.getByRole('button', { name: 'Mini map' }).click();
    const minimap = await box(page.getByRole('img', { name: 'Mini map' }));
    await dropFromPalette(page, 'stream', {
      x: minimap.x + minimap.width / 2,
      y: minimap.y + 10,
    });
    const clear = await box(page.getByTestId('lane-S3'));
    expect(overlap(clear, minimap)).toBe(false);
    expect(clear.x).toBeGreaterThanOrEqual(canvas.x);
    expect(clear.x + clear.width).toBeLessThanOrEqual(inspector.x);

    // Dropped on the program entry, it goes below it: the entry stays in view, with its arrow.
    const entry = await box(page.getByTestId('entry'));
    await dropFromPalette(page, 'stream', { x: entry.x + 10, y: entry.y + 10 });
    const below = await box(page.getByTestId('lane-S4'));
    expect(overlap(below, await box(page.getByTestId('entry')))).toBe(false);
    await expect(page.getByTestId('rf__edge-join')).toBeVisible();
    await page.screenshot({ path: `test-results/canvas-drop-${size.width}.png` });
  });
}

test('a rule arrow crossing a lane is drawn above it and selects when clicked there', async ({
  page,
}) => {
  await open(page, crossing);
  const edge = page.getByTestId('rf__edge-rule:S3:t-next:lane:S1');
  await expect(edge).toHaveAttribute('aria-label', /^Transition rule from Early into Next/);
  // The middle of the stretch of the arrow that lies over Late.
  const point = await page.evaluate(() => {
    const path = document.querySelector<SVGPathElement>(
      '[data-testid="rf__edge-rule:S3:t-next:lane:S1"] path.react-flow__edge-path',
    )!;
    const lane = document.querySelector('[data-testid="lane-S2"]')!.getBoundingClientRect();
    const canvas = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
    const length = path.getTotalLength();
    const matrix = path.getScreenCTM()!;
    const over: { x: number; y: number }[] = [];
    for (let i = 0; i <= 400; i++) {
      const p = path.getPointAtLength((length * i) / 400).matrixTransform(matrix);
      const inside = (r: DOMRect) =>
        p.x > r.left + 12 && p.x < r.right - 12 && p.y > r.top + 12 && p.y < r.bottom - 12;
      if (inside(lane) && inside(canvas)) over.push({ x: p.x, y: p.y });
    }
    return over[Math.floor(over.length / 2)] ?? null;
  });
  expect(point).not.toBeNull(); // the arrow does cross Late, in view
  await page.mouse.click(point!.x, point!.y);
  await expect(edge).toHaveClass(/selected/);
  await expect(page.getByTestId('lane-S2')).not.toHaveClass(/lane--selected/);
  // Its label shows its whole text while selected.
  const label = page.getByTestId('edge-label-rule:S3:t-next:lane:S1');
  await expect(label).toHaveClass(/edge-label--selected/);
  expect(await label.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
});

test('a drop marker shows where a dragged card will land, and it lands there', async ({ page }) => {
  await open(page, example);
  // A card dragged on the canvas: E1 over Late, between E4 and E5.
  const e1 = await box(page.getByTestId('card-S1-E1'));
  const e4 = await box(page.getByTestId('card-S2-E4'));
  const e5 = await box(page.getByTestId('card-S2-E5'));
  await page.mouse.move(e1.x + e1.width / 2, e1.y + e1.height / 2);
  await page.mouse.down();
  await page.mouse.move(e1.x + e1.width / 2 + 5, e1.y + e1.height / 2 + 5, { steps: 3 });
  await page.mouse.move(e5.x + e5.width / 2, e5.y + 4, { steps: 15 });
  const marker = page.getByTestId('drop-marker');
  await expect(marker).toBeVisible();
  await expect(marker).toContainText('Priority 3');
  const line = await box(marker);
  expect(line.y).toBeGreaterThanOrEqual(e4.y + e4.height - 2);
  expect(line.y + line.height).toBeLessThanOrEqual(e5.y + 2);
  expect(line.x).toBeGreaterThanOrEqual(e4.x - 2);
  await page.mouse.up();
  await expect(marker).toHaveCount(0);
  await expect
    .poll(() =>
      page.$$eval('[data-testid^="card-S2-"]', (cards) =>
        cards
          .map((c) => ({ id: c.dataset.testid!.slice(8), y: c.getBoundingClientRect().y }))
          .sort((a, b) => a.y - b.y)
          .map((c) => c.id),
      ),
    )
    .toEqual(['E2', 'E4', 'E1', 'E5']);

  // From the palette: an email held over Early's first card marks the top of the lane.
  const palette = await box(page.getByTestId('palette-email'));
  const first = await box(page.getByTestId('card-S1-E2'));
  await page.mouse.move(palette.x + 20, palette.y + palette.height / 2);
  await page.mouse.down();
  await page.mouse.move(first.x + first.width / 2, first.y + 10, { steps: 15 });
  // A browser repeats dragover while the pointer rests; the emulated drag needs one more move.
  await page.mouse.move(first.x + first.width / 2 + 2, first.y + 10);
  await expect(marker).toBeVisible();
  await expect(marker).toContainText('Priority 1');
  await page.mouse.up();
  await expect(marker).toHaveCount(0);
  await expect(page.getByTestId('card-S1-E6')).toBeVisible();
  const e6 = await box(page.getByTestId('card-S1-E6'));
  expect(e6.y).toBeLessThan((await box(page.getByTestId('card-S1-E2'))).y);
});

test('a program opens with the focus on the canvas; the header and toolbar line up; React Flow speaks German', async ({
  page,
}) => {
  await open(page, example);
  const canvas = page.getByRole('region', { name: 'Program canvas' });
  await expect(canvas).toBeFocused();
  // The arrow keys pan the focused canvas.
  const transform = () => page.locator('.react-flow__viewport').getAttribute('style');
  const before = await transform();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(transform).not.toBe(before);
  // Tab goes into the canvas: to its arrows, lanes and cards.
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() =>
      document.querySelector('[data-testid="canvas"]')!.contains(document.activeElement),
    ),
  ).toBe(true);

  const header = await box(page.locator('.app-header__inner'));
  const toolbar = await box(page.getByRole('toolbar'));
  const logo = await box(page.locator('.brand__logo'));
  const back = await box(page.getByRole('link', { name: /All programs/ }));
  const language = await box(page.getByRole('combobox', { name: 'Language' }));
  // The toolbar's last control (the Share and export menu) ends where the header's language menu does.
  const lastButton = await box(page.getByRole('toolbar').getByRole('button').last());
  expect(Math.abs(logo.x - back.x)).toBeLessThanOrEqual(1);
  expect(
    Math.abs(language.x + language.width - (lastButton.x + lastButton.width)),
  ).toBeLessThanOrEqual(1);
  expect(Math.abs(language.height - lastButton.height)).toBeLessThanOrEqual(1);
  expect(Math.abs(header.height - toolbar.height)).toBeLessThanOrEqual(2);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.getByRole('region', { name: 'Programm-Arbeitsfläche' })).toBeVisible();
  for (const name of ['Vergrößern', 'Verkleinern', 'Alles zeigen', 'Übersichtskarte'])
    await expect(page.getByRole('button', { name })).toBeVisible();
  await expect(page.getByTestId('rf__edge-rule:S2:t-demo:entry')).toHaveAttribute(
    'aria-label',
    /^Übergangsregel aus jedem Stream nach Late: /,
  );
  await expect(page.getByTestId('rf__edge-join')).toHaveAttribute(
    'aria-label',
    'Neue Mitglieder kommen in Early',
  );
  await page.getByRole('button', { name: 'Übersichtskarte' }).click();
  await expect(page.getByRole('img', { name: 'Übersichtskarte' })).toBeVisible();
});

test('the arrow keys move a selected lane for good, and a selected card up or down its lane', async ({
  page,
}) => {
  const id = await open(page, example);
  const stored = () => page.evaluate((p) => window.__lanecast!.storedProgram(p), id);
  const laneAt = async () =>
    ((await stored()) as { ui?: { lanes?: Record<string, { x: number; y: number }> } }).ui?.lanes
      ?.S2;
  const before = (await laneAt()) ?? { x: 320, y: 0 };
  await page.locator('.react-flow__node', { has: page.getByTestId('lane-S2') }).focus();
  await page.keyboard.press('Enter');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect.poll(laneAt).toEqual({ x: before.x, y: before.y + 15 });
  // One undo step for the burst of presses.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await laneAt())?.y ?? 0).toBe(before.y);

  await page.locator('.react-flow__node', { has: page.getByTestId('card-S1-E3') }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await expect
    .poll(async () => (await stored())?.program.streams[0]!.content!.map((c) => c.id))
    .toEqual(['E1', 'E3', 'E2']);
  await expect(page.getByTestId('card-S1-E3')).toHaveClass(/card--selected/);
});

test('state chips on cards are never cut in the middle of a word, in French either', async ({
  page,
}) => {
  const windowed: Scenario = {
    ...example,
    program: {
      ...example.program,
      streams: [
        {
          ...early!,
          content: [
            { id: 'E1', type: 'email', name: 'Bienvenue et présentation de l’offre' },
            {
              id: 'E2',
              type: 'email',
              active: false,
              activeFrom: '2030-03-15',
              activeThrough: '2030-04-30',
            },
          ],
        },
      ],
    },
  } as Scenario;
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('lanecast.language', 'fr'));
  await open(page, windowed);
  const chips = page.getByTestId('card-S1-E2').locator('.card__state');
  await expect(chips).toHaveText(['Inactif', '15 mars – 30 avr. 2030']);
  for (const chip of await chips.all()) {
    // Whole: its text fits its box, and the box is wholly shown or wholly left out.
    expect(await chip.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    const [shown, hidden] = await chip.evaluate((e) => {
      const r = e.getBoundingClientRect();
      const meta = e.closest('.card__meta')!.getBoundingClientRect();
      const inside =
        r.top >= meta.top &&
        r.bottom <= meta.bottom &&
        r.left >= meta.left &&
        r.right <= meta.right;
      return [inside, r.top >= meta.bottom];
    });
    expect(shown || hidden).toBe(true);
    expect(shown).toBe(true); // both fit: the window goes onto the card's second line
  }
  await expect(page.getByTestId('card-S1-E2').locator('.card__states')).toHaveAttribute(
    'title',
    'Inactif · 15 mars – 30 avr. 2030',
  );
});

test('drawn from the "program entry" handle, a rule sends new members to that stream', async ({
  page,
}) => {
  const id = await open(page, example);
  const handle = await box(page.locator('[data-testid="entry"] [data-handleid="join"]'));
  const late = await box(page.getByTestId('lane-S2'));
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(late.x + late.width / 2, late.y + 60, { steps: 15 });
  await page.mouse.up();
  await expect
    .poll(async () => {
      const stored = await page.evaluate((p) => window.__lanecast!.storedProgram(p), id);
      return stored?.program.streams[1]?.transitions?.map((r) => [r.triggers, r.filters]);
    })
    .toEqual([
      [[{ type: 'fillsOutForm', form: 'F-demo' }], undefined],
      [[{ type: 'addedToProgram' }], undefined],
    ]);
  await expect(
    page.locator('[aria-label^="Transition rule for new members into Late"]'),
  ).toHaveCount(1);
});
