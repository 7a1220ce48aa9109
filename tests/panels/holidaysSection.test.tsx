// @vitest-environment jsdom
// Public holidays in the program inspector, in German: the chosen country's holidays on cast dates
// listed with their German names and the streams casting; pausing over them is one undo step, and
// the effect is read from the simulation after the change against the one before.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/createI18n';
import type { Scenario } from '../../src/model';
import { Inspector } from '../../src/panels/Inspector';
import { editorStore } from '../../src/store/useEditor';
import { previewStore } from '../../src/store/usePreview';
import { TodayContext } from '../../src/ui/today';
import { memoryStorage } from '../fixtures/memoryStorage';
import { previewResult } from '../preview/result';
import { fridays } from '../fixtures/fridays';

afterEach(() => {
  cleanup();
  previewStore.getState().reset();
});

let run = 0;
function simulated(doc: Scenario) {
  run += 1;
  previewStore.getState().runStarted(run, 5, 0);
  previewStore.getState().finished(run, { ...previewResult(doc), key: `run-${run}` });
}

function renderGerman(doc: Scenario) {
  editorStore.getState().open('p', doc, 1);
  editorStore.getState().select([]);
  simulated(doc);
  const storage = memoryStorage();
  storage.setItem('lanecast.language', 'de');
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <I18nextProvider i18n={createI18n(storage)}>
        <TodayContext value={() => '2025-09-01'}>
          <Inspector />
        </TodayContext>
      </I18nextProvider>
    </QueryClientProvider>,
  );
  return { user, section: screen.getByRole('region', { name: 'Feiertage' }) };
}

describe('holidays in the program inspector', () => {
  it('lists the holiday casts in German, pauses over them in one undo step and tells the effect', async () => {
    const doc = { ...fridays(), ui: { holidays: { regions: [{ country: 'DE' }] } } } as Scenario;
    const { user, section } = renderGerman(doc);
    const list = await within(section).findByRole('list', { name: 'Versände an Feiertagen' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Fr., 3. Okt. 2025 Tag der Deutschen EinheitVersand: News',
      'Fr., 26. Dez. 2025 2. WeihnachtstagVersand: News',
    ]);
    expect(within(section).getByRole('list', { name: /Länder/ }).textContent).toContain(
      'Deutschland',
    );

    // Only the first: untick Boxing Day.
    await user.click(within(items[1]!).getByRole('checkbox'));
    expect(within(items[1]!).getByRole('checkbox')).toHaveProperty('checked', false);
    await user.click(
      within(section).getByRole('button', { name: 'Programm an diesem Datum pausieren' }),
    );
    const paused = editorStore.getState().doc!;
    expect(paused.events?.filter((e) => e.type === 'programStatus').map((e) => e.at)).toEqual([
      '2025-10-03T00:00',
      '2025-10-04T00:00',
    ]);
    expect(within(section).getByRole('status').textContent).toMatch(/simuliert/);
    simulated(paused);
    expect((await within(section).findByText(/Versände, die stattfinden/)).textContent).toContain(
      '29 → 28',
    );
    expect(within(list).getAllByRole('listitem')[0]!.textContent).toContain('Pausiert: News');

    editorStore.getState().undo();
    expect(editorStore.getState().doc).toBe(doc);
  });
});
