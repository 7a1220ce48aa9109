// @vitest-environment jsdom
// The stream inspector: name (one undo step per typed word) and the cadence editor, whose next
// cast dates must be exactly what the engine's calendar computes.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defineAction } from '../../src/document/actions/action';
import { castDays, dayOf, isoOfDay } from '../../src/engine';
import { editorStore } from '../../src/store/useEditor';
import {
  currentDoc,
  historyLength,
  inspector,
  openProgram,
  renderInspector,
  streamOf,
} from './renderInspector';

afterEach(cleanup);

const nextDates = () =>
  within(screen.getByRole('region', { name: 'Next casts' }))
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('time')!.getAttribute('dateTime'));

describe('stream inspector', () => {
  it('renames the stream as you type, and the whole word is one undo step', async () => {
    openProgram([{ kind: 'stream', id: 'S1' }]);
    const { user } = renderInspector();
    within(inspector()).getByRole('heading', { name: 'Stream' });
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveProperty('value', 'Early');

    await user.clear(name);
    await user.type(name, 'Welcome');
    expect(streamOf('S1').name).toBe('Welcome');
    expect(historyLength()).toBe(1);

    editorStore.getState().undo();
    expect(streamOf('S1').name).toBe('Early');
    expect(await screen.findByDisplayValue('Early')).toBe(name);
  });

  it('R19: monthly on the 3rd Tuesday lists the casts the engine computes', async () => {
    openProgram([{ kind: 'stream', id: 'S1' }]);
    const { user } = renderInspector('2025-03-01');
    expect(nextDates()).toEqual([
      '2025-03-04',
      '2025-03-11',
      '2025-03-18',
      '2025-03-25',
      '2025-04-01',
    ]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Repeats' }), 'Monthly');
    // Switching type keeps the date and time of the weekly cadence.
    expect(streamOf('S1').cadence).toMatchObject({
      type: 'monthly',
      firstCast: '2025-03-04',
      time: '09:00',
      every: 1,
    });
    fireEvent.change(screen.getByLabelText('First cast'), { target: { value: '03/18/2025' } });
    fireEvent.blur(screen.getByLabelText('First cast'));
    await user.click(screen.getByRole('radio', { name: 'a weekday of the month' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Which' }), 'Third');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Weekday' }), 'Tuesday');

    const cadence = streamOf('S1').cadence!;
    expect(cadence).toEqual({
      type: 'monthly',
      firstCast: '2025-03-18',
      time: '09:00',
      every: 1,
      nthWeekday: { n: 3, weekday: 'tue' },
    });
    const engine = castDays(cadence, dayOf('2025-12-31')).slice(0, 5).map(isoOfDay);
    expect(nextDates()).toEqual(engine);
    expect(nextDates().slice(0, 3)).toEqual(['2025-03-18', '2025-04-15', '2025-05-20']);
    screen.getByText('Every month on the third Tuesday at 09:00');
  });

  it('lists casts from today when the first cast is already past', () => {
    openProgram([{ kind: 'stream', id: 'S2' }]);
    renderInspector('2025-04-02');
    expect(nextDates()).toEqual([
      '2025-04-03',
      '2025-04-10',
      '2025-04-17',
      '2025-04-24',
      '2025-05-01',
    ]);
    screen.getByText('At 09:00, America/New_York');
  });

  it('weekly with no weekday says so and leaves the document unchanged', async () => {
    openProgram([{ kind: 'stream', id: 'S1' }]);
    const { user } = renderInspector();
    const before = currentDoc();
    await user.click(screen.getByRole('checkbox', { name: 'Tuesday' }));

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/at least one weekday/);
    expect(currentDoc()).toBe(before);
    const days = screen.getByRole('group', { name: 'On' });
    expect(days.getAttribute('aria-describedby')).toBe(alert.id);

    await user.click(screen.getByRole('checkbox', { name: 'Thursday' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(streamOf('S1').cadence).toMatchObject({ type: 'weekly', weekdays: ['thu'] });
  });

  it('every must be a whole number of 1 or more; an invalid entry is not applied', async () => {
    openProgram([{ kind: 'stream', id: 'S1' }]);
    const { user } = renderInspector();
    const every = screen.getByRole('textbox', { name: 'Every how many weeks' });
    await user.clear(every);
    await user.type(every, '0');
    expect(every.getAttribute('aria-invalid')).toBe('true');
    screen.getByRole('alert');
    expect(streamOf('S1').cadence).toMatchObject({ every: 1 });

    await user.clear(every);
    await user.type(every, '2');
    expect(streamOf('S1').cadence).toMatchObject({ every: 2 });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('none and back: the date, time and weekdays come back; recipient time zone is saved', async () => {
    openProgram([{ kind: 'stream', id: 'S1' }]);
    const { user } = renderInspector();
    const repeats = screen.getByRole('combobox', { name: 'Repeats' });
    await user.selectOptions(repeats, 'Never (no cadence)');
    expect(streamOf('S1').cadence).toEqual({ type: 'none' });
    screen.getByText('This stream does not cast.');

    await user.selectOptions(repeats, 'Weekly');
    expect(streamOf('S1').cadence).toEqual({
      type: 'weekly',
      firstCast: '2025-03-04',
      time: '09:00',
      every: 1,
      weekdays: ['tue'],
    });
    await user.click(
      screen.getByRole('checkbox', { name: 'Deliver in each recipient’s time zone' }),
    );
    expect(streamOf('S1').cadence).toMatchObject({ recipientTimeZone: true });
    fireEvent.change(screen.getByLabelText('Time'), { target: { value: '' } });
    fireEvent.blur(screen.getByLabelText('Time'));
    screen.getByText(/Enter the time as HH:MM on the 24-hour clock/);
    expect(streamOf('S1').cadence).toMatchObject({ time: '09:00' });
  });

  it('a stream without a cadence starts its draft tomorrow, on that weekday', async () => {
    openProgram([{ kind: 'stream', id: 'S1' }]);
    const dropCadence = defineAction<string>({
      name: 'dropCadence',
      scope: 'program',
      perform: (doc, id) => ({
        ok: true,
        doc: {
          ...doc,
          program: {
            ...doc.program,
            streams: doc.program.streams.map((s) => (s.id === id ? { id } : s)),
          },
        },
      }),
    });
    editorStore.getState().apply(dropCadence, 'S1');
    const { user } = renderInspector('2025-03-01');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Repeats' }), 'Weekly');
    expect(streamOf('S1').cadence).toEqual({
      type: 'weekly',
      firstCast: '2025-03-02',
      time: '09:00',
      every: 1,
      weekdays: ['sun'],
    });
  });
});
