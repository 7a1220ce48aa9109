// @vitest-environment jsdom
// Importing scenario files into the library, by the file input and by dropping on the window:
// valid files are stored and listed, a file with problems lists every one and stores nothing;
// a taken name is numbered, and a file storage refuses is named in the dialog, in words.
import { cleanup, createEvent, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatProblem, parseScenarioText } from '../../src/model';
import { nurtureA } from '../fixtures/builders';
import { closeDatabases, freshRepo, freshStorage, renderLibrary } from './renderLibrary';

beforeEach(() => localStorage.clear());
afterEach(async () => {
  vi.restoreAllMocks();
  cleanup();
  await closeDatabases();
});

// A path, not a URL: under jsdom, `URL` is jsdom's and node:fs refuses it.
const EX04 = readFileSync(
  resolve(
    dirname(fileURLToPath(import.meta.url)),
    '../../../shared/scenarios/ex04-transition-dedup.json',
  ),
  'utf8',
);

/** A document with problems in several places, including a reference to no stream. */
function brokenText(): string {
  const doc = nurtureA() as unknown as { program: Record<string, unknown> };
  const streams = doc.program.streams as Record<string, unknown>[];
  doc.program.timeZone = 'Mars/Olympus_Mons';
  (streams[0]!.cadence as Record<string, unknown>).weekdays = ['tues'];
  streams[1]!.id = '';
  doc.program.batchMoves = [{ id: 'b1', from: 'S1', to: 'S9', time: '25:00' }];
  return JSON.stringify(doc, null, 2);
}

const jsonFile = (text: string, name: string) =>
  new File([text], name, { type: 'application/json' });

function drop(target: Window | Element, files: File[], types = ['Files']) {
  const dataTransfer = { types, files, dropEffect: 'none' };
  fireEvent(target, createEvent.dragEnter(target, { dataTransfer }));
  fireEvent(target, createEvent.dragOver(target, { dataTransfer }));
  fireEvent(target, createEvent.drop(target, { dataTransfer }));
}

