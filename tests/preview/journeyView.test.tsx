// @vitest-environment jsdom
// The Journey view on a real (in-thread) simulation of ex04: pick Cara, read a cast item by item
// and the move her form caused, ask "why not?", set the date cursor, pause her from a date (one
// undoable edit, after which the preview runs again and her later casts are paused).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { programContent } from '../../src/document/programContent';
import { createI18n } from '../../src/i18n/createI18n';
import { JourneyView } from '../../src/preview/journey/JourneyView';
import { PreviewServicesContext, type PreviewServices } from '../../src/preview/previewServices';
import { createPreviewController } from '../../src/simulation/controller';
import { dayOfIso } from '../../src/simulation/derive/dates';
import { inThreadEndpoint } from '../../src/simulation/endpoints';
import { SimulationPool } from '../../src/simulation/pool';
import { editorStore } from '../../src/store/useEditor';
import { previewStore, usePreview } from '../../src/store/usePreview';
import { memoryStorage } from '../fixtures/memoryStorage';
import { plain, shared } from './journeyScenarios';

function Shown() {
  const result = usePreview((s) => s.result);
  return result && <JourneyView result={result} />;
}

let stop = () => {};

async function open() {
  const pool = new SimulationPool(inThreadEndpoint, 1);
  const controller = createPreviewController(previewStore, pool, 'source');
  previewStore.getState().reset();
  previewStore.getState().openPerson(null);
  previewStore.getState().setCursor(null);
  editorStore.getState().open('p', shared('ex04-transition-dedup'), 1);
  const unsubscribe = editorStore.subscribe((state, previous) => {
    if (state.doc !== previous.doc && state.doc)
      controller.documentChanged(programContent(state.doc));
  });
  stop = () => {
    unsubscribe();
    controller.dispose();
  };
  controller.documentChanged(programContent(editorStore.getState().doc!));
  await waitFor(() => expect(previewStore.getState().status).toBe('ready'));
  const services: PreviewServices = {
    cancel: () => controller.cancel(),
    rerun: () => controller.rerun(),
    query: (key, filter) => pool.query(key, filter),
    rows: (key, persons) => pool.rows(key, persons),
    castPeople: (key, casts) => pool.castPeople(key, casts),
    explain: (key, person) => pool.explain(key, person),
    whyNot: (key, person, rule, stream) => pool.whyNot(key, person, rule, stream),
    exportRecords: (key, format) => pool.exportRecords(key, format),
  };
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n(memoryStorage())}>
      <QueryClientProvider client={new QueryClient()}>
        <PreviewServicesContext.Provider value={services}>
          <Shown />
        </PreviewServicesContext.Provider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return user;
}

/** The cast card whose summary line starts so (its date, stream and outcome). */
const castOn = (summary: string) =>
  screen.getByRole('button', { name: (name) => plain(name).startsWith(summary) });
const text = () => plain(document.body.textContent!);

afterEach(() => {
  cleanup();
  stop();
});

describe('the journey view', () => {
  it('suggests people, then reads Cara’s casts, move and events in words', async () => {
    const user = await open();
    await user.click(await screen.findByRole('button', { name: 'cara' }));
    expect(await screen.findByText('Journey of cara')).toBeTruthy();
    expect(text()).toContain('Times in America/New_York');

    await user.click(castOn('Mar 20, 2025, 9:00 AM · Late · got E4'));
    const items = screen.getByRole('list', { name: 'The stream’s items in priority order' });
    expect(
      within(items)
        .getAllByRole('listitem')
        .map((li) => plain(li.textContent!)),
    ).toEqual([
      'E2: skipped, already received on Mar 11 in Early',
      'E4: sent, delivered Mar 20, 2025, 9:00 AM',
      'E5: not reached: one item per cast',
    ]);
    expect(text()).toContain('Filled out form F-demo');
    expect(text()).toContain(
      'Moved from Early to Late because cara filled out form F-demo (rule t-demo into Late)',
    );
    expect(text()).toContain('Ran out of content after this cast');
  });

  it('answers "why not?" for a rule chosen from the document', async () => {
    const user = await open();
    act(() => previewStore.getState().openPerson('cara'));
    await screen.findByText('Journey of cara');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Transition rule' }),
      'S2/t-demo',
    );
    await waitFor(() =>
      expect(text()).toContain(
        'Mar 14, 2025, 12:00 PM: cara filled out form F-demo: moved cara to Late',
      ),
    );
  });

  it('a date sets the shared cursor, and pausing from a date is one undoable edit', async () => {
    const user = await open();
    act(() => previewStore.getState().openPerson('cara'));
    await screen.findByText('Journey of cara');
    await user.click(screen.getByRole('button', { name: 'Thu, Mar 20, 2025' }));
    expect(previewStore.getState().cursorDay).toBe(dayOfIso('2025-03-20'));
    expect(
      screen.getByRole('button', { name: 'Thu, Mar 20, 2025' }).getAttribute('aria-current'),
    ).toBe('date');
    // The change form follows the cursor; another date can be typed.
    const date = screen.getByLabelText('Date') as HTMLInputElement;
    expect(date.value).toBe('03/20/2025');
    await user.clear(date);
    await user.type(date, '03/21/2025{Enter}');
    const pause = screen.getByRole('button', { name: 'Pause cara from Mar 21' });
    expect(pause.getAttribute('aria-describedby')).toBeTruthy();
    expect(text()).toContain('From the start of Mar 21, 2025 in America/New_York');
    await user.click(pause);

    expect(editorStore.getState().doc!.events!.at(-1)).toEqual({
      at: '2025-03-21T00:00',
      type: 'pause',
      person: 'cara',
    });
    expect(editorStore.getState().lastAction?.name).toBe('addEvent');
    await waitFor(() =>
      expect(castOn('Mar 27, 2025, 9:00 AM · Late · paused: receives nothing')).toBeTruthy(),
    );
    expect(castOn('Mar 20, 2025, 9:00 AM · Late · got E4')).toBeTruthy();

    act(() => editorStore.getState().undo());
    await waitFor(() => expect(castOn('Mar 27, 2025, 9:00 AM · Late · got E5')).toBeTruthy());
  });

  it('says so for a person not in the audience, and for a result being replaced', async () => {
    const user = await open();
    await user.type(screen.getByRole('combobox', { name: 'Person' }), 'zed');
    await user.click(screen.getByRole('button', { name: 'Open journey' }));
    expect(
      await screen.findByText('zed is not in the simulated audience. Pick someone else.'),
    ).toBeTruthy();
    act(() => previewStore.setState({ stale: true }));
    expect(screen.getByText(/This journey is from the previous simulation/)).toBeTruthy();
  });
});
