// @vitest-environment jsdom
// The editor session against a real repository (fake-indexeddb) and the browser's localStorage:
// opening writes nothing, another tab's save is followed without saving it back, a crash
// journal is replayed or kept aside, and a database from a newer Lanecast is reported.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../src/app/providers';
import { useServices } from '../../src/app/servicesContext';
import { createChangeChannel, type ChangeChannel } from '../../src/db/changes';
import { openDatabase } from '../../src/db/db';
import { ProgramRepo } from '../../src/db/programRepo';
import { LATEST_VERSION } from '../../src/db/schema';
import { RecoveryNotice } from '../../src/editor/RecoveryNotice';
import { useEditorSession } from '../../src/editor/useEditorSession';
import { viewKey } from '../../src/editor/viewState';
import { createI18n } from '../../src/i18n/createI18n';
import type { Scenario } from '../../src/model';
import { createJournal } from '../../src/store/journal';
import { editorStore } from '../../src/store/useEditor';
import { inThreadEndpoint } from '../../src/simulation/endpoints';
import { SimulationPool } from '../../src/simulation/pool';
import { nurtureA } from '../fixtures/builders';
import { memoryStorage } from '../fixtures/memoryStorage';

const dbs: Dexie[] = [];
const channels: ChangeChannel[] = [];
afterEach(async () => {
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
  await settle();
  for (const channel of channels.splice(0)) channel.close();
  for (const db of dbs.splice(0)) db.close();
});

/** Lets debounced writes (300 ms) happen if anything would write: a wait, not a timing assertion. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 700)));

const withSeed = (seed: number): Scenario => ({ ...nurtureA(), simulation: { seed } });

function Probe({ programId }: { programId: string }) {
  const session = useEditorSession(programId, useServices());
  return (
    <>
      <span data-testid="status">{session.status}</span>
      <RecoveryNotice recovered={session.recovered} onDismiss={session.dismissRecovered} />
    </>
  );
}

async function setup(name = `t-${crypto.randomUUID()}`) {
  const db = openDatabase(name);
  dbs.push(db);
  const channel = createChangeChannel();
  channels.push(channel);
  const repo = new ProgramRepo(db, channel);
  return { db, repo, channel, name };
}

function show(repo: ProgramRepo, channel: ChangeChannel, programId: string) {
  return render(
    <Providers
      i18n={createI18n(memoryStorage())}
      services={{ repo, channel, simulation: () => new SimulationPool(inThreadEndpoint, 1) }}
    >
      <Probe programId={programId} />
    </Providers>,
  );
}

const ready = () => waitFor(() => expect(screen.getByTestId('status').textContent).toBe('ready'));

describe('editor session', () => {
  it('opening, reloading and leaving a program writes nothing', async () => {
    const { repo, channel } = await setup();
    const { id } = await repo.createProgram(nurtureA());
    await repo.setSetting(viewKey(id), {
      viewport: { x: 1, y: 2, zoom: 1 },
      selection: [{ kind: 'stream', id: 'S2' }],
    });
    const writes = ['saveProgram', 'addRevision', 'setSetting', 'renameProgram'] as const;
    const spies = writes.map((method) => vi.spyOn(repo, method));
    for (let visit = 0; visit < 2; visit++) {
      const view = show(repo, channel, id);
      await ready();
      expect(editorStore.getState().selection).toEqual([{ kind: 'stream', id: 'S2' }]);
      await settle();
      view.unmount();
      await settle();
    }
    expect(spies.map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0, 0]);
    expect((await repo.getProgram(id))!.revision).toBe(1);
  });

  it('follows another tab’s save without saving it back', async () => {
    const { repo, channel, name } = await setup();
    const { id } = await repo.createProgram(nurtureA());
    show(repo, channel, id);
    await ready();
    const other = await setup(name); // another tab: its own connection and channel
    expect(await other.repo.saveProgram(id, withSeed(8), 1)).toMatchObject({ ok: true });
    await waitFor(() => expect(editorStore.getState().savedRevision).toBe(2));
    expect(editorStore.getState().doc!.simulation).toEqual({ seed: 8 });
    await settle();
    expect((await repo.getProgram(id))!.revision).toBe(2);
    expect(editorStore.getState().saveState).toBe('saved');
  });

  it('replays edits a crash left unsaved, saves them, and says so', async () => {
    const { repo, channel } = await setup();
    const { id } = await repo.createProgram(nurtureA());
    const at = Date.UTC(2026, 11, 1, 9, 30);
    createJournal(localStorage).write({
      programId: id,
      baseRevision: 1,
      doc: withSeed(3),
      at,
      tab: 'gone',
    });
    show(repo, channel, id);
    await ready();
    expect(editorStore.getState().doc!.simulation).toEqual({ seed: 3 });
    expect(screen.getByRole('status').textContent).toMatch(/^Recovered changes .*2026.*Undo/);
    await waitFor(async () => expect((await repo.getProgram(id))!.revision).toBe(2));
    expect((await repo.getProgram(id))!.document.simulation).toEqual({ seed: 3 });
    await waitFor(() => expect(createJournal(localStorage).read(id)).toBeNull());
    // One ordinary edit: Undo takes it back.
    act(() => editorStore.getState().undo());
    expect(editorStore.getState().doc!.simulation).toEqual(nurtureA().simulation);
  });

  it('keeps unsaved edits as a version when the program changed since, and applies nothing', async () => {
    const { repo, channel } = await setup();
    const { id } = await repo.createProgram(nurtureA());
    await repo.saveProgram(id, withSeed(5), 1); // another tab's save after the crash
    createJournal(localStorage).write({
      programId: id,
      baseRevision: 1,
      doc: withSeed(3),
      at: 1,
      tab: 'gone',
    });
    show(repo, channel, id);
    await ready();
    expect(editorStore.getState().doc!.simulation).toEqual({ seed: 5 });
    expect(screen.getByRole('status').textContent).toMatch(/kept as the newest version in History/);
    const versions = await repo.listRevisions(id);
    expect(versions.map((v) => v.document.simulation)).toEqual([{ seed: 3 }]);
    expect((await repo.getProgram(id))!.revision).toBe(2);
    expect(createJournal(localStorage).read(id)).toBeNull();
  });

  it('a database from a newer Lanecast: the program is not opened, nothing is written', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const newer = new Dexie(name);
    newer
      .version(LATEST_VERSION + 1)
      .stores({ programs: 'id, updatedAt, deletedAt', revisions: '++id', settings: 'key' });
    await newer.table('programs').add({ id: 'p1', revision: 7, deletedAt: null, updatedAt: 1 });
    newer.close();
    const { repo, channel } = await setup(name);
    show(repo, channel, 'p1');
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('failed'));
    const reader = new Dexie(name);
    await reader.open();
    expect(reader.verno).toBe(LATEST_VERSION + 1);
    expect(await reader.table('programs').get('p1')).toMatchObject({ revision: 7 });
    reader.close();
  });
});
