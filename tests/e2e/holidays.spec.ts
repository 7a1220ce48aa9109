// Public holidays in the built app: choose Germany in the program's settings, the cast on its
// National Holiday (Fri 3 Oct 2025) is listed and marked in the cast calendar; pausing over it
// loses that cast (the calendar shows no sends that day, and the effect is told); undo restores it.
import { expect, test } from '@playwright/test';
import type {} from '../../src/app/testApi';

const people = Array.from({ length: 5 }, (_, i) => ({ id: `p${i + 1}` }));
const doc = {
  format: 'lanecast',
  version: 1,
  program: {
    id: 'fridays',
    name: 'Friday news',
    timeZone: 'Europe/Berlin',
    streams: [
      {
        id: 'S1',
        name: 'News',
        cadence: {
          type: 'weekly',
          firstCast: '2025-09-26',
          time: '09:00',
          every: 1,
          weekdays: ['fri'],
        },
        content: ['E1', 'E2', 'E3', 'E4'].map((id) => ({ id, type: 'email', active: true })),
      },
    ],
  },
  people,
  events: people.map((p) => ({ at: '2025-09-20T00:00', type: 'add', person: p.id })),
  simulation: { from: '2025-09-20', until: '2025-10-31' },
};

test('choose a country, see a holiday cast marked, pause over it, undo', async ({ page }) => {
  await page.goto('/');
  const id = await page.evaluate((d) => window.__lanecast!.createProgram(d as never), doc);
  await page.goto(`/#/program/${id}`);
  await expect(page.getByRole('status').filter({ hasText: 'people simulated' })).toHaveText(
    '5 people simulated',
  );
  const section = page.getByRole('region', { name: 'Public holidays' });
  await section.getByRole('button', { name: 'Add a country…' }).click();
  await section.getByRole('combobox', { name: 'Country' }).selectOption('DE');
  await section.getByRole('button', { name: 'Add', exact: true }).click();
  await section.getByRole('button', { name: 'Done' }).click();
  await expect(
    section.getByRole('list', { name: 'Countries whose holidays are marked' }),
  ).toHaveText(/Germany/);

  const list = section.getByRole('list', { name: 'Casts on public holidays' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Fri, Oct 3, 2025 National Holiday');
  await expect(list).toContainText('Casting: News');

  // The calendar marks the date with words, not colour alone; the cast that day still sends.
  const calendar = page.getByRole('grid', { name: 'Cast calendar: streams by cast dates' });
  const header = calendar.getByRole('columnheader', { name: /^Oct 3 / });
  await expect(header).toContainText('Public holiday: National Holiday');
  const oct3 = calendar.getByRole('gridcell').nth(1);
  await expect(oct3).toContainText('5 sent');

  await section.getByRole('button', { name: 'Pause the program over this date' }).click();
  await expect(section.getByRole('status')).toContainText(
    // The emails are not lost, only later: each person still gets all four by the end of October.
    'Casts that go out: 6 → 5; emails sent: 20 → 20 in the simulated period.',
  );
  await expect(oct3).toContainText('Program off: cast lost');
  await expect(list).toContainText('Paused: News cast nothing');

  await page.keyboard.press('Control+z');
  await expect(oct3).toContainText('5 sent');
  await expect(list).toContainText('Casting: News');
});
