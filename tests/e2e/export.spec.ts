// Share and export: the toolbar's menu by keyboard; the canvas as PNG (a real image of the size
// chosen, not blank, with the rule arrows drawn) and as SVG (with the arrows' paths); the build
// sheet's Markdown with every stream and rule; the printable handout's sections.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type {} from '../../src/app/testApi';
import type { Scenario } from '../../src/model';
import { contrastProblems } from './a11yContrast';

const lifecycle = JSON.parse(readFileSync('templates/lifecycle.json', 'utf8')) as Scenario;
/** The same program with its transition rules deleted: the canvas without rule arrows. */
const withoutRules: Scenario = {
  ...lifecycle,
  program: {
    ...lifecycle.program,
    streams: lifecycle.program.streams.map((s) => ({ ...s, transitions: [] })),
  },
};

async function open(page: Page, doc: Scenario) {
  await page.goto('/');
  const id = await page.evaluate((d) => window.__lanecast!.createProgram(d), doc);
  await page.goto(`/#/program/${id}`);
  await expect(page.getByTestId('lane-early')).toBeVisible();
}

async function choose(page: Page, item: string) {
  await page.getByRole('button', { name: 'Share and export' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

async function download(page: Page, item: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), choose(page, item)]);
  return readFileSync((await file.path())!);
}

/** The program's nodes in flow coordinates, read off the DOM (translate + layout size). */
const nodeBounds = (page: Page) =>
  page.evaluate(() => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(node.style.transform)!;
      const [x, y] = [Number(m[1]), Number(m[2])];
      [x0, y0] = [Math.min(x0, x), Math.min(y0, y)];
      [x1, y1] = [Math.max(x1, x + node.offsetWidth), Math.max(y1, y + node.offsetHeight)];
    }
    return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  });

/** Points a fifth and two fifths along each rule arrow, clear of the labels near its end (flow coordinates). */
const rulePoints = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<SVGPathElement>('.react-flow__edge-path.edge--rule')].flatMap(
      (path) =>
        [0.2, 0.4].map((f) => {
          const p = path.getPointAtLength(path.getTotalLength() * f);
          return { x: p.x, y: p.y };
        }),
    ),
  );

/** Decodes a PNG in the page: its size, the share of non-background pixels, pixels at points. */
const decode = (page: Page, png: Buffer, points: { x: number; y: number }[]) =>
  page.evaluate(
    async ({ base64, points }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const at = (x: number, y: number) => [
        ...data.slice((y * bitmap.width + x) * 4, (y * bitmap.width + x) * 4 + 3),
      ];
      const background = at(0, 0);
      let other = 0;
      for (let i = 0; i < data.length; i += 4)
        if (
          Math.abs(data[i]! - background[0]!) +
            Math.abs(data[i + 1]! - background[1]!) +
            Math.abs(data[i + 2]! - background[2]!) >
          30
        )
          other++;
      // Around each point (5 px each way): every pixel, to find the arrow's grey in it.
      const around = points.map(({ x, y }) => {
        const found: number[][] = [];
        for (let dy = -5; dy <= 5; dy++)
          for (let dx = -5; dx <= 5; dx++) found.push(at(Math.round(x) + dx, Math.round(y) + dy));
        return found;
      });
      return {
        width: bitmap.width,
        height: bitmap.height,
        share: other / (data.length / 4),
        background,
        around,
      };
    },
    { base64: png.toString('base64'), points },
  );

/** The arrows' grey (#6b7585, light theme), give or take anti-aliasing. */
const isArrowGrey = ([r, g, b]: number[]) =>
  Math.abs(r! - 0x6b) + Math.abs(g! - 0x75) + Math.abs(b! - 0x85) < 45;

