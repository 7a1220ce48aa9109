// @vitest-environment jsdom
import { inThreadEndpoint } from '../../src/simulation/endpoints';
import { SimulationPool } from '../../src/simulation/pool';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { Providers } from '../../src/app/providers';
import { createChangeChannel, type ChangeChannel } from '../../src/db/changes';
import { openDatabase } from '../../src/db/db';
import { ProgramRepo } from '../../src/db/programRepo';
import { addStream, withUi } from '../../src/document/ops';
import { historyPortOf } from '../../src/editor/historyPort';
import { createI18n } from '../../src/i18n/createI18n';
import { LANGUAGE_STORAGE_KEY, type Language } from '../../src/i18n/languages';
import type { Scenario } from '../../src/model';
import { HistoryButton } from '../../src/panels/history/HistoryButton';
import { editorStore } from '../../src/store/useEditor';
import { nurtureA } from '../fixtures/builders';
import { memoryStorage } from '../fixtures/memoryStorage';

const MINUTE = 60_000;
const opened: Dexie[] = [];
const channels: ChangeChannel[] = [];

/** Nurture-A with a third stream, laid out differently: the "current" document of these tests. */
function threeStreams(): Scenario {
  const result = addStream(nurtureA(), 'Extra');
  if (!result.ok) throw new Error('addStream refused');
  return withUi(result.doc, {
    lanes: { S1: { x: 900, y: 0 } },
    entry: { x: 0, y: -190 },
    notes: [],
  });
}

const when = (time: number, locale = 'en') =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'medium' }).format(time);

interface Setup {
  /** Stored versions, each `ago` ms before now. */
  versions?: { doc: Scenario; ago: number }[];
  /** The document open in the editor. */
  open?: Scenario;
  language?: Language;
}

/** A program in a fresh database with the given versions, open in the editor; the toolbar button rendered. */
async function setup({ versions = [], open = threeStreams(), language = 'en' }: Setup = {}) {
  const db = openDatabase(`t-${crypto.randomUUID()}`);
  opened.push(db);
  let pinned: number | null = null;
  const repo = new ProgramRepo(db, undefined, () => pinned ?? Date.now());
  const record = await repo.createProgram(nurtureA());
  const times: number[] = [];
  for (const { doc, ago } of versions) {
    pinned = Date.now() - ago;
    times.push(pinned);
    await repo.addRevision(record.id, doc);
  }
  pinned = null;
  editorStore.getState().open(record.id, open, record.revision);

  const storage = memoryStorage();
  storage.setItem(LANGUAGE_STORAGE_KEY, language);
  const channel = createChangeChannel();
  channels.push(channel);
  const user = userEvent.setup();
  render(
    <Providers
      i18n={createI18n(storage)}
      services={{ repo, channel, simulation: () => new SimulationPool(inThreadEndpoint, 1) }}
    >
      <HistoryButton port={historyPortOf(repo)} />
    </Providers>,
  );
  return { user, repo, programId: record.id, times };
}

const historyButton = (name = 'History') => screen.getByRole('button', { name });
const versionItems = async (listName = 'Saved versions') =>
  within(await screen.findByRole('list', { name: listName })).getAllByRole('listitem');

describe('version history', () => {
  afterEach(async () => {
    cleanup();
    editorStore.getState().close();
    for (const channel of channels.splice(0)) channel.close();
    const names = opened.map((db) => db.name);
    for (const db of opened.splice(0)) db.close();
    await Promise.all(names.map((name) => Dexie.delete(name)));
  });

  it('lists the versions newest first, with date, time, how long ago and stream count', async () => {
    const { user, times } = await setup({
      versions: [
        { doc: nurtureA(), ago: 2 * 60 * MINUTE },
        { doc: threeStreams(), ago: 5 * MINUTE },
      ],
    });
    await user.click(historyButton());

    const dialog = screen.getByRole('dialog', { name: 'Version history' });
    expect(dialog.classList.contains('nokey')).toBe(true);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
    const [newest, older] = await versionItems();
    expect(newest!.textContent).toContain(when(times[1]!));
    expect(newest!.textContent).toContain('5 minutes ago');
    expect(newest!.textContent).toContain('3 streams');
    expect(older!.textContent).toContain(when(times[0]!));
    expect(older!.textContent).toContain('2 hours ago');
    expect(older!.textContent).toContain('2 streams');
    within(older!).getByRole('button', { name: `Restore the version of ${when(times[0]!)}` });

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(historyButton());
  });

  it('says so when there are no versions yet', async () => {
    const { user } = await setup();
    await user.click(historyButton());
    await screen.findByText(/No versions yet/);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('restore replaces the whole document (layout too) in one undo step and closes', async () => {
    const version = nurtureA();
    const { user, times } = await setup({ versions: [{ doc: version, ago: 10 * MINUTE }] });
    const before = editorStore.getState().doc;
    const undoSteps = editorStore.getState().past.length;

    await user.click(historyButton());
    await user.click(
      await screen.findByRole('button', { name: `Restore the version of ${when(times[0]!)}` }),
    );

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(editorStore.getState().doc).toEqual(version);
    expect(editorStore.getState().doc!.ui).toBeUndefined(); // the version had no layout: none now
    expect(editorStore.getState().past).toHaveLength(undoSteps + 1);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe(`Restored the version of ${when(times[0]!)}`);
    expect(document.activeElement).toBe(historyButton());

    editorStore.getState().undo();
    expect(editorStore.getState().doc).toBe(before);
    await expect.poll(() => status.textContent).toBe(''); // no longer that version
  });

  it('"Save a version now" stores the open document and adds it to the list', async () => {
    const { user, repo, programId } = await setup({
      versions: [{ doc: nurtureA(), ago: 3 * MINUTE }],
    });
    await user.click(historyButton());
    expect(await versionItems()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Save a version now' }));

    await screen.findByText('Saved a version of the program as it is now.');
    const items = await versionItems();
    expect(items).toHaveLength(2);
    const newest = items[0];
    expect(newest!.textContent).toContain('just now');
    expect(newest!.textContent).toContain('3 streams');
    const [stored] = await repo.listRevisions(programId);
    expect(stored!.document).toEqual(editorStore.getState().doc);
  });

  it('speaks German, with German dates', async () => {
    const { user, times } = await setup({
      versions: [{ doc: threeStreams(), ago: 5 * MINUTE }],
      language: 'de',
    });
    await user.click(historyButton('Verlauf'));
    screen.getByRole('dialog', { name: 'Versionsverlauf' });
    const [item] = await versionItems('Gespeicherte Versionen');
    expect(item!.textContent).toContain(when(times[0]!, 'de'));
    expect(item!.textContent).toContain('vor 5 Minuten');
    expect(item!.textContent).toContain('3 Streams');
    screen.getByRole('button', { name: 'Version jetzt speichern' });
  });
});
