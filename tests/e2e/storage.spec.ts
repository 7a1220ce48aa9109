// Saving and storage as the browser sees them: a crash mid-burst loses nothing typed, opening
// and reloading write nothing, tabs that follow each other do not save back and forth, leaving
// the editor keeps a version, and a database from a newer Lanecast is named, not written to.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type {} from '../../src/app/testApi';
import { LATEST_VERSION } from '../../src/db/schema';

const example = JSON.parse(readFileSync('../shared/scenarios/ex04-transition-dedup.json', 'utf8'));

async function openSeeded(page: Page): Promise<string> {
  await page.goto('/');
  const id = await page.evaluate((doc) => window.__lanecast!.createProgram(doc), example);
  await page.goto(`/#/program/${id}`);
  await expect(page.getByTestId('lane-S1')).toBeVisible();
  return id;
}

/** What IndexedDB holds for the program, read directly (not through the app). */
function stored(page: Page, id: string) {
  return page.evaluate(
    (programId) =>
      new Promise<{ revision: number; name: string; versions: number; dbVersion: number }>(
        (resolve, reject) => {
          const request = indexedDB.open('lanecast');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction(['programs', 'revisions'], 'readonly');
            const program = tx.objectStore('programs').get(programId);
            const versions = tx.objectStore('revisions').index('programId').count(programId);
            tx.oncomplete = () => {
              resolve({
                revision: program.result.revision,
                name: program.result.document.program.name,
                versions: versions.result,
                dbVersion: db.version,
              });
              db.close();
            };
          };
        },
      ),
    id,
  );
}

const nameField = (page: Page) =>
  page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name', { exact: true });

test('a burst of typing survives the browser dying right after it', async ({ context }) => {
  const page = await context.newPage();
  const id = await openSeeded(page);
  await nameField(page).fill('');
  await nameField(page).pressSequentially('Spring nurture for returning customers', { delay: 15 });
  // The renderer dies at once: no pagehide, no unload, no last save.
  await page.goto('chrome://crash').catch(() => undefined);

  const reopened = await context.newPage();
  await reopened.goto(`/#/program/${id}`);
  await expect(reopened.getByTestId('lane-S1')).toBeVisible();
  await expect(nameField(reopened)).toHaveValue('Spring nurture for returning customers');
  await expect(reopened.getByTestId('save-state')).toHaveText('All changes saved');
  expect((await stored(reopened, id)).name).toBe('Spring nurture for returning customers');
});

test('opening and reloading write nothing; 2 edits in one of two tabs make 2 revisions', async ({
  context,
}) => {
  const a = await context.newPage();
  const id = await openSeeded(a);
  await a.reload();
  await expect(a.getByTestId('lane-S1')).toBeVisible();
  const b = await context.newPage();
  await b.goto(`/#/program/${id}`);
  await expect(b.getByTestId('lane-S1')).toBeVisible();
  await b.reload();
  await expect(b.getByTestId('lane-S1')).toBeVisible();
  await a.waitForTimeout(1000); // room for any save that should not happen
  expect(await stored(a, id)).toMatchObject({ revision: 1, versions: 0 });

  await a.bringToFront();
  await a.getByTestId('palette-stream').click();
  await expect(a.getByTestId('save-state')).toHaveText('All changes saved');
  await expect(b.getByTestId('lane-S3')).toBeVisible();
  await a.getByTestId('palette-stream').click();
  await expect(b.getByTestId('lane-S4')).toBeVisible();
  await a.waitForTimeout(2000); // tabs that saved back and forth would climb meanwhile
  expect((await stored(a, id)).revision).toBe(3);
  await expect(a.getByTestId('save-state')).toHaveText('All changes saved');
  await expect(b.getByTestId('save-state')).toHaveText('All changes saved');
});

test('leaving the editor keeps a version in the history', async ({ page }) => {
  const id = await openSeeded(page);
  await nameField(page).fill('Kept on leaving');
  await page.getByRole('link', { name: /All programs/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(async () => (await stored(page, id)).versions).toBe(1);
  await page.goto(`/#/program/${id}`);
  await page.getByRole('button', { name: 'History' }).click();
  await expect(
    page.getByRole('list', { name: 'Saved versions' }).getByRole('listitem'),
  ).toHaveCount(1);
});

/** IndexedDB's number for the version after ours (Dexie's version N is IndexedDB's N x 10). */
const NEWER = (LATEST_VERSION + 1) * 10;

/** Upgrades the database as a newer Lanecast would (the next version, one more table). */
function upgradeAsNewerLanecast(page: Page) {
  return page.evaluate(
    (newer) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('lanecast', newer);
        request.onupgradeneeded = () => request.result.createObjectStore('tags');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          resolve(request.result.version);
          request.result.close();
        };
      }),
    NEWER,
  );
}

test('a database from a newer Lanecast is named, and nothing is written to it', async ({
  page,
}) => {
  const id = await openSeeded(page);
  // A newer Lanecast opened in another tab takes the database over: this tab's next save fails.
  expect(await upgradeAsNewerLanecast(page)).toBe(NEWER);
  await nameField(page).fill('Not saved here');
  await expect(page.getByRole('alert')).toContainText('A newer version of Lanecast');
  await expect(page.getByRole('alert').getByRole('button', { name: 'Export' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('alert')).toContainText('data from a newer version of Lanecast');
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('data from a newer version of Lanecast');
  await expect(page.getByRole('alert')).not.toContainText('not saved');
  expect(await stored(page, id)).toMatchObject({ dbVersion: NEWER, revision: 1, versions: 0 });
});
