/**
 * Each template run through the command line (`npm run simulate`'s launcher, as a user would run
 * the file): it simulates without a problem, and its people receive content, move and run dry as
 * the template's notes on the canvas say. The worked example matches the rule book's shared
 * scenarios person by person.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TemplateId } from '../../src/library/templates/catalog';
import { ROOT, templatePath } from './templateFiles';

interface Out {
  type: string;
  at: string;
  person: string;
  stream?: string;
  content?: string;
  from?: string | null;
  to?: string;
  cause?: string;
  qualified?: boolean;
}

function simulate(id: TemplateId): Promise<{ code: number | null; records: Out[]; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'scripts', 'simulate.mjs'), templatePath(id)],
      {
        cwd: ROOT,
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = out.split('\n').filter((line) => line !== '');
      resolve({ code, err, records: lines.map((line) => JSON.parse(line) as Out) });
    });
  });
}

const runs = new Map<TemplateId, Promise<Out[]>>();
/** The template's records; fails the test when the command line exits with problems. */
async function run(id: TemplateId): Promise<Out[]> {
  if (!runs.has(id))
    runs.set(
      id,
      simulate(id).then(({ code, err, records }) => {
        expect(err).toBe('');
        expect(code).toBe(0);
        return records;
      }),
    );
  return runs.get(id)!;
}

/** What a person was sent, as `YYYY-MM-DD content` lines (UTC date of the delivery). */
const sends = (records: Out[], person: string) =>
  records
    .filter((r) => r.person === person && r.type === 'send')
    .map((r) => `${r.at.slice(0, 10)} ${r.content}`);
const moves = (records: Out[], person: string) =>
  records
    .filter((r) => r.person === person && r.type === 'move')
    .map((r) => `${r.at.slice(0, 10)} ${r.from ?? '-'}>${r.to} ${r.cause}`);
const exhausted = (records: Out[], person: string) =>
  records
    .filter((r) => r.person === person && r.type === 'exhausted')
    .map((r) => `${r.at.slice(0, 10)} ${r.stream}`);
/** Generated people (not listed in the file) who are ever in `stream`. */
const generatedIn = (records: Out[], stream: string, listed: string[]) =>
  new Set(
    records
      .filter((r) => r.type === 'move' && r.to === stream && !listed.includes(r.person))
      .map((r) => r.person),
  ).size;

describe('lifecycle', () => {
  it('Ann stays in Early and runs dry after its four emails', async () => {
    const records = await run('lifecycle');
    expect(sends(records, 'ann')).toEqual([
      '2027-01-05 E-why',
      '2027-01-12 E-guide',
      '2027-01-19 E-case',
      '2027-01-26 E-checklist',
    ]);
    expect(exhausted(records, 'ann')).toEqual(['2027-01-26 early']);
  });

  it('a score of 30 moves Ben and Dev to Mid; the demo form moves Cara to Late', async () => {
    const records = await run('lifecycle');
    expect(moves(records, 'ben')).toEqual([
      '2027-01-04 ->early event',
      '2027-01-13 early>mid rule:t-mid',
    ]);
    expect(sends(records, 'ben').slice(2)).toEqual([
      '2027-01-19 E-webinar',
      '2027-01-26 E-compare',
      '2027-02-02 E-roi',
    ]);
    expect(moves(records, 'cara')[1]).toBe('2027-01-15 early>late rule:t-late-form');
    expect(sends(records, 'cara').slice(2)).toEqual([
      '2027-01-21 E-demo',
      '2027-01-28 E-pricing',
      '2027-02-04 E-trial',
    ]);
  });

  it('Dev becomes a customer and gets the monthly customer emails', async () => {
    const records = await run('lifecycle');
    expect(moves(records, 'dev').slice(1)).toEqual([
      '2027-01-08 early>mid rule:t-mid',
      '2027-01-27 mid>customer rule:t-customer',
    ]);
    expect(sends(records, 'dev').filter((s) => /E-(onboard|news|community)/.test(s))).toEqual([
      '2027-02-03 E-onboard',
      '2027-03-03 E-news',
      '2027-04-07 E-community',
    ]);
  });

  it('generated leads who click the guide move to Mid', async () => {
    const records = await run('lifecycle');
    expect(generatedIn(records, 'mid', ['ann', 'ben', 'cara', 'dev'])).toBeGreaterThan(0);
  });
});

