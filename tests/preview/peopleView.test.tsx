// @vitest-environment jsdom
// The People view on the preview fixture, simulated in-thread: what each person got per cast date
// (ann's E1 and her paused casts, ben's blocked ones, cara's removal), the filters, and the grid's
// keyboard (arrows move the focused cell, Enter opens a journey or moves the date cursor).
import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dayOfIso } from '../../src/simulation/derive/dates';
import { editorStore } from '../../src/store/useEditor';
import { previewStore } from '../../src/store/usePreview';
import { peopleViewStore } from '../../src/preview/people/peopleViewStore';
import { renderPeople, sizeTheGrid } from './renderPeople';

// The machine is shared and the simulation runs on this thread: give answers time.
configure({ asyncUtilTimeout: 5000 });
beforeEach(() => sizeTheGrid());
afterEach(() => {
  cleanup();
  editorStore.getState().close();
  previewStore.getState().reset();
  peopleViewStore.setState({ program: null, place: null });
});

const rowOf = (label: RegExp) =>
  screen.getByRole('rowheader', { name: label }).closest<HTMLElement>('[role="row"]')!;

/** The cell of `person`'s row on a date given as its label ("Tue, Mar 4, 2025"). */
async function cellOf(person: string, date: string) {
  const row = rowOf(new RegExp(`^${person},`));
  return waitFor(() =>
    within(row).getByRole('gridcell', { name: new RegExp(`^${date}: (?!Loading)`) }),
  );
}

