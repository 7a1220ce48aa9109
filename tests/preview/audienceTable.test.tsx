// @vitest-environment jsdom
// The people table of the Audience tab: add a person, edit their values (typed as numbers,
// booleans or text), time zones, memberships and unsubscribed, delete, search; each a named action
// that undo takes back.
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model';
import { editorStore } from '../../src/store/useEditor';
import { previewProgram } from '../fixtures/previewProgram';
import {
  alerts,
  currentDoc,
  field,
  giveElementsHeight,
  personOf,
  renderAudience,
} from './renderAudience';

let restore: () => void;
beforeAll(() => {
  restore = giveElementsHeight();
});
afterAll(() => restore());
afterEach(cleanup);

const withoutPeople = (): Scenario => ({ ...previewProgram(30), people: [], events: [] });

describe('the people table', () => {
  it('starts empty with a way to add a person and to import a CSV; adds one by id', async () => {
    const { user } = renderAudience(withoutPeople());
    screen.getByText('No people in the file yet');
    screen.getByRole('button', { name: 'Import a CSV' });
    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    const id = field("New person's id");
    expect(id.value).toBe('person-1');
    await user.clear(id);
    await user.type(id, 'lead-4{Enter}');
    expect(alerts()).toEqual([
      '“lead-4” is the id of a generated person of cohort lead (its people are lead-1 to lead-30): choose another id.',
    ]);
    expect(currentDoc().people).toEqual([]);
    await user.clear(field("New person's id"));
    await user.type(field("New person's id"), 'dora{Enter}');
    expect(currentDoc().people).toEqual([{ id: 'dora' }]);
    expect(field('Id of dora').value).toBe('dora');
    screen.getByText('1 person');
  });

  it('refuses to add an id already in the file, naming it', async () => {
    const { user } = renderAudience(previewProgram(30));
    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    await user.clear(field("New person's id"));
    await user.type(field("New person's id"), 'ben{Enter}');
    expect(alerts()).toEqual([
      '“ben” is already a person in the file: every person needs an id of their own.',
    ]);
    expect(currentDoc().people!.map((p) => p.id)).toEqual(['ann', 'ben', 'cara']);
  });

  it('edits an attribute with its type shown, and undo takes the typing back in one step', async () => {
    const { user } = renderAudience(previewProgram(30));
    const country = field('country of ann');
    expect(country.value).toBe('DE');
    expect(within(country.parentElement!).getByText('text')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add attribute' }));
    await user.type(field('Attribute name'), 'score{Enter}');
    await user.type(field('score of ben'), '0042');
    expect(personOf('ben')!.attributes).toEqual({ country: 'US', score: '0042' });
    await user.clear(field('score of ben'));
    // "1.0" on the way to "1.05" means 1, stored as such, and the text stays as typed.
    await user.type(field('score of ben'), '1.05');
    expect(personOf('ben')!.attributes).toEqual({ country: 'US', score: 1.05 });
    await user.type(field('score of ben'), '0');
    expect(personOf('ben')!.attributes).toEqual({ country: 'US', score: 1.05 });
    expect(field('score of ben').value).toBe('1.050');
    expect(within(field('score of ben').parentElement!).getByText('number')).toBeTruthy();

    await user.clear(country);
    expect(personOf('ann')!.attributes).toBeUndefined(); // empty: no value
    await user.type(country, 'true');
    expect(personOf('ann')!.attributes).toEqual({ country: true });

    act(() => editorStore.getState().undo());
    expect(personOf('ann')!.attributes).toEqual({ country: 'DE' });
    expect(field('country of ann').value).toBe('DE');
    act(() => editorStore.getState().undo());
    expect(personOf('ben')!.attributes).toEqual({ country: 'US' });
  });

  it('takes a time zone from the list, says why an unknown one is not applied', async () => {
    const { user } = renderAudience(previewProgram(30));
    const zone = screen.getByRole('combobox', { name: 'Time zone of ann' }) as HTMLInputElement;
    expect(zone.placeholder).toBe('Europe/Berlin (program zone)');
    await user.type(zone, 'Mars/Olympus');
    await user.tab();
    expect(alerts()).toEqual([
      '“Mars/Olympus” is not a known time zone. Pick one from the list, for example Europe/Berlin, or leave it empty for the program zone.',
    ]);
    expect(document.getElementById(zone.getAttribute('aria-describedby')!)!.textContent).toBe(
      alerts()[0],
    );
    expect(zone.getAttribute('aria-invalid')).toBe('true');
    expect(personOf('ann')!.timeZone).toBeUndefined();
    await user.clear(zone);
    await user.type(zone, 'europe/paris');
    expect(personOf('ann')!.timeZone).toBe('Europe/Paris');
    expect(alerts()).toEqual([]);
    await user.clear(screen.getByRole('combobox', { name: 'Time zone of ben' }));
    expect(personOf('ben')!.timeZone).toBeUndefined(); // empty: the program zone
  });

  it('renames a person, refusing an id that is taken', async () => {
    const { user } = renderAudience(previewProgram(30));
    const id = field('Id of cara');
    await user.clear(id);
    await user.type(id, 'ann{Enter}');
    expect(alerts()).toEqual([
      '“ann” is already a person in the file: every person needs an id of their own.',
    ]);
    expect(personOf('cara')).toBeDefined();
    await user.clear(id);
    await user.type(id, 'carla');
    await user.tab();
    expect(personOf('carla')).toBeDefined();
    expect(currentDoc().events!.filter((e) => 'person' in e && e.person === 'carla')).toHaveLength(
      2,
    );
  });

  it('sets memberships of program items and unsubscribed', async () => {
    const { user } = renderAudience(previewProgram(30));
    await user.click(screen.getByRole('button', { name: 'Program memberships of ann: None' }));
    const dialog = screen.getByRole('dialog', { name: 'Program memberships of ann' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'P1' }));
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(personOf('ann')!.programs).toEqual(['P1']);
    screen.getByRole('button', { name: 'Program memberships of ann: P1' });
    await user.click(screen.getByRole('checkbox', { name: 'ben is unsubscribed' }));
    expect(personOf('ben')!.unsubscribed).toBe(true);
  });

  it('asks before deleting a person with events, and deletes their events with them', async () => {
    const { user } = renderAudience(previewProgram(30));
    await user.click(screen.getByRole('button', { name: 'Delete ann' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete ann?' });
    expect(dialog.textContent).toContain('ann has 3 scripted events. They are deleted too');
    await user.click(within(dialog).getByRole('button', { name: 'Keep ann' }));
    expect(personOf('ann')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Delete ann' }));
    await user.click(screen.getByRole('button', { name: 'Delete ann and their events' }));
    expect(personOf('ann')).toBeUndefined();
    expect(currentDoc().events!.some((e) => 'person' in e && e.person === 'ann')).toBe(false);
    act(() => editorStore.getState().undo());
    expect(personOf('ann')).toBeDefined();
    expect(currentDoc().events).toHaveLength(7);
  });

  it('searches people by id', async () => {
    const { user } = renderAudience(previewProgram(30));
    await user.type(screen.getByRole('searchbox', { name: 'Search by id' }), 'B');
    await screen.findByText('1 of 3 shown');
    expect(screen.queryByRole('textbox', { name: 'Id of ann' })).toBeNull();
    field('Id of ben');
    await user.type(screen.getByRole('searchbox', { name: 'Search by id' }), 'z');
    await screen.findByText("No person's id contains “Bz”.");
  });
});
