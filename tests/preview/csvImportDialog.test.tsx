// @vitest-environment jsdom
// Importing people from a CSV through the dialog (its worker runs on this thread in jsdom): the
// columns with their detected types and default mapping, bad rows by line and reason, people
// already listed updated or skipped, and nothing changed until "Import".
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { editorStore } from '../../src/store/useEditor';
import { previewProgram } from '../fixtures/previewProgram';
import { currentDoc, giveElementsHeight, personOf, renderAudience } from './renderAudience';

let restore: () => void;
beforeAll(() => {
  restore = giveElementsHeight();
});
afterAll(() => restore());
afterEach(cleanup);

const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
const PEOPLE = [
  'E-Mail;Zeitzone;Abgemeldet;Punkte',
  'dora@example.com;Europe/Paris;nein;0042',
  'lead-2;;;1', // a generated person's id
  'ann;;ja;7.5', // listed already
  'eve@example.com;Mars/Olympus;;3',
].join('\n');

async function openDialog(text = PEOPLE) {
  const rendered = renderAudience(previewProgram(30));
  await rendered.user.upload(screen.getByTestId('audience-csv-file'), csv('people.csv', text));
  const dialog = await screen.findByRole('dialog', { name: 'Import people from people.csv' });
  await within(dialog).findByText('2 rows are ready to import.');
  return { ...rendered, dialog };
}

describe('the CSV import dialog', () => {
  it('shows the columns found, their types and mapping, and every bad row by line', async () => {
    const { dialog } = await openDialog();
    within(dialog).getByText('4 rows and 4 columns found, separated by semicolons.');
    const mapping = (column: string) =>
      (
        within(dialog).getByRole('combobox', {
          name: `Import column ${column} as`,
        }) as HTMLSelectElement
      ).value;
    expect(['E-Mail', 'Zeitzone', 'Abgemeldet', 'Punkte'].map(mapping)).toEqual([
      'id',
      'timeZone',
      'unsubscribed',
      'attribute',
    ]);
    const punkte = within(dialog).getByRole('row', { name: /^Punkte/ });
    within(punkte).getByText('mixed'); // 0042 stays text, 1 and 7.5 are numbers
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Line 3 (lead-2): the id is that of a generated person of cohort lead',
      'Line 5 (eve@example.com): “Mars/Olympus” is not a known time zone',
    ]);
    within(dialog).getByText('1 of them is already in the file:');
  });

  it('imports the good rows in one undoable step, updating people already listed', async () => {
    const { user, dialog } = await openDialog();
    const before = currentDoc();
    await user.click(within(dialog).getByRole('button', { name: 'Import 2 people' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(personOf('dora@example.com')).toEqual({
      id: 'dora@example.com',
      timeZone: 'Europe/Paris', // "nein": subscribed, which the file writes as no key
      attributes: { Punkte: '0042' },
    });
    expect(personOf('ann')).toEqual({
      id: 'ann',
      attributes: { country: 'DE', Punkte: 7.5 },
      unsubscribed: true,
    });
    screen.getByText('2 people imported.');
    act(() => editorStore.getState().undo());
    expect(currentDoc()).toBe(before);
  });

  it('can skip people already listed instead', async () => {
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('radio', { name: 'Skip them' }));
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 person' }));
    expect(personOf('ann')).toEqual({ id: 'ann', attributes: { country: 'DE' } });
    expect(currentDoc().people!.map((p) => p.id)).toEqual([
      'ann',
      'ben',
      'cara',
      'dora@example.com',
    ]);
  });

  it('needs an id column, and lets a column be renamed or ignored', async () => {
    const { user, dialog } = await openDialog();
    const select = (column: string) =>
      within(dialog).getByRole('combobox', { name: `Import column ${column} as` });
    await user.selectOptions(select('E-Mail'), 'ignore');
    within(dialog).getByText("Choose the column that holds each person's id.");
    expect(within(dialog).getByRole('button', { name: 'Import 0 people' })).toHaveProperty(
      'disabled',
      true,
    );
    await user.selectOptions(select('E-Mail'), 'id');
    await user.selectOptions(select('Zeitzone'), 'ignore');
    const name = within(dialog).getByRole('textbox', { name: 'Attribute name for column Punkte' });
    await user.clear(name);
    await user.type(name, 'score');
    await within(dialog).findByText('3 rows are ready to import.'); // eve's zone is ignored now
    await user.click(within(dialog).getByRole('button', { name: 'Import 3 people' }));
    expect(personOf('eve@example.com')).toEqual({
      id: 'eve@example.com',
      attributes: { score: 3 },
    });
  });

  it('changes nothing when cancelled', async () => {
    const { user, dialog } = await openDialog();
    const before = currentDoc();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(currentDoc()).toBe(before);
    expect(editorStore.getState().past).toEqual([]);
  });

  it('opens on a CSV dropped on the people section, with a hint while it is dragged over', async () => {
    renderAudience(previewProgram(30));
    const section = screen.getByRole('region', { name: 'People in the file' });
    const dataTransfer = { types: ['Files'], files: [csv('dropped.csv', PEOPLE)] };
    fireEvent.dragEnter(section, { dataTransfer });
    screen.getByText('Drop a CSV file to import its people');
    fireEvent.drop(section, { dataTransfer });
    expect(screen.queryByText('Drop a CSV file to import its people')).toBeNull();
    const dialog = await screen.findByRole('dialog', { name: 'Import people from dropped.csv' });
    await within(dialog).findByText('2 rows are ready to import.');
  });

  it('says so when a file has no rows', async () => {
    const { user } = renderAudience(previewProgram(30));
    await user.upload(screen.getByTestId('audience-csv-file'), csv('empty.csv', '\n'));
    await screen.findByText(
      'empty.csv has no rows: a CSV needs a header row and one row per person.',
    );
    expect(screen.queryByRole('button', { name: /^Import \d/ })).toBeNull();
  });
});
