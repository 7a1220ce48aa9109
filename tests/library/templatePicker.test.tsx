// @vitest-environment jsdom
// The template picker: the gallery on the empty library and "Start from" in New program. A template
// opens as a new program of the user's own (fresh id, chosen name), with its notes in the UI
// language; the template file itself is never changed.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProgramRepo } from '../../src/db/programRepo';
import { readUi } from '../../src/document/ops/ui';
import { instantiateTemplate } from '../../src/library/templates/instantiateTemplate';
import { templateText } from '../templates/templateFiles';
import { closeDatabases, renderLibrary } from './renderLibrary';

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '';
});
afterEach(async () => {
  cleanup();
  await closeDatabases();
});

/** The one program stored once the editor route opened, with its document. */
async function openedProgram(repo: ProgramRepo) {
  await waitFor(() => expect(window.location.hash).toMatch(/^#\/program\/.+/));
  const [summary, ...others] = await repo.listPrograms();
  expect(others).toEqual([]);
  expect(window.location.hash).toBe(`#/program/${summary!.id}`);
  return (await repo.getProgram(summary!.id))!.document;
}

const notesOf = (doc: unknown) => readUi((doc as { ui?: unknown }).ui, []).notes;
const rawNotes = (doc: unknown) => (doc as { ui: { notes: Record<string, unknown>[] } }).ui.notes;

describe('template gallery on the empty library', () => {
  it('offers every template and opens a copy of the one chosen', async () => {
    const before = templateText('worked-example');
    const { user, repo } = renderLibrary();
    const gallery = await screen.findByRole('region', { name: 'Or start from a template' });
    expect(within(gallery).getAllByRole('button')).toHaveLength(6);
    await user.click(
      within(gallery).getByRole('button', { name: 'The rule book’s worked example' }),
    );
    const doc = await openedProgram(repo);
    expect(doc.program.name).toBe('The rule book’s worked example');
    expect(doc.program.id).not.toBe('nurture-a');
    expect(doc.program.streams.map((s) => s.name)).toEqual(['Early', 'Late']);
    expect(doc.people?.map((p) => p.id)).toEqual(['ann', 'ben', 'cara', 'dev', 'jo', 'kim', 'kip']);
    expect(notesOf(doc)[2]!.text).toMatch(/^Cara fills out F-demo/);
    expect(rawNotes(doc).every((n) => !('texts' in n))).toBe(true);
    expect(templateText('worked-example')).toBe(before);
  });

  it('speaks German: titles, descriptions and the new program’s notes', async () => {
    const { user, repo } = renderLibrary(undefined, 'de');
    const gallery = await screen.findByRole('region', { name: 'Oder mit einer Vorlage beginnen' });
    const button = within(gallery).getByRole('button', { name: 'Ein Stream je Sprache' });
    const description = document.getElementById(button.getAttribute('aria-describedby')!);
    expect(description!.textContent).toContain('Personen werden nach ihrer Sprache zugeordnet');
    await user.click(button);
    const doc = await openedProgram(repo);
    expect(doc.program.name).toBe('Ein Stream je Sprache');
    expect(notesOf(doc)[0]!.text).toMatch(/^English steht vorn/);
    // Stream names stay as the file has them: they stand for the user's own assets.
    expect(doc.program.streams.map((s) => s.name)).toEqual(['English', 'German', 'French']);
  });
});

describe('New program: start from a template', () => {
  it('names the program after the template until the user types a name', async () => {
    const { user, repo } = renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'New program' }));
    const dialog = screen.getByRole('dialog', { name: 'New program' });
    const name = within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Program name' });
    expect(
      within(dialog).getByRole<HTMLInputElement>('radio', { name: 'A blank program' }).checked,
    ).toBe(true);

    await user.click(within(dialog).getByRole('radio', { name: 'Product families' }));
    expect(name.value).toBe('Product families');
    expect(dialog.textContent).toContain('The template itself never changes.');
    await user.clear(name);
    await user.type(name, 'Spring families');
    await user.click(within(dialog).getByRole('radio', { name: 'Lifecycle program' }));
    expect(name.value).toBe('Spring families');
    await user.click(within(dialog).getByRole('button', { name: 'Create and open' }));

    const doc = await openedProgram(repo);
    expect(doc.program.name).toBe('Spring families');
    expect(doc.program.streams.map((s) => s.id)).toEqual(['early', 'mid', 'late', 'customer']);
    expect(doc.generator?.cohorts).toHaveLength(1);
    expect(doc.events?.length).toBeGreaterThan(0);
  });
});

describe('instantiateTemplate', () => {
  const text = templateText('exhausted-holding');

  it('puts the notes in the chosen language, English where there is none', () => {
    for (const [language, start] of [
      ['fr', 'Épuiser son contenu'],
      ['de', 'Keinen Inhalt mehr'],
      ['en', 'Running dry'],
      ['pt', 'Running dry'],
    ] as const) {
      const made = instantiateTemplate(text, { id: 'p-1', name: 'Mine', language });
      if (!made.ok) throw new Error('invalid');
      expect(notesOf(made.scenario)[0]!.text.startsWith(start)).toBe(true);
    }
  });

  it('refuses a damaged template with the problems an import would show', () => {
    const made = instantiateTemplate(text.replace('"weekly"', '"daily"'), {
      id: 'p-1',
      name: 'Mine',
      language: 'en',
    });
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.problems[0]!.path).toContain('cadence');
  });
});
