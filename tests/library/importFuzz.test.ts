/**
 * The library's import (src/library/importFiles.ts) on a real repository (fake-indexeddb): hostile
 * files never change what is stored when they are refused, and are stored as written when they
 * are valid; problems are in the UI language; a file over the size limit is not even read; a
 * program without id gets one, and nothing else changes.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type LanecastDB } from '../../src/db/db';
import { ProgramRepo } from '../../src/db/programRepo';
import { createI18n } from '../../src/i18n/createI18n';
import { importFiles, LISTED } from '../../src/library/importFiles';
import { MAX_FILE_BYTES, type Scenario } from '../../src/model';
import { hostileFile } from '../fixtures/hostileFiles';
import { memoryStorage } from '../fixtures/memoryStorage';
import { doc } from '../model/documents';

const i18n = createI18n(memoryStorage());
const opened: LanecastDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function library() {
  const db = openDatabase(`fuzz-${crypto.randomUUID()}`);
  opened.push(db);
  const repo = new ProgramRepo(db);
  const create = async (document: Scenario) => {
    const { id, name } = await repo.createProgram(document);
    return { id, name };
  };
  return { db, repo, create };
}

const jsonFile = (text: string, name = 'scenario.json') =>
  new File([text], name, { type: 'application/json' });

/** Everything the database holds, to compare before and after an import. */
async function contents(db: LanecastDB) {
  const [programs, revisions, settings] = await Promise.all([
    db.programs.toArray(),
    db.revisions.toArray(),
    db.settings.toArray(),
  ]);
  return { programs, revisions, settings };
}

describe('importing hostile files into the library', () => {
  it('stores nothing for 500 refused files and exactly the file for accepted ones', async () => {
    const { db, repo, create } = library();
    await repo.createProgram(doc() as Scenario); // something to keep
    const t = i18n.getFixedT('en');
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(hostileFile, async (text) => {
        const before = await contents(db);
        const outcome = await importFiles([jsonFile(text)], create, t);
        const after = await contents(db);
        if (outcome.failures.length > 0) {
          refused++;
          expect(outcome.imported).toEqual([]);
          expect(outcome.failures[0]!.problems.length).toBeGreaterThan(0);
          expect(after).toEqual(before);
          return;
        }
        const [imported] = outcome.imported;
        const stored = after.programs.find((p) => p.id === imported!.id)!;
        const written = JSON.parse(text.replace(/^\uFEFF/, '')) as Scenario;
        const id = written.program.id ?? stored.document.program.id;
        expect(stored.document).toEqual({ ...written, program: { ...written.program, id } });
        expect(after.programs).toHaveLength(before.programs.length + 1);
        await db.programs.delete(imported!.id); // back to the same library for the next file
      }),
      { numRuns: 500 },
    );
    expect(refused).toBeGreaterThan(250);
  }, 120_000);

  it('lists problems in the UI language', async () => {
    const { create } = library();
    const text = JSON.stringify(doc({ 'program.streams.0.cadence.time': '24:00' }));
    const outcome = await importFiles(
      [jsonFile(text, 'broken.json')],
      create,
      i18n.getFixedT('de'),
    );
    expect(outcome.failures).toEqual([
      {
        fileName: 'broken.json',
        problems: [
          'program.streams[0].cadence.time: erwartet: eine Uhrzeit im Format HH:mm (00:00 bis 23:59), gefunden: "24:00"',
        ],
      },
    ]);
  });

  it('words the first 100 problems of a file and counts the rest', async () => {
    const { create } = library();
    const people = Array.from({ length: 150 }, (_, i) => ({
      id: `p${i}`,
      timeZone: 'Mars/Olympus',
    }));
    const text = JSON.stringify(doc({ people }));
    const outcome = await importFiles([jsonFile(text)], create, i18n.getFixedT('en'));
    const [failure] = outcome.failures;
    expect(failure!.problems).toHaveLength(LISTED);
    expect(failure!.problems[99]).toBe(
      'people[99].timeZone: expected an IANA time zone name such as Europe/Berlin, got "Mars/Olympus"',
    );
    expect(failure!.hidden).toBe(50);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { db, create } = library();
    let read = false;
    const huge = {
      name: 'audience.json',
      type: 'application/json',
      size: MAX_FILE_BYTES + 61_200_000,
      text: () => {
        read = true;
        return Promise.reject(new Error('too big to read'));
      },
    } as unknown as File;
    const outcome = await importFiles([huge], create, i18n.getFixedT('fr'));
    expect(read).toBe(false);
    expect(outcome.failures).toEqual([
      {
        fileName: 'audience.json',
        problems: ['(root): le fichier fait 561,2 Mo ; au plus 500 Mo peuvent être lus'],
      },
    ]);
    expect(await db.programs.count()).toBe(0);
  });

  it('gives a program without id a fresh one, and keeps the rest of the file', async () => {
    const { repo, create } = library();
    const file = doc({ 'program.id': undefined });
    const outcome = await importFiles(
      [jsonFile(JSON.stringify(file))],
      create,
      i18n.getFixedT('en'),
    );
    const stored = await repo.getProgram(outcome.imported[0]!.id);
    const { id, ...program } = stored!.document.program;
    expect(id).toMatch(/^program-[0-9a-f]{8}$/);
    expect({ ...stored!.document, program }).toEqual(file);
    expect(stored!.name).toBe('Nurture-A');
  });
});
