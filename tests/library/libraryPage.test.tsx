// @vitest-environment jsdom
// The library page against a real repository on fake-indexeddb: listing, create, rename,
// duplicate, delete with undo, storage errors.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageError } from '../../src/db/types';
import { blankScenario } from '../../src/document/ops';
import { nurtureA } from '../fixtures/builders';
import { closeDatabases, freshRepo, renderLibrary } from './renderLibrary';

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '';
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await closeDatabases();
});

/** The table row whose header cell names the program. */
const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;

async function seeded() {
  const repo = freshRepo();
  const nurture = await repo.createProgram(nurtureA());
  const blank = await repo.createProgram(blankScenario('p-1', 'Spring launch', 'Europe/Berlin'));
  return { repo, nurture, blank };
}

describe('program list', () => {
  it('shows the empty state when the browser holds no program', async () => {
    renderLibrary();
    await screen.findByRole('heading', { level: 2, name: 'No programs yet' });
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists each program with its stream count, last edit and named actions', async () => {
    const { repo, nurture } = await seeded();
    renderLibrary(repo);
    const table = await screen.findByRole('table', { name: 'Programs kept in this browser' });
    expect(within(table).getAllByRole('row')).toHaveLength(3); // header + 2
    expect(within(row('Nurture-A')).getByRole('cell', { name: '2' })).toBeTruthy();
    expect(within(row('Spring launch')).getByRole('cell', { name: '0' })).toBeTruthy();
    expect(within(row('Nurture-A')).getByText('just now')).toBeTruthy();
    const open = screen.getByRole('link', { name: 'Open Nurture-A' });
    expect(open.getAttribute('href')).toBe(`#/program/${nurture.id}`);
    for (const action of ['Rename', 'Duplicate', 'Delete'])
      screen.getByRole('button', { name: `${action} Nurture-A` });
    screen.getByRole('button', { name: 'Export Nurture-A as a file' });
  });
});

describe('new program', () => {
  it('asks for a name, creates a blank program in the local time zone and opens it', async () => {
    const { user, repo } = renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'New program' }));
    const dialog = screen.getByRole('dialog', { name: 'New program' });
    const name = within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Program name' });
    expect(name.value).toBe('Untitled program');
    await user.clear(name);
    await user.type(name, 'Welcome series');
    await user.click(within(dialog).getByRole('button', { name: 'Create and open' }));

    await waitFor(() => expect(window.location.hash).toMatch(/^#\/program\/.+/));
    const [program] = await repo.listPrograms();
    expect(window.location.hash).toBe(`#/program/${program!.id}`);
    const record = await repo.getProgram(program!.id);
    expect(record!.document.program).toMatchObject({
      name: 'Welcome series',
      streams: [],
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
  });

  it('Escape closes the dialog and creates nothing', async () => {
    const { user, repo } = renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'New program' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await repo.listPrograms()).toEqual([]);
    expect(window.location.hash).toBe('');
  });
});

describe('row actions', () => {
  it('renames inline: Enter saves, Escape cancels', async () => {
    const { repo, nurture } = await seeded();
    const { user } = renderLibrary(repo);
    await user.click(await screen.findByRole('button', { name: 'Rename Nurture-A' }));
    const field = screen.getByRole('textbox', { name: 'New name for Nurture-A' });
    expect(document.activeElement).toBe(field);
    await user.keyboard('Nurture-B{Escape}');
    screen.getByRole('rowheader', { name: 'Nurture-A' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename Nurture-A' }));

    await user.click(screen.getByRole('button', { name: 'Rename Nurture-A' }));
    await user.keyboard('Welcome series{Enter}');
    await screen.findByRole('rowheader', { name: 'Welcome series' });
    expect((await repo.getProgram(nurture.id))!.document.program.name).toBe('Welcome series');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Rename Welcome series' }),
      ),
    );
  });

  it('duplicates as "Copy of X" with the same streams', async () => {
    const { repo } = await seeded();
    const { user } = renderLibrary(repo);
    await user.click(await screen.findByRole('button', { name: 'Duplicate Nurture-A' }));
    await screen.findByRole('rowheader', { name: 'Copy of Nurture-A' });
    expect(within(row('Copy of Nurture-A')).getByRole('cell', { name: '2' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Created Copy of Nurture-A');
    expect((await repo.listPrograms()).map((p) => p.name).sort()).toEqual([
      'Copy of Nurture-A',
      'Nurture-A',
      'Spring launch',
    ]);
  });

  it('names the copy in the UI language', async () => {
    const { repo } = await seeded();
    const { user } = renderLibrary(repo, 'de');
    await user.click(await screen.findByRole('button', { name: 'Nurture-A duplizieren' }));
    await screen.findByRole('rowheader', { name: 'Kopie von Nurture-A' });
  });

  it('deletes softly and Undo in the status message restores', async () => {
    const { repo, nurture } = await seeded();
    const { user } = renderLibrary(repo);
    await user.click(await screen.findByRole('button', { name: 'Delete Nurture-A' }));

    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'Nurture-A' })).toBeNull());
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toContain('Deleted Nurture-A');
    expect((await repo.listPrograms()).map((p) => p.name)).toEqual(['Spring launch']);
    // Focus moves to the row that took its place, not to the page's start.
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Open Spring launch' }));

    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    await screen.findByRole('rowheader', { name: 'Nurture-A' });
    expect((await repo.getProgram(nurture.id))?.deletedAt).toBeNull();
    expect(status.textContent).toContain('Restored Nurture-A');
  });

  it('exports the stored document, pretty-printed, as <name>.lanecast.json', async () => {
    const { repo } = await seeded();
    const { user } = renderLibrary(repo);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

    await user.click(await screen.findByRole('button', { name: 'Export Nurture-A as a file' }));
    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('Nurture-A.lanecast.json');
    const text = await blobs[0]!.text();
    expect(text).toBe(JSON.stringify(nurtureA(), null, 2) + '\n');
  });
});

describe('storage errors', () => {
  it('says so when the list cannot be read', async () => {
    const repo = freshRepo();
    vi.spyOn(repo, 'listPrograms').mockRejectedValue(new StorageError('unavailable', 'x'));
    renderLibrary(repo);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('does not let Lanecast store data');
  });

  it('explains a full disk and keeps the program listed', async () => {
    const { repo } = await seeded();
    vi.spyOn(repo, 'deleteProgram').mockRejectedValue(new StorageError('quota', 'full'));
    const { user } = renderLibrary(repo, 'fr');
    await user.click(await screen.findByRole('button', { name: 'Supprimer Nurture-A' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Le stockage du navigateur est plein');
    screen.getByRole('rowheader', { name: 'Nurture-A' });
    await user.click(within(alert).getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
