// Test stream as a dry run (R59) in the built app: from a stream's inspector, one person, one cast,
// "Run cast": the content they get and the rule that fires, labelled a dry run; nothing is saved.
import { expect, test } from '@playwright/test';
import type {} from '../../src/app/testApi';

const weekly = (firstCast: string, day: string) => ({
  type: 'weekly',
  firstCast,
  time: '09:00',
  every: 1,
  weekdays: [day],
});

/** Early (Tue) and Late (Thu); a rule takes German newcomers straight to Late. */
const doc = {
  format: 'lanecast',
  version: 1,
  program: {
    id: 'dry',
    name: 'Dry run',
    timeZone: 'America/New_York',
    streams: [
      {
        id: 'S1',
        name: 'Early',
        cadence: weekly('2025-03-04', 'tue'),
        content: [
          { id: 'E1', type: 'email', name: 'Welcome', active: true },
          { id: 'E2', type: 'email', active: true },
        ],
      },
      {
        id: 'S2',
        name: 'Late',
        cadence: weekly('2025-03-06', 'thu'),
        content: [{ id: 'E4', type: 'email', active: true }],
        transitions: [
          {
            id: 't-de',
            triggers: [{ type: 'addedToProgram' }],
            filters: [{ type: 'attribute', attribute: 'country', op: 'eq', value: 'DE' }],
          },
        ],
      },
    ],
  },
  people: [{ id: 'ann', attributes: { country: 'DE' } }],
  events: [{ at: '2025-03-01T00:00', type: 'add', person: 'ann', stream: 'S1' }],
  simulation: { from: '2025-03-01', until: '2025-04-30' },
};

test('run a cast for one person: what they get and the rule that fires, as a dry run', async ({
  page,
}) => {
  await page.goto('/');
  const id = await page.evaluate((d) => window.__lanecast!.createProgram(d as never), doc);
  await page.goto(`/#/program/${id}`);
  await page.getByTestId('lane-S1').locator('.lane__grip').click();
  const section = page.getByRole('region', { name: 'Test stream' });
  await expect(section).toBeVisible();

  // A new test person from France: the rule is checked, its filter turns them away, they get E1.
  await section.getByRole('textbox', { name: 'Attributes of the new person' }).fill('country=FR');
  await section.getByRole('button', { name: 'Run cast' }).click();
  const result = section.getByRole('status', { name: 'Dry run result' });
  await expect(result).toContainText(
    'Dry run: a fresh copy of the person, added to this stream for this cast; nothing is sent, nothing is saved.',
  );
  await expect(result).toContainText('test-person: got E1 “Welcome”');
  await expect(result.getByText(/E1 “Welcome”: sent, delivered/)).toBeVisible();
  await expect(result).toContainText('Rule t-de into Late:');

  // Ann (Germany) of the audience: the rule fires and takes her to Late before the cast.
  await section.getByRole('combobox', { name: 'Test person' }).selectOption('ann');
  await section.getByRole('button', { name: 'Run cast' }).click();
  await expect(result).toContainText('A rule moved ann out of Early before this cast.');
  await expect(result.getByText(/Moved from Early to Late/)).toBeVisible();

  // Nothing was saved: the stored program is still the one created, the save state untouched.
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  expect(await page.evaluate((p) => window.__lanecast!.storedProgram(p), id)).toEqual(doc);
});
