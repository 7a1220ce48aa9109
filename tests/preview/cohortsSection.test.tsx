// @vitest-environment jsdom
// The generated cohorts form, rendered alone: each field says what is wrong as it is typed and
// only valid values reach the document; typing in a field is one undo step; cohorts are added,
// duplicated and deleted; attributes, time zones, memberships and rates edit the right keys.
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Cohort, Scenario } from '../../src/model';
import { CohortsSection } from '../../src/preview/audience/cohorts/CohortsSection';
import { editorStore } from '../../src/store/useEditor';
import { previewProgram } from '../fixtures/previewProgram';
import { currentDoc, openDocument, renderPart, undoSteps } from './renderPreviewPart';

afterEach(cleanup);

const cohorts = (doc: Scenario = currentDoc()) => doc.generator!.cohorts;
const lead = (): Cohort => cohorts()[0]!;
const form = (id: string) => within(screen.getByRole('group', { name: `Cohort ${id}` }));

async function openLead() {
  openDocument(previewProgram(300));
  const view = renderPart(<CohortsSection />);
  await view.user.click(screen.getByRole('button', { name: 'lead', expanded: false }));
  return view;
}

// Typing letter by letter is slow on a busy machine; nothing here is about speed.
describe('cohorts form', { timeout: 30_000 }, () => {
  it('says what a cohort means, and saves a size only once it is valid', async () => {
    const { user } = await openLead();
    expect(screen.getByText(/^300 people join Early/).textContent).toBe(
      '300 people join Early, 15 a day from Mar 1, 2025 at 06:00 (the last on Mar 20, 2025).',
    );
    const before = currentDoc();
    const f = form('lead');
    const size = f.getByRole('textbox', { name: 'People' });
    await user.clear(size);
    await user.type(size, '0');
    expect(f.getByRole('alert').textContent).toBe('Enter 1 to 2,000,000 people.');
    expect(size.getAttribute('aria-invalid')).toBe('true');
    expect(currentDoc()).toBe(before); // neither the empty field nor 0 was saved

    await user.clear(size);
    await user.type(size, '2500000');
    expect(f.getByRole('alert').textContent).toBe('Enter 1 to 2,000,000 people.');
    expect(lead().size).toBe(250_000); // the last valid number typed on the way

    await user.clear(size);
    await user.type(size, '1,200');
    expect(f.queryByRole('alert')).toBeNull();
    expect(lead().size).toBe(1200);
    expect(size).toHaveProperty('value', '1,200'); // what was typed stays
    expect(undoSteps()).toBe(1); // 2, 25, ... 250000, then 1, 1,2 (12)...: one burst of typing
    expect(screen.getByText(/^1,200 people join Early/).textContent).toContain(
      '(the last on May 19, 2025)', // 80 days of 15,
    );
    act(() => editorStore.getState().undo());
    expect(lead().size).toBe(300);
    expect(size).toHaveProperty('value', '300');
  });

  it('refuses an id another cohort or a listed person would clash with', async () => {
    const doc = previewProgram(300);
    doc.people!.push({ id: 'crowd-7' });
    doc.generator!.cohorts.push({ id: 'other', size: 5, join: { from: '2025-03-01' } });
    openDocument(doc);
    const { user } = renderPart(<CohortsSection />);
    await user.click(screen.getByRole('button', { name: 'lead', expanded: false }));
    const f = form('lead'); // named after the id, which changes as it is typed
    const id = f.getByRole('textbox', { name: 'Cohort id' });
    await user.clear(id);
    await user.type(id, 'other');
    expect(f.getByRole('alert').textContent).toBe('Another cohort is called other.');
    expect(lead().id).toBe('othe');
    await user.clear(id);
    await user.type(id, 'crowd');
    expect(f.getByRole('alert').textContent).toBe(
      'The listed person crowd-7 would clash with the people of crowd. Choose another id.',
    );
    expect(lead().id).toBe('crow'); // "c", "cr"... were saved on the way, never the clash
    await user.type(id, 's');
    expect(lead().id).toBe('crowds');
  });

  it('adds, duplicates and deletes cohorts', async () => {
    openDocument(previewProgram(300));
    const { user } = renderPart(<CohortsSection />, 'en', '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Add a cohort' }));
    expect(cohorts().map((c) => c.id)).toEqual(['lead', 'cohort']);
    expect(cohorts()[1]).toEqual({
      id: 'cohort',
      size: 1000,
      join: { from: '2026-12-01', time: '08:00', perDay: 50 },
    });
    // The new cohort's form is open.
    expect(form('cohort').getByRole('textbox', { name: 'Cohort id' })).toHaveProperty(
      'value',
      'cohort',
    );
    await user.click(screen.getByRole('button', { name: 'Duplicate cohort lead' }));
    expect(cohorts().map((c) => `${c.id}:${c.size}`)).toEqual([
      'lead:300',
      'lead-copy:300',
      'cohort:1000',
    ]);
    await user.click(screen.getByRole('button', { name: 'Delete cohort lead' }));
    expect(cohorts().map((c) => c.id)).toEqual(['lead-copy', 'cohort']);
    expect(screen.getByText('1,300 of at most 2,000,000 people')).toBeTruthy();
  });

  it('edits the join schedule: stream, pace and people per step', async () => {
    const { user } = await openLead();
    const f = form('lead');
    await user.selectOptions(f.getByRole('combobox', { name: 'Stream' }), 'Late');
    expect(lead().join.stream).toBe('late');
    await user.click(f.getByRole('radio', { name: 'Per week' }));
    expect(lead().join).toEqual({ stream: 'late', from: '2025-03-01', time: '06:00', perWeek: 15 });
    const per = f.getByRole('textbox', { name: 'People per week' });
    await user.clear(per);
    expect(f.getByRole('alert').textContent).toBe('Enter a whole number of at least 1.');
    await user.type(per, '100');
    expect(lead().join.perWeek).toBe(100);
    await user.click(f.getByRole('radio', { name: 'All at once' }));
    expect(lead().join).toEqual({ stream: 'late', from: '2025-03-01', time: '06:00' });
    expect(screen.getByText(/^300 people join Late on Mar 1, 2025 at 06:00\.$/)).toBeTruthy();
  });

  it('adds an attribute and changes how its values are drawn', async () => {
    const { user } = await openLead();
    const f = form('lead');
    await user.type(f.getByRole('textbox', { name: 'New attribute' }), 'country');
    await user.click(f.getByRole('button', { name: 'Add the attribute' }));
    expect(f.getByRole('alert').textContent).toBe('The cohort already has an attribute country.');
    await user.clear(f.getByRole('textbox', { name: 'New attribute' }));
    await user.type(f.getByRole('textbox', { name: 'New attribute' }), 'score');
    await user.click(f.getByRole('button', { name: 'Add the attribute' }));
    expect(lead().attributes!.score).toEqual({ value: '' });

    const score = within(f.getByRole('group', { name: 'Attribute score' }));
    await user.selectOptions(score.getByRole('combobox', { name: 'Values' }), 'Uniform range');
    expect(lead().attributes!.score).toEqual({ uniform: { min: 0, max: 100, integer: true } });
    const from = score.getByRole('textbox', { name: 'From' });
    await user.clear(from);
    await user.type(from, '150');
    expect(score.getByRole('alert').textContent).toBe('From must not be above to.');
    await user.clear(from);
    await user.type(from, '10');
    expect(lead().attributes!.score).toEqual({ uniform: { min: 10, max: 100, integer: true } });
    await user.click(score.getByRole('checkbox', { name: 'Whole numbers only' }));
    expect(lead().attributes!.score).toEqual({ uniform: { min: 10, max: 100 } });

    const country = within(f.getByRole('group', { name: 'Attribute country' }));
    expect(country.getAllByText('50 %')).toHaveLength(2);
    const weight = country.getAllByRole('textbox', { name: 'Weight' })[0]!;
    await user.clear(weight);
    await user.type(weight, '3');
    expect(lead().attributes!.country).toEqual({
      oneOf: [
        { value: 'DE', weight: 3 },
        { value: 'FR', weight: 1 },
      ],
    });
    expect(country.getByText('75 %')).toBeTruthy();
    expect(country.getByText('25 %')).toBeTruthy();
    await user.click(f.getByRole('button', { name: 'Remove attribute country' }));
    expect(Object.keys(lead().attributes!)).toEqual(['score']);
  });

  it('edits time zones, memberships and rates, with the program’s zone and rates as defaults', async () => {
    const { user } = await openLead();
    const f = form('lead');
    const zone = f.getByRole('combobox', { name: 'Zone 2' });
    await user.clear(zone);
    await user.type(zone, 'Mars/Base');
    expect(f.getByRole('alert').textContent).toBe(
      '“Mars/Base” is not a known time zone. Pick one from the list, for example Europe/Berlin.',
    );
    await user.clear(zone);
    await user.type(zone, 'asia/tokyo');
    expect(lead().timeZones).toEqual([
      { zone: null, weight: 2 },
      { zone: 'Asia/Tokyo', weight: 1 },
    ]);
    await user.click(f.getByRole('button', { name: 'Remove zone unknown' }));
    await user.click(f.getByRole('button', { name: 'Remove zone Asia/Tokyo' }));
    expect(lead().timeZones).toBeUndefined();
    expect(
      f.getByText('Everyone’s zone is unknown: they get the program’s zone (Europe/Berlin).'),
    ).toBeTruthy();

    await user.click(f.getByRole('button', { name: 'Add a program item' }));
    expect(lead().programs).toEqual([{ program: 'P1', share: 0.1 }]);
    const share = f.getByRole('textbox', { name: 'Share (%)' });
    await user.clear(share);
    await user.type(share, '12,5');
    expect(lead().programs).toEqual([{ program: 'P1', share: 0.125 }]);

    const opens = f.getByRole('textbox', { name: 'Opens (%)' });
    expect(opens.getAttribute('placeholder')).toBe('30');
    await user.type(opens, '45');
    expect(lead().behavior).toEqual({ open: 0.45 });
    await user.clear(opens);
    expect(lead().behavior).toBeUndefined();
    await user.type(f.getByRole('textbox', { name: 'Start unsubscribed (%)' }), '101');
    expect(f.getByRole('alert').textContent).toBe('Enter a percentage from 0 to 100.');
    expect(lead().unsubscribed).toBe(0.1); // "1", "10" were valid on the way
  });

  it('sets the generator seed, and offers no cohort without a stream', async () => {
    openDocument(previewProgram(300));
    const { user } = renderPart(<CohortsSection />);
    const seed = screen.getByRole('textbox', { name: 'Generator seed' });
    await user.clear(seed);
    await user.type(seed, '42');
    expect(currentDoc().generator!.seed).toBe(42);
    cleanup();

    const empty = previewProgram(300);
    openDocument({ ...empty, program: { ...empty.program, streams: [] }, generator: undefined });
    renderPart(<CohortsSection />);
    const add = screen.getByRole('button', { name: 'Add a cohort' });
    expect(add).toHaveProperty('disabled', true);
    expect(document.getElementById(add.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Add a stream on the canvas first: a cohort joins a stream.',
    );
  });

  it('speaks German', async () => {
    openDocument(previewProgram(300));
    renderPart(<CohortsSection />, 'de');
    expect(screen.getByText(/^300 Personen/).textContent).toBe(
      '300 Personen treten Early bei, 15 pro Tag ab 1. März 2025 um 06:00 Uhr (die letzte am 20. März 2025).',
    );
  });
});
