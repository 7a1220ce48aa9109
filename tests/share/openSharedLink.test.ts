// Opening a share link against a real repository (fake-indexeddb): a good link becomes a new
// program under a free name beside the original, never over it; a damaged link, or one whose
// program breaks the format, stores nothing and says what is wrong in the reader's language.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type LanecastDB } from '../../src/db/db';
import { ProgramRepo } from '../../src/db/programRepo';
import { createI18n } from '../../src/i18n/createI18n';
import type { Scenario } from '../../src/model';
import { openSharedLink } from '../../src/share/openSharedLink';
import { encodeShareData } from '../../src/share/shareCode';
import { nurtureA } from '../fixtures/builders';
import { memoryStorage } from '../fixtures/memoryStorage';

const opened: LanecastDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function library() {
  const db = openDatabase(`share-${crypto.randomUUID()}`);
  opened.push(db);
  const repo = new ProgramRepo(db);
  return { db, repo, create: (document: Scenario) => repo.importProgram(document) };
}

const english = createI18n(memoryStorage()).t;
const linkOf = async (doc: unknown) => (await encodeShareData(JSON.stringify(doc)))!;

describe('a good link', () => {
  it('is stored as a new program beside the original, under a free name', async () => {
    const { repo, create } = library();
    const original = await repo.createProgram(nurtureA());
    const data = await linkOf(nurtureA());

    const first = await openSharedLink(data, create, english);
    const second = await openSharedLink(data, create, english);
    if (!first.ok || !second.ok) throw new Error('not opened');
    expect([first.program.name, second.program.name]).toEqual(['Nurture-A (2)', 'Nurture-A (3)']);
    expect(new Set([original.id, first.program.id, second.program.id]).size).toBe(3);
    expect(await repo.getProgram(original.id)).toEqual(original);
    const copy = await repo.getProgram(first.program.id);
    expect(copy?.document).toEqual({
      ...nurtureA(),
      program: { ...nurtureA().program, name: 'Nurture-A (2)' },
    });
  });
});

describe('a link that cannot be opened', () => {
  it.each([
    ['cut short', async () => (await linkOf(nurtureA())).slice(0, -40), /does not unpack/],
    ['changed', async () => `${(await linkOf(nurtureA())).slice(0, 9)}*x`, /changed on its way/],
    ['of another version', async () => `v7.${(await linkOf(nurtureA())).slice(3)}`, /“v7”.*“v1”/],
    ['without a version', async () => (await linkOf(nurtureA())).slice(3), /no version mark/],
    ['not a program', async () => linkOf([1, 2]), /./],
  ])('says what is wrong when %s, and stores nothing', async (_what, data, message) => {
    const { db, create } = library();
    const result = await openSharedLink(await data(), create, english);
    if (result.ok) throw new Error('opened');
    expect(result.failure.fileName).toBe('Shared link');
    expect(result.failure.problems).toEqual([expect.stringMatching(message)]);
    expect(await db.programs.count()).toBe(0);
  });

  it('lists the problems of a program that breaks the format, with their paths', async () => {
    const { db, create } = library();
    const doc = nurtureA();
    (doc.program.streams[0]!.cadence as { weekdays: string[] }).weekdays = ['tues'];
    const result = await openSharedLink(await linkOf(doc), create, english);
    if (result.ok) throw new Error('opened');
    expect(result.failure.problems[0]).toMatch(/^program\.streams\[0\]\.cadence\.weekdays\[0\]: /);
    expect(await db.programs.count()).toBe(0);
  });

  it('speaks the reader’s language', async () => {
    const i18n = createI18n(memoryStorage());
    await i18n.changeLanguage('de');
    const { create } = library();
    const result = await openSharedLink(`v2.abc`, create, i18n.t);
    expect(result.ok || result.failure).toEqual({
      fileName: 'Geteilter Link',
      problems: [expect.stringContaining('anderen Lanecast-Version (Link-Version „v2“)')],
    });
  });
});