describe('people view', { timeout: 20_000 }, () => {
  it('shows what each person got at each cast date, with blocked, paused and moves marked', async () => {
    await renderPeople();
    expect(
      screen.getByRole('grid', { name: 'People by cast dates' }).getAttribute('aria-rowcount'),
    ).toBe('304');
    expect(screen.getByRole('status').textContent).toContain('303 people');

    const first = await cellOf('ann', 'Tue, Mar 4, 2025');
    expect(first.getAttribute('aria-label')).toMatch(/Early: got E1; joined Early on/);
    expect(first.textContent).toContain('E1');
    for (const date of ['Tue, Mar 11, 2025', 'Tue, Mar 18, 2025']) {
      const paused = await cellOf('ann', date);
      expect(paused.getAttribute('aria-label')).toBe(`${date}: Early: paused, nothing sent`);
      expect(paused.textContent).toContain('‖paused');
    }
    expect((await cellOf('ann', 'Tue, Mar 25, 2025')).getAttribute('aria-label')).toBe(
      'Tue, Mar 25, 2025: Early: got E2',
    );

    expect((await cellOf('ben', 'Tue, Mar 4, 2025')).textContent).toContain('E1');
    for (const date of ['Tue, Mar 11, 2025', 'Tue, Mar 18, 2025']) {
      const blocked = await cellOf('ben', date);
      expect(blocked.getAttribute('aria-label')).toBe(`${date}: Early: E2 blocked, unsubscribed`);
      expect(blocked.textContent).toContain('⊘E2');
    }

    const removal = await cellOf('cara', 'Wed, Apr 2, 2025');
    expect(removal.getAttribute('aria-label')).toMatch(
      /removed from Late on Apr 2, 2025, 9:00\sAM \(an event\)/,
    );
    expect(removal.textContent).toContain('→out');
    // Removed: no longer a member of a casting stream, an empty cell that says so.
    expect((await cellOf('cara', 'Thu, Apr 3, 2025')).getAttribute('aria-label')).toBe(
      'Thu, Apr 3, 2025: not in a stream that cast that day',
    );
  });

  it('moves the focused cell with the arrow keys and opens the journey with Enter', async () => {
    const { user } = await renderPeople();
    const start = await cellOf('ann', 'Tue, Mar 4, 2025');
    await user.click(start);
    expect(document.activeElement).toBe(start);
    expect(start.getAttribute('tabindex')).toBe('0');
    await user.keyboard('{ArrowDown}{ArrowRight}{ArrowRight}{ArrowRight}');
    const blocked = await cellOf('ben', 'Tue, Mar 11, 2025');
    expect(document.activeElement).toBe(blocked);
    expect(start.getAttribute('tabindex')).toBe('-1');
    expect(screen.getByText(/^ben · Tue, Mar 11, 2025: Early: E2 blocked/)).toBeTruthy();

    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(rowOf(/^ben,/).querySelector('[role="rowheader"]'));
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(screen.getByRole('columnheader', { name: 'Person' }));
    await user.keyboard('{ArrowRight}{ArrowRight}{Enter}');
    expect(previewStore.getState().cursorDay).toBe(dayOfIso('2025-03-05'));
    expect(
      screen.getByRole('columnheader', { name: 'Wed, Mar 5, 2025' }).getAttribute('aria-current'),
    ).toBe('date');

    await user.keyboard('{Control>}{End}{/Control}');
    const last = document.activeElement!;
    expect(last.getAttribute('role')).toBe('gridcell');
    expect(last.closest('[role="row"]')!.getAttribute('aria-rowindex')).toBe('304');

    await user.keyboard('{Control>}{Home}{/Control}{ArrowDown}{Enter}');
    expect(previewStore.getState().person).toBe('ann');
    expect(previewStore.getState().view).toBe('journey');
  });

  it('opens on the date cursor set elsewhere, and a click on a date moves it', async () => {
    const { user } = await renderPeople({ cursor: dayOfIso('2025-05-27') });
    const cursor = screen.getByRole('columnheader', { name: 'Tue, May 27, 2025' });
    expect(cursor.getAttribute('aria-current')).toBe('date');
    expect(screen.queryByRole('columnheader', { name: 'Tue, Mar 4, 2025' })).toBeNull();
    await user.click(screen.getByRole('columnheader', { name: 'Thu, May 29, 2025' }));
    expect(previewStore.getState().cursorDay).toBe(dayOfIso('2025-05-29'));
    expect(cursor.getAttribute('aria-current')).toBeNull();
  });

  it('a click on a person opens their journey, and that row says so', async () => {
    const { user } = await renderPeople();
    await user.click(screen.getByRole('rowheader', { name: /^cara,/ }));
    expect(previewStore.getState().person).toBe('cara');
    expect(
      screen.getByRole('rowheader', { name: 'cara, listed in the file, journey open' }),
    ).toBeTruthy();
  });

  it('filters by id, by stream (the canvas selection) and says when nobody matches', async () => {
    const { user } = await renderPeople();
    await user.type(screen.getByRole('searchbox', { name: 'Id' }), 'CARA');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('1 of 303 people'),
    );
    expect(screen.getAllByRole('rowheader').map((r) => r.textContent)).toEqual(['carafile']);

    await user.clear(screen.getByRole('searchbox', { name: 'Id' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ever in' }), 'Late');
    expect(editorStore.getState().selection).toEqual([{ kind: 'stream', id: 'late' }]);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/^\d+ of 303 people$/),
    );
    expect(screen.queryByRole('rowheader', { name: /^ben,/ })).toBeNull(); // never in Late
    expect(screen.getByRole('rowheader', { name: /^cara,/ })).toBeTruthy();

    await user.type(screen.getByRole('searchbox', { name: 'Id' }), 'nobody');
    expect(await screen.findByText('No one matches these filters.')).toBeTruthy();
    expect(screen.queryByRole('grid')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(editorStore.getState().selection).toEqual([]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('303 people'));
  });

  it('filters by cohort, where people ended and an attribute', async () => {
    const { user } = await renderPeople();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'People' }),
      'Listed in the file',
    );
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('3 of 303 people'),
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'At the end' }),
      'Out of the program',
    );
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('1 of 303 people'),
    );
    expect(screen.getAllByRole('rowheader').map((r) => r.getAttribute('aria-label'))).toEqual([
      'cara, listed in the file',
    ]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'At the end' }), 'Anywhere');
    await user.type(screen.getByRole('textbox', { name: 'Attribute name' }), 'country');
    await user.type(screen.getByRole('textbox', { name: 'Value' }), 'DE');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('1 of 303 people'),
    );
    expect(screen.getByRole('rowheader', { name: /^ann,/ })).toBeTruthy();
  });

  it('says so when the workers no longer hold the result, or a request fails', async () => {
    let failing = true;
    const { user } = await renderPeople({
      services: (real) => ({
        ...real,
        query: async () => ({ ok: false, missing: true }),
        rows: async (key, persons) =>
          failing ? { ok: false, problem: 'the worker stopped' } : real.rows(key, persons),
      }),
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Some rows could not be loaded: the worker stopped Try again',
    );
    expect(screen.getAllByRole('gridcell')[0]!.getAttribute('aria-busy')).toBe('true');
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect((await cellOf('ann', 'Tue, Mar 4, 2025')).textContent).toContain('E1');
    expect(screen.queryByRole('alert')).toBeNull();

    await user.type(screen.getByRole('searchbox', { name: 'Id' }), 'ann');
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^The workers no longer hold this result/,
    );
  });

  it('shows the legend in words on demand', async () => {
    const { user } = await renderPeople();
    const toggle = screen.getByRole('button', { name: 'Legend' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    const legend = screen.getByRole('complementary', { name: 'What the cells show' });
    expect(legend.textContent).toContain('Blocked: unsubscribed, or over the communication limit');
    expect(legend.textContent).toContain('Ran out of content at this cast');
    expect(within(legend).getByText('Late')).toBeTruthy();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await user.click(toggle);
    expect(screen.queryByRole('complementary')).toBeNull();
  });
});