test('the Share and export menu works by keyboard, and focus comes back', async ({ page }) => {
  await open(page, lifecycle);
  const button = page.getByRole('button', { name: 'Share and export' });
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await button.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'Share and export' });
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Program file (JSON)',
    'Share link…',
    'Image (PNG)',
    'Image (SVG)',
    'Printable handout',
    'Build sheet',
  ]);
  await expect(menu.getByRole('menuitem', { name: 'Program file (JSON)' })).toBeFocused();
  await page.keyboard.press('ArrowUp'); // wraps round to the last
  await expect(menu.getByRole('menuitem', { name: 'Build sheet' })).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Share link…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  // Enter opens, End and Enter choose the build sheet; Escape closes it and focus is back.
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const sheet = page.getByRole('dialog', { name: 'Lifecycle program: build sheet for Marketo' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('button', { name: 'Print or save as PDF' })).toBeFocused();
  // The editor's shortcuts wait while the sheet is open: ? opens no help behind it.
  await page.keyboard.press('?');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(button).toBeFocused();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
});

test('the canvas as PNG: the chosen size, not blank, with the rule arrows drawn', async ({
  page,
}) => {
  await open(page, lifecycle);
  const bounds = await nodeBounds(page);
  const points = await rulePoints(page);
  expect(points.length).toBeGreaterThanOrEqual(8); // four rules, two points each
  // Zoomed in, most of the program is off screen: the image holds all of it all the same.
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  const png = await download(page, 'Image (PNG)');
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  // The size chosen: the whole program at zoom 1 with a 32 px margin, at 2 pixels per CSS pixel.
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  expect(Math.abs(width - 2 * (bounds.width + 64))).toBeLessThanOrEqual(2);
  expect(Math.abs(height - 2 * (bounds.height + 64))).toBeLessThanOrEqual(2);

  const inImage = points.map((p) => ({
    x: (p.x - bounds.x + 32) * 2,
    y: (p.y - bounds.y + 32) * 2,
  }));
  const image = await decode(page, png, inImage);
  expect([image.width, image.height]).toEqual([width, height]);
  expect(image.share).toBeGreaterThan(0.05); // lanes, cards and words, not an empty frame
  // Every sampled point of every arrow has the arrows' grey near it...
  for (const pixels of image.around) expect(pixels.some(isArrowGrey)).toBe(true);

  // ...which is the arrows': the same program without its rules has none at most of those points.
  await open(page, withoutRules);
  const bare = await decode(page, await download(page, 'Image (PNG)'), inImage);
  expect([bare.width, bare.height]).toEqual([width, height]);
  const stillGrey = bare.around.filter((pixels) => pixels.some(isArrowGrey)).length;
  expect(stillGrey).toBeLessThan(bare.around.length / 2);
});

