// Renders the library page on its own fresh database (fake-indexeddb), in the given language.
import { inThreadEndpoint } from '../../src/simulation/endpoints';
import { SimulationPool } from '../../src/simulation/pool';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { Providers } from '../../src/app/providers';
import { createChangeChannel } from '../../src/db/changes';
import { openDatabase } from '../../src/db/db';
import { ProgramRepo } from '../../src/db/programRepo';
import { createI18n } from '../../src/i18n/createI18n';
import { LANGUAGE_STORAGE_KEY, type Language } from '../../src/i18n/languages';
import { LibraryPage } from '../../src/library/LibraryPage';

const opened: Dexie[] = [];

/** A repository on a fresh database, and the database (to make its writes fail in a test). */
export function freshStorage() {
  const db = openDatabase(`t-${crypto.randomUUID()}`);
  opened.push(db);
  return { db, repo: new ProgramRepo(db) };
}

export function freshRepo(): ProgramRepo {
  return freshStorage().repo;
}

export function renderLibrary(repo = freshRepo(), language: Language = 'en') {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  const channel = createChangeChannel();
  const user = userEvent.setup();
  const view = render(
    <Providers
      i18n={createI18n(localStorage)}
      services={{ repo, channel, simulation: () => new SimulationPool(inThreadEndpoint, 1) }}
    >
      <LibraryPage />
    </Providers>,
  );
  return { repo, user, ...view };
}

/** For afterEach: closes and deletes every database opened by freshRepo. */
export async function closeDatabases(): Promise<void> {
  const names = opened.map((db) => db.name);
  for (const db of opened.splice(0)) db.close();
  await Promise.all(names.map((name) => Dexie.delete(name)));
}
