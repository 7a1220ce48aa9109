// Share links in a real browser: a program packed into a link opens, with its streams, layout and
// notes, in a fresh browser (empty IndexedDB); opened again where the original lives, it becomes a
// second copy and the original is untouched; a damaged link says what is wrong and stores nothing.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type {} from '../../src/app/testApi';
import { contrastProblems } from './a11yContrast';

const example = JSON.parse(readFileSync('../shared/scenarios/ex04-transition-dedup.json', 'utf8'));
/** Nurture-A with a layout of its own and a note: both must travel in the link. */
const shared = {
  ...example,
  ui: {
    lanes: { S1: { x: 40, y: 20 }, S2: { x: 420, y: 60 } },
    entry: { x: 40, y: -190 },
    notes: [{ id: 'n1', x: 760, y: 40, text: 'Clicks move people to S2 — Grüße, façon' }],
  },
};

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const programRows = (page: Page) => page.getByRole('rowheader');

/** Opens the stored program, makes its share link and returns it (as copied and as shown). */
async function makeLink(page: Page, id: string): Promise<string> {
  await page.goto(`/#/program/${id}`);
  await expect(page.getByTestId('lane-S1')).toBeVisible();
  await page.getByRole('button', { name: 'Share and export' }).click();
  await page.getByRole('menuitem', { name: 'Share link…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share a link to this program' });
  await expect(dialog.getByTestId('share-copy-state')).toHaveText('✓ Copied to the clipboard.');
  const link = await dialog.getByRole('textbox', { name: 'Link to this program' }).inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/open\/v1\.[A-Za-z0-9_-]+$/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect(dialog).toContainText(`${link.length.toLocaleString('en')} characters`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  return link;
}

async function inFreshBrowser(browser: Browser, visit: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    await visit(await context.newPage());
  } finally {
    await context.close();
  }
}

test('a share link opens a copy in a fresh browser, and a second copy where the original lives', async ({
  page,
  context,
  browser,
}) => {
  const errors = watchErrors(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const id = await page.evaluate((d) => window.__lanecast!.createProgram(d), shared);
  const original = await page.evaluate((i) => window.__lanecast!.storedProgram(i), id);
  const link = await makeLink(page, id);

  await inFreshBrowser(browser, async (fresh) => {
    const freshErrors = watchErrors(fresh);
    await fresh.goto(link);
    await expect(fresh).toHaveURL(/#\/program\/[0-9a-f-]{36}$/);
    await expect(fresh.getByTestId('lane-S1')).toBeVisible();
    await expect(fresh.getByTestId('lane-S2')).toBeVisible();
    await expect(fresh.getByTestId('note-n1')).toContainText('Grüße, façon');
    await expect(fresh.getByRole('heading', { level: 1, name: 'Nurture-A' })).toBeVisible();
    const copyId = decodeURIComponent(new URL(fresh.url()).hash.slice('#/program/'.length));
    // The same document, layout and notes included, as a program of this browser's own.
    expect(await fresh.evaluate((i) => window.__lanecast!.storedProgram(i), copyId)).toEqual(
      original,
    );

    // The link was replaced by the program's address: reloading imports nothing more.
    await fresh.reload();
    await expect(fresh.getByTestId('lane-S1')).toBeVisible();
    await fresh.goto('/#/');
    await expect(programRows(fresh)).toHaveText(['Nurture-A']);
    expect(freshErrors).toEqual([]);
  });

  // Opened where the original lives: a second program under a free name; the original unchanged.
  await page.goto(link);
  await expect(page).toHaveURL(/#\/program\/[0-9a-f-]{36}$/);
  expect(page.url()).not.toContain(id);
  await expect(page.getByRole('heading', { level: 1, name: 'Nurture-A (2)' })).toBeVisible();
  await expect(page.getByTestId('lane-S2')).toBeVisible();
  expect(await page.evaluate((i) => window.__lanecast!.storedProgram(i), id)).toEqual(original);
  await page.goto('/#/');
  await expect(programRows(page)).toHaveText(['Nurture-A (2)', 'Nurture-A']);
  expect(errors).toEqual([]);
});

test('a damaged link names what is wrong and changes nothing in the library', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const id = await page.evaluate((d) => window.__lanecast!.createProgram(d), shared);
  const link = await makeLink(page, id);
  await page.goto('/#/');
  await expect(programRows(page)).toHaveText(['Nurture-A']);
  const data = link.slice(link.indexOf('#/open/') + '#/open/'.length);

  const damaged: [string, string, RegExp][] = [
    ['cut short in a mail', data.slice(0, data.length - 40), /does not unpack/],
    ['a character changed', `${data.slice(0, 20)}!${data.slice(21)}`, /changed on its way/],
    ['from another version', `v9.${data.slice(3)}`, /another version of Lanecast.*“v9”/],
  ];
  for (const [what, bad, message] of damaged) {
    await test.step(what, async () => {
      await page.goto(`/#/open/${bad}`);
      const dialog = page.getByRole('dialog', { name: 'Shared link not opened' });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('region', { name: 'Shared link' })).toContainText(message);
      await expect(dialog).toContainText('Nothing in your library was changed.');
      await expect(page).toHaveURL(/\/#\/$/);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toBeHidden();
      await expect(programRows(page)).toHaveText(['Nurture-A']);
    });
  }
});

test('a link whose program breaks the format lists its problems with their paths', async ({
  page,
}) => {
  await page.goto('/');
  // Packed here as the app packs it, but with a weekday no cadence has.
  const broken = structuredClone(example);
  broken.program.streams[0].cadence.weekdays = ['tues'];
  const data = await page.evaluate(async (text) => {
    const packed = new Blob([new TextEncoder().encode(text)])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(packed).arrayBuffer());
    return btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  }, JSON.stringify(broken));
  await page.goto(`/#/open/v1.${data}`);
  const dialog = page.getByRole('dialog', { name: 'Shared link not opened' });
  await expect(dialog.getByRole('listitem')).toContainText([
    /program\.streams\[0\]\.cadence\.weekdays\[0\]/,
  ]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'No programs yet' })).toBeVisible();
});