describe('import by file input', () => {
  it('stores a valid scenario and lists it without leaving the library', async () => {
    const { user, repo } = renderLibrary();
    await screen.findByRole('heading', { name: 'No programs yet' });
    await user.upload(
      screen.getByLabelText<HTMLInputElement>('Import scenario', { selector: 'input' }),
      jsonFile(EX04, 'ex04-transition-dedup.json'),
    );

    const name = await screen.findByRole('rowheader', { name: 'Nurture-A' });
    expect(within(name.closest('tr')!).getByRole('cell', { name: '2' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Imported Nurture-A');
    expect(window.location.hash).toBe('');
    const [summary] = await repo.listPrograms();
    const stored = await repo.getProgram(summary!.id);
    const parsed = parseScenarioText(EX04);
    expect(parsed.ok && stored!.document).toEqual(parsed.ok && parsed.scenario);
  });

  it('lists every problem with its path and the file name, and stores nothing', async () => {
    const repo = freshRepo();
    await repo.createProgram(nurtureA());
    const { user } = renderLibrary(repo);
    await screen.findByRole('rowheader', { name: 'Nurture-A' });
    const text = brokenText();
    const parsed = parseScenarioText(text);
    if (parsed.ok) throw new Error('the broken fixture parsed');
    expect(parsed.problems.length).toBeGreaterThanOrEqual(4);

    await user.upload(screen.getByLabelText('Import scenario', { selector: 'input' }), [
      jsonFile(text, 'broken.json'),
    ]);

    const dialog = await screen.findByRole('dialog', { name: 'Not imported' });
    const file = within(dialog).getByRole('region', { name: 'broken.json' });
    within(file).getByText(`${parsed.problems.length} problems`);
    const lines = within(file)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toEqual(parsed.problems.map(formatProblem));
    expect(lines.join('\n')).toContain('program.streams[0].cadence.weekdays[0]');
    expect(lines.join('\n')).toContain('program.timeZone');

    expect((await repo.listPrograms()).map((p) => p.name)).toEqual(['Nurture-A']);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getAllByRole('rowheader')).toHaveLength(1);
  });

  it('reports text that is not JSON at all', async () => {
    const { user, repo } = renderLibrary();
    await user.upload(screen.getByLabelText('Import scenario', { selector: 'input' }), [
      jsonFile('{ "format": "lanecast", ', 'truncated.json'),
    ]);
    const dialog = await screen.findByRole('dialog', { name: 'Not imported' });
    expect(within(dialog).getByRole('listitem').textContent).toMatch(/^\(root\): not valid JSON/);
    expect(await repo.listPrograms()).toEqual([]);
  });
});

describe('import by dropping on the window', () => {
  it('shows the overlay while files are dragged and imports the dropped file', async () => {
    const { repo } = renderLibrary();
    await screen.findByRole('heading', { name: 'No programs yet' });
    const dataTransfer = { types: ['Files'], files: [] };
    fireEvent(window, createEvent.dragEnter(window, { dataTransfer }));
    screen.getByText('Drop to import');
    fireEvent(window, createEvent.dragLeave(window, { dataTransfer }));
    expect(screen.queryByText('Drop to import')).toBeNull();

    drop(document.body, [jsonFile(EX04, 'ex04.json')]);
    await screen.findByRole('rowheader', { name: 'Nurture-A' });
    expect(screen.queryByText('Drop to import')).toBeNull();
    expect(await repo.listPrograms()).toHaveLength(1);
  });

  it('ignores drags that carry no files (the editor drags its own items)', async () => {
    renderLibrary();
    await screen.findByRole('heading', { name: 'No programs yet' });
    const event = createEvent.dragOver(window, { dataTransfer: { types: ['text/plain'] } });
    fireEvent(window, createEvent.dragEnter(window, { dataTransfer: { types: ['text/plain'] } }));
    fireEvent(window, event);
    expect(event.defaultPrevented).toBe(false);
    expect(screen.queryByText('Drop to import')).toBeNull();
  });

  it('imports the valid files of a drop and lists the problems of the others', async () => {
    const { repo } = renderLibrary();
    await screen.findByRole('heading', { name: 'No programs yet' });
    drop(window, [
      jsonFile(EX04, 'ex04.json'),
      new File(['hello'], 'notes.txt', { type: 'text/plain' }),
    ]);
    const dialog = await screen.findByRole('dialog', { name: 'Not imported' });
    within(dialog).getByRole('region', { name: 'notes.txt' });
    within(dialog).getByText('only .json scenario files can be imported');
    await waitFor(async () => expect(await repo.listPrograms()).toHaveLength(1));
  });
});

describe('import beside programs already in the library', () => {
  it('names a program whose name is taken "Name (2)", then "Name (3)", also within one import', async () => {
    const repo = freshRepo();
    await repo.createProgram(nurtureA());
    const { user } = renderLibrary(repo);
    await screen.findByRole('rowheader', { name: 'Nurture-A' });
    await user.upload(screen.getByLabelText('Import scenario', { selector: 'input' }), [
      jsonFile(EX04, 'first.json'),
      jsonFile(EX04, 'second.json'),
    ]);
    await screen.findByRole('rowheader', { name: 'Nurture-A (3)' });
    screen.getByRole('rowheader', { name: 'Nurture-A (2)' });
    expect(screen.getByRole('status').textContent).toContain('Imported 2 programs');
    const names = (await repo.listPrograms()).map((p) => p.name).sort();
    expect(names).toEqual(['Nurture-A', 'Nurture-A (2)', 'Nurture-A (3)']);
  });
});

describe('import when storage refuses the file', () => {
  /** A library holding Nurture-A, whose next writes fail as a full disk does. */
  async function fullStorage(language: 'en' | 'de' = 'en') {
    const { db, repo } = freshStorage();
    const stored = await repo.createProgram(nurtureA());
    const view = renderLibrary(repo, language);
    await screen.findByRole('rowheader', { name: 'Nurture-A' });
    vi.spyOn(db.programs, 'add').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    return { ...view, stored };
  }

  it('names the file in the import dialog, says why in plain words and changes nothing', async () => {
    const { user, repo, stored } = await fullStorage();
    await user.upload(screen.getByLabelText('Import scenario', { selector: 'input' }), [
      jsonFile(EX04, 'campaign.json'),
    ]);
    const dialog = await screen.findByRole('dialog', { name: 'Not imported' });
    const file = within(dialog).getByRole('region', { name: 'campaign.json' });
    expect(within(file).getByRole('listitem').textContent).toBe(
      'not stored, because browser storage is full (export and delete programs you no longer need, then import the file again)',
    );
    expect(screen.queryByText(/Something went wrong/)).toBeNull();
    vi.restoreAllMocks();
    expect(await repo.listPrograms()).toEqual([
      expect.objectContaining({ id: stored.id, name: 'Nurture-A', revision: 1 }),
    ]);
    expect((await repo.getProgram(stored.id))?.document).toEqual(stored.document);
  });

  it('says it in German too', async () => {
    const { user } = await fullStorage('de');
    await user.upload(screen.getByLabelText('Szenario importieren', { selector: 'input' }), [
      jsonFile(EX04, 'kampagne.json'),
    ]);
    const dialog = await screen.findByRole('dialog', { name: 'Nicht importiert' });
    const file = within(dialog).getByRole('region', { name: 'kampagne.json' });
    expect(within(file).getByRole('listitem').textContent).toMatch(
      /^nicht gespeichert, weil der Browserspeicher voll ist/,
    );
  });
});