test('the canvas as SVG holds every rule arrow’s path; the file is named after the program', async ({
  page,
}) => {
  await open(page, lifecycle);
  // Playback's people of the moment stand on the canvas; the picture of the program leaves them out.
  await expect(page.locator('.tokens').first()).toBeAttached();
  const paths = await page
    .locator('.react-flow__edge-path.edge--rule')
    .evaluateAll((list) => list.map((p) => p.getAttribute('d')!));
  expect(paths.length).toBeGreaterThanOrEqual(4);
  const [file] = await Promise.all([page.waitForEvent('download'), choose(page, 'Image (SVG)')]);
  expect(file.suggestedFilename()).toBe('Lifecycle-program.svg');
  const svg = readFileSync((await file.path())!, 'utf8');
  expect(svg.startsWith('<svg')).toBe(true);
  // (Booleans: the file is a megabyte or two of inlined styles, too much for a failure message.)
  for (const d of paths) expect(svg.includes(`d="${d}"`), `an arrow's path ${d}`).toBe(true);
  expect(svg.includes('react-flow__minimap'), 'no minimap').toBe(false);
  expect(svg.includes('react-flow__controls'), 'no controls').toBe(false);
  expect(/class="(lane__)?tokens/.test(svg), 'no tokens').toBe(false);
});

test('the build sheet: a page and a Markdown file with every stream and rule', async ({ page }) => {
  await open(page, lifecycle);
  await choose(page, 'Build sheet');
  const sheet = page.getByRole('dialog', { name: 'Lifecycle program: build sheet for Marketo' });
  for (const stream of ['Early', 'Mid', 'Late', 'Customer'])
    await expect(sheet.getByRole('heading', { name: `Stream ${stream}`, level: 2 })).toBeVisible();
  await expect(
    sheet.getByRole('heading', { name: 'Transition rule t-mid into Mid', level: 3 }),
  ).toBeVisible();

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    sheet.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('Lifecycle-program-build-sheet.md');
  const md = readFileSync((await file.path())!, 'utf8');
  expect(md.split('\n')[0]).toBe('# Lifecycle program: build sheet for Marketo');
  for (const stream of lifecycle.program.streams) {
    expect(md).toContain(`\n## Stream ${stream.name}\n`);
    for (const rule of stream.transitions ?? [])
      expect(md).toContain(`\n### Transition rule ${rule.id} into ${stream.name}\n`);
  }
  expect(md).toContain('Triggers (any one is enough):');
  expect(md).toContain('## Problems still open');
});

test('the printable handout shows the canvas, cadences, calendar and charts, light in print', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' }); // paper is light all the same
  await open(page, lifecycle);
  await expect(page.getByRole('status').filter({ hasText: 'people simulated' })).toBeVisible({
    timeout: 60_000,
  });
  await choose(page, 'Printable handout');
  const handout = page.getByRole('dialog', { name: 'Lifecycle program: handout' });
  for (const name of ['The program', 'Streams and cadences', 'Cast calendar', 'Charts'])
    await expect(handout.getByRole('heading', { name, level: 2 })).toBeVisible();
  const image = handout.getByRole('img', { name: /^The program Lifecycle program on its canvas/ });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(500);
  // Drawn light although the screen is dark.
  const lightness = await image.evaluate((img: HTMLImageElement) => {
    const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    const [r, g, b] = context.getImageData(2, 2, 1, 1).data;
    return (r! + g! + b!) / 3;
  });
  expect(lightness).toBeGreaterThan(240);
  const cadences = handout.getByRole('table').first();
  await expect(cadences.getByRole('rowheader')).toHaveText(['Early', 'Mid', 'Late', 'Customer']);
  await expect(cadences.getByRole('row').nth(1)).toContainText('Every week on');
  const calendar = handout.getByRole('table').nth(1);
  await expect(calendar.getByRole('row').nth(1)).toContainText(/× \d/);
  await expect(handout.getByRole('group', { name: /chart/i }).first()).toBeVisible();

  // In print only the handout is on paper, on white.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('canvas')).toBeHidden();
  await expect(handout.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  expect(await handout.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
    'rgb(255, 255, 255)',
  );
});

for (const colorScheme of ['light', 'dark'] as const)
  test(`axe finds nothing in the menu, the handout or the build sheet (${colorScheme})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await open(page, lifecycle);
    const scan = async (screen: string, include: string) => {
      await page.waitForTimeout(250);
      const results = await new AxeBuilder({ page }).include(include).analyze();
      expect
        .soft(
          results.violations.map((v) => `${v.id}: ${v.help}`),
          screen,
        )
        .toEqual([]);
      expect.soft(await contrastProblems(page, `${include} *`), `${screen}: contrast`).toEqual([]);
    };
    await page.getByRole('button', { name: 'Share and export' }).click();
    await scan('menu', '.toolbar');
    await page.getByRole('menuitem', { name: 'Build sheet' }).click();
    await scan('build sheet', '.printview');
    await page.getByRole('button', { name: 'Close' }).click();
    await choose(page, 'Printable handout');
    await expect(page.getByRole('img', { name: /on its canvas/ })).toBeVisible();
    await scan('handout', '.printview');
  });