/** The open dialog's accessibility problems (axe) and texts under AA contrast. */
async function dialogProblems(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  return [
    ...axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ...(await contrastProblems(page, 'dialog *')),
  ];
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`where copying is refused, the link waits selected in its field (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    });
    await page.goto('/');
    const id = await page.evaluate((d) => window.__lanecast!.createProgram(d), shared);
    await page.goto(`/#/program/${id}`);
    await page.getByRole('button', { name: 'Share and export' }).click();
    await page.getByRole('menuitem', { name: 'Share link…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share a link to this program' });
    await expect(dialog.getByTestId('share-copy-state')).toHaveText(/^Not copied: .*Ctrl\+C/);
    const field = dialog.getByRole('textbox', { name: 'Link to this program' });
    await expect(field).toBeFocused();
    const link = await field.inputValue();
    expect(
      await field.evaluate((f: HTMLInputElement) =>
        f.value.slice(f.selectionStart!, f.selectionEnd!),
      ),
    ).toBe(link);
    expect(await dialogProblems(page)).toEqual([]);
  });
}

test('a program too large for a link is offered as a file, with the reason', async ({ page }) => {
  const crowded = structuredClone(shared);
  crowded.people = Array.from({ length: 5000 }, (_, i) => ({
    id: `person-${i}-${(i * 7919) % 104729}`,
    attributes: { score: (i * 37) % 101, country: ['US', 'DE', 'FR'][i % 3] },
  }));
  await page.goto('/');
  const id = await page.evaluate((d) => window.__lanecast!.createProgram(d), crowded);
  await page.goto(`/#/program/${id}`);
  await page.getByRole('button', { name: 'Share and export' }).click();
  await page.getByRole('menuitem', { name: 'Share link…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share a link to this program' });
  await expect(dialog.getByRole('alert')).toHaveText(
    /too large for a link: the link would be [\d,]+ characters long, and links over 32,000 characters break in mail and chat/,
  );
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  expect(await dialogProblems(page)).toEqual([]);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export file' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  await expect(dialog).toBeHidden();
});
