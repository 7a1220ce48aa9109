// @vitest-environment jsdom
// The Script tab: events listed as they apply, added through the form in time order, edited in
// place with every field checked as typed (an invalid draft never reaches the document), deleted,
// duplicated, filtered, and undone with the editor's history.
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario, ScenarioEvent } from '../../src/model';
import { ScriptView } from '../../src/preview/script/ScriptView';
import { editorStore } from '../../src/store/useEditor';
import { previewProgram } from '../fixtures/previewProgram';
import { currentDoc, openDocument, renderPart, undoSteps } from './renderPreviewPart';

afterEach(cleanup);
// jsdom has no layout: the table scrolls the edited event into view through this.
beforeAll(() => {
  Element.prototype.scrollIntoView ??= () => {};
});

const form = (name: 'New event' | 'Edit event') => within(screen.getByRole('region', { name }));
const rows = () => screen.getAllByRole<HTMLTableRowElement>('row').slice(1);
const rowTexts = () => rows().map((r) => r.textContent);
const eventsOf = (doc: Scenario, person: string) =>
  (doc.events ?? [])
    .filter((e) => 'person' in e && e.person === person)
    .map((e) => `${e.at} ${e.type}`);

// Typing letter by letter is slow on a busy machine; nothing here is about speed.
describe('Script tab', { timeout: 30_000 }, () => {
  it('adds a pause for ann, refuses an impossible date as typed, and saves the fix', async () => {
    openDocument(previewProgram(10));
    const { user } = renderPart(<ScriptView />);
    expect(rows()).toHaveLength(7);

    await user.click(screen.getByRole('button', { name: 'Add an event' }));
    const adding = form('New event');
    await user.selectOptions(adding.getByRole('combobox', { name: 'Type' }), 'Pause');
    // When: a date and a time typed as the app's language writes them.
    const day = adding.getByRole('textbox', { name: 'Date' });
    await user.clear(day);
    await user.type(day, '04/01/2025');
    const time = adding.getByRole('textbox', { name: 'Time' });
    await user.clear(time);
    await user.type(time, '12:00');
    await user.tab();
    await user.type(adding.getByRole('combobox', { name: 'Person' }), 'ann');
    await user.click(adding.getByRole('button', { name: 'Add the event' }));

    // In time order: after ann's resume (20 Mar), before cara's removal (2 Apr).
    const added = currentDoc();
    expect(added.events![6]).toEqual({ at: '2025-04-01T12:00', type: 'pause', person: 'ann' });
    expect(added.events![7]).toMatchObject({ type: 'remove', person: 'cara' });
    expect(undoSteps()).toBe(1);
    expect(screen.getByRole('status').textContent).toBe(
      'Added: Pause, ann, Tue, Apr 1, 2025, 12:00.',
    );
    const editing = form('Edit event');
    expect(rows().find((r) => r.getAttribute('aria-current') === 'true')!.textContent).toBe(
      'Tue, Apr 1, 2025, 12:00annPause',
    );

    const date = editing.getByRole('textbox', { name: 'Date' });
    await user.clear(date);
    await user.type(date, '04/31/2025{Enter}');
    expect(editing.getByRole('alert').textContent).toBe(
      '“04/31/2025” is not a day of the calendar: enter the date as MM/DD/YYYY.',
    );
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(currentDoc()).toBe(added);

    await user.clear(date);
    await user.type(date, '04/03/2025');
    await user.tab(); // Enter would also save it, and close the form (Done)
    expect(editing.queryByRole('alert')).toBeNull();
    const fixed = currentDoc();
    expect(fixed).not.toBe(added);
    // Now after cara's removal, and still the event the form edits.
    expect(fixed.events![7]).toEqual({ at: '2025-04-03T12:00', type: 'pause', person: 'ann' });
    expect(eventsOf(fixed, 'ann')).toEqual([
      '2025-03-01T08:00 add',
      '2025-03-07T12:00 pause',
      '2025-03-20T12:00 resume',
      '2025-04-03T12:00 pause',
    ]);
    expect(undoSteps()).toBe(2);

    // Undo takes the form back with the document.
    act(() => editorStore.getState().undo());
    expect(currentDoc()).toBe(added);
    expect(form('Edit event').getByRole('textbox', { name: 'Date' })).toHaveProperty(
      'value',
      '04/01/2025',
    );
    act(() => editorStore.getState().undo());
    expect(currentDoc().events).toHaveLength(7);
    expect(screen.queryByRole('region', { name: 'Edit event' })).toBeNull();
  });

  it('does not add an event until every field is valid, and says which are not', async () => {
    openDocument(previewProgram(10));
    const before = currentDoc();
    const { user } = renderPart(<ScriptView />);
    await user.click(screen.getByRole('button', { name: 'Add an event' }));
    let adding = form('New event');
    // The form takes the keyboard, type first; Escape gives it back.
    expect(document.activeElement).toBe(adding.getByRole('combobox', { name: 'Type' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'New event' })).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add an event' })),
    );
    await user.keyboard('{Enter}');
    adding = form('New event');
    await user.selectOptions(adding.getByRole('combobox', { name: 'Type' }), 'Click email');
    // Only the fields of a click: person and email.
    expect(adding.queryByRole('combobox', { name: 'Stream' })).toBeNull();
    await user.selectOptions(adding.getByRole('combobox', { name: 'Email' }), 'E2');
    await user.click(adding.getByRole('button', { name: 'Add the event' }));
    expect(adding.getByRole('alert').textContent).toBe('Enter the id of a person.');
    // The keyboard is taken to the field that says what is wrong.
    expect(document.activeElement).toBe(adding.getByRole('combobox', { name: 'Person' }));
    await user.type(adding.getByRole('combobox', { name: 'Person' }), 'lead-2');
    expect(adding.getByRole('alert').textContent).toMatch(/lead-2 is a generated person/);
    await user.click(adding.getByRole('button', { name: 'Add the event' }));
    expect(currentDoc()).toBe(before);
  });

  it('lists events as they apply: the time in the program zone, absolute times marked', () => {
    const doc = previewProgram(10);
    doc.events = [
      { at: '2025-03-05T09:00', type: 'deactivate', content: 'E4' },
      { at: '2025-03-05T08:00Z', type: 'set', person: 'ben', attribute: 'code', value: '50' },
      { at: '2025-03-01T08:00', type: 'add', person: 'ann' },
    ];
    openDocument(doc);
    renderPart(<ScriptView />);
    expect(rowTexts()).toEqual([
      'Sat, Mar 1, 2025, 08:00annAdd to programinto the first stream (Early)',
      // 08:00Z is 09:00 in Berlin: the same instant as the deactivation, and after it in the file.
      'Wed, Mar 5, 2025, 09:00ProgramSwitch item offE4',
      '2025-03-05T08:00ZabsolutebenChange attributecode = "50"',
    ]);
    expect(screen.getByText('absolute').getAttribute('title')).toBe(
      'A fixed instant: Wed, Mar 5, 2025, 09:00 in Europe/Berlin',
    );
  });

  it('duplicates and deletes from the table, and filters by person and type', async () => {
    openDocument(previewProgram(10));
    const { user } = renderPart(<ScriptView />);
    await user.click(
      screen.getByRole('button', {
        name: 'Duplicate the event: Pause, ann, Fri, Mar 7, 2025, 12:00',
      }),
    );
    expect(eventsOf(currentDoc(), 'ann')).toEqual([
      '2025-03-01T08:00 add',
      '2025-03-07T12:00 pause',
      '2025-03-07T12:00 pause',
      '2025-03-20T12:00 resume',
    ]);
    expect(form('Edit event').getByRole('textbox', { name: 'Date' })).toHaveProperty(
      'value',
      '03/07/2025',
    );
    expect(form('Edit event').getByRole('textbox', { name: 'Time' })).toHaveProperty(
      'value',
      '12:00',
    );

    await user.click(
      screen.getByRole('button', {
        name: 'Delete the event: Unsubscribe, ben, Mon, Mar 10, 2025, 12:00',
      }),
    );
    expect(eventsOf(currentDoc(), 'ben')).toEqual(['2025-03-01T08:00 add']);
    expect(screen.getByRole('status').textContent).toBe(
      'Deleted: Unsubscribe, ben, Mon, Mar 10, 2025, 12:00. Ctrl+Z brings it back.',
    );

    const filters = within(screen.getByRole('group', { name: 'Filter the events' }));
    await user.type(filters.getByRole('combobox', { name: 'Person' }), 'ann');
    expect(rows().map((r) => r.cells[2]!.textContent)).toEqual([
      'Add to program',
      'Pause',
      'Pause',
      'Resume',
    ]);
    expect(screen.getByText('4 of 7 events')).toBeTruthy();
    await user.selectOptions(filters.getByRole('combobox', { name: 'Type' }), 'Resume');
    expect(rows()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Clear the filters' }));
    expect(rows()).toHaveLength(7);
  });

  it('renders only the rows in view of a long script', () => {
    const doc = previewProgram(10);
    doc.events = Array.from({ length: 5000 }, (_, i): ScenarioEvent => ({
      at: `2025-03-${String(1 + (i % 28)).padStart(2, '0')}T08:00`,
      type: i % 2 ? 'pause' : 'resume',
      person: 'ann',
    }));
    openDocument(doc);
    renderPart(<ScriptView />);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('5001');
    expect(rows().length).toBeLessThan(100);
    expect(screen.getByText('5,000 events')).toBeTruthy();
  });

  it('speaks German', () => {
    openDocument(previewProgram(10));
    renderPart(<ScriptView />, 'de');
    expect(rowTexts()[3]).toBe('Fr., 7. März 2025, 12:00annPausieren');
    expect(screen.getByRole('button', { name: 'Ereignis hinzufügen' })).toBeTruthy();
  });
});