describe('product families', () => {
  it('people with a known interest skip Welcome and go straight to their family', async () => {
    const records = await run('product-families');
    expect(moves(records, 'ann')).toEqual([
      '2027-01-04 ->welcome event',
      '2027-01-04 welcome>analytics rule:t-analytics',
    ]);
    expect(sends(records, 'ann')).toEqual([
      '2027-01-06 E-an1',
      '2027-01-13 E-an2',
      '2027-01-20 E-stories',
    ]);
    expect(moves(records, 'ben')[1]).toBe('2027-01-04 welcome>security rule:t-security');
    expect(moves(records, 'cara')[1]).toBe('2027-01-04 welcome>cloud rule:t-cloud');
  });

  it('Dev waits in Welcome until the interest is known, then moves to Cloud', async () => {
    const records = await run('product-families');
    expect(sends(records, 'dev').slice(0, 2)).toEqual([
      '2027-01-05 E-families',
      '2027-01-12 E-which',
    ]);
    expect(moves(records, 'dev')[1]).toBe('2027-01-14 welcome>cloud rule:t-cloud');
    expect(sends(records, 'dev').slice(2)).toEqual([
      '2027-01-20 E-cl1',
      '2027-01-27 E-cl2',
      '2027-02-03 E-stories',
    ]);
  });

  it('Eve switches family and never gets the shared customer stories twice', async () => {
    const records = await run('product-families');
    expect(moves(records, 'eve')[2]).toBe('2027-01-21 analytics>security rule:t-security');
    expect(sends(records, 'eve').filter((s) => s.endsWith('E-stories'))).toHaveLength(1);
    expect(sends(records, 'eve')).toContain('2027-01-27 E-se1');
  });

  it('the generated audience is spread over the families', async () => {
    const records = await run('product-families');
    const listed = ['ann', 'ben', 'cara', 'dev', 'eve'];
    for (const family of ['analytics', 'security', 'cloud'])
      expect(generatedIn(records, family, listed)).toBeGreaterThan(10);
  });
});

describe('one stream per language', () => {
  it('routes by language when people are added; no language stays in English', async () => {
    const records = await run('languages');
    expect(moves(records, 'lukas')[1]).toBe('2027-01-04 english>german rule:t-de');
    expect(moves(records, 'chloe')[1]).toBe('2027-01-04 english>french rule:t-fr');
    expect(moves(records, 'noah')).toEqual(['2027-01-04 ->english event']);
    expect(sends(records, 'noah').every((s) => s.includes('E-en-'))).toBe(true);
    expect(sends(records, 'lukas').every((s) => s.includes('E-de-'))).toBe(true);
    expect(sends(records, 'chloe').every((s) => s.includes('E-fr-'))).toBe(true);
    expect(sends(records, 'chloe')).toHaveLength(3);
  });

  it('Marie follows her new language from German to French', async () => {
    const records = await run('languages');
    expect(moves(records, 'marie')[2]).toBe('2027-01-13 german>french rule:t-fr');
    expect(sends(records, 'marie')).toEqual([
      '2027-01-05 E-de-welcome',
      '2027-01-12 E-de-guide',
      '2027-01-19 E-fr-welcome',
      '2027-01-26 E-fr-guide',
      '2027-02-02 E-fr-webinar',
    ]);
  });
});

describe('exhausted holding stream', () => {
  it('Ann runs dry in Nurture, the 07:00 batch move takes her to Holding the next day', async () => {
    const records = await run('exhausted-holding');
    expect(sends(records, 'ann').slice(0, 3)).toEqual([
      '2027-01-05 E-intro',
      '2027-01-12 E-guide',
      '2027-01-19 E-case',
    ]);
    expect(exhausted(records, 'ann')[0]).toBe('2027-01-19 nurture');
    const move = records.find((r) => r.person === 'ann' && r.to === 'holding');
    expect(move).toMatchObject({ at: '2027-01-20T12:00:00Z', cause: 'batch:b-holding' });
  });

  it('Holding casts once a month, on the first Tuesday', async () => {
    const records = await run('exhausted-holding');
    expect(sends(records, 'ann').slice(3)).toEqual([
      '2027-02-02 E-digest',
      '2027-03-02 E-news',
      '2027-04-06 E-report',
    ]);
    expect(moves(records, 'ben')[1]).toBe('2027-02-10 nurture>holding batch:b-holding');
    expect(sends(records, 'ben').slice(3)).toEqual([
      '2027-03-02 E-digest',
      '2027-04-06 E-news',
      '2027-05-04 E-report',
    ]);
  });

  it('every generated person who runs dry in Nurture ends up in Holding', async () => {
    const records = await run('exhausted-holding');
    const dry = new Set(
      records.filter((r) => r.type === 'exhausted' && r.stream === 'nurture').map((r) => r.person),
    );
    const held = new Set(
      records.filter((r) => r.type === 'move' && r.to === 'holding').map((r) => r.person),
    );
    expect(dry.size).toBeGreaterThan(100);
    expect(held).toEqual(dry);
  });
});

describe('program items with qualify filters', () => {
  const programs = (records: Out[], person: string) =>
    records
      .filter((r) => r.person === person && r.type === 'program')
      .map((r) => `${r.at.slice(0, 10)} ${r.content} ${r.qualified}`);

  it('each person gets the events their filters allow; the others use up the cast', async () => {
    const records = await run('program-qualify');
    expect(programs(records, 'ann')).toEqual([
      '2027-01-13 P-webinar true',
      '2027-01-20 P-roadshow false',
      '2027-01-27 P-dinner false',
    ]);
    expect(programs(records, 'lars')).toEqual([
      '2027-01-13 P-webinar false',
      '2027-01-20 P-roadshow true',
      '2027-01-27 P-dinner false',
    ]);
    expect(programs(records, 'hana')).toContain('2027-01-27 P-dinner true');
    expect(sends(records, 'lars')).toEqual(['2027-01-06 E-season', '2027-02-03 E-recap']);
  });

  it('Ivan, already a webinar member, skips it and finishes a week early', async () => {
    const records = await run('program-qualify');
    expect(programs(records, 'ivan').map((p) => p.split(' ')[1])).toEqual([
      'P-roadshow',
      'P-dinner',
    ]);
    expect(exhausted(records, 'ivan')).toEqual(['2027-01-27 events']);
    expect(exhausted(records, 'ann')).toEqual(['2027-02-03 events']);
  });
});

describe("the rule book's worked example", () => {
  const shared = (file: string) =>
    readFileSync(
      fileURLToPath(new URL(`../../../shared/scenarios/${file}`, import.meta.url)),
      'utf8',
    )
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Out);
  const lines = (records: Out[]) => records.map((r) => JSON.stringify(r)).sort();
  const cases: [string, string, string?][] = [
    ['ann', 'ex01-basic-run.expected.jsonl'],
    ['ben', 'ex02-joined-after-cast.expected.jsonl', '2025-04-01'],
    ['cara', 'ex04-transition-dedup.expected.jsonl'],
    ['dev', 'ex05-pause-resume.expected.jsonl'],
    ['jo', 'ex08-unsubscribe.expected.jsonl'],
    ['kim', 'ex09-limit-per-day.expected.jsonl'],
    ['kip', 'ex09-limit-per-day.expected.jsonl'],
  ];
  it.each(cases)('%s gets exactly what the rule book says (%s)', async (person, file, before) => {
    const records = await run('worked-example');
    const mine = records.filter((r) => r.person === person && (!before || r.at < before));
    expect(mine.length).toBeGreaterThan(0);
    expect(lines(mine)).toEqual(lines(shared(file).filter((r) => r.person === person)));
  });
});
