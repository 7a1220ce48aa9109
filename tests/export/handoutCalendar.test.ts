/**
 * The handout's compact cast calendar (src/export/handoutCalendar.ts) on the rule book's worked
 * example, against the command line's records for the same file: per date and stream, what was
 * sent to how many and how many were blocked; casts that reached no one left out; the dates past
 * the limit counted.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handoutCalendar } from '../../src/export/handoutCalendar';
import type { Scenario } from '../../src/model';
import { previewResult } from '../preview/result';

const FILE = 'templates/worked-example.json';
const worked = JSON.parse(readFileSync(FILE, 'utf8')) as Scenario;
const result = previewResult(worked);
const streamName = new Map(worked.program.streams.map((s) => [s.id, s.name ?? s.id]));

interface Row {
  type: string;
  at: string;
  stream?: string;
  content?: string;
}

/** "2025-03-04 Early: E1 × 5 · 1 blocked", from the command line's records (casts are 13:00–14:00Z). */
function cliLines(): string[] {
  const rows = execFileSync(process.execPath, ['scripts/simulate.mjs', FILE], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Row)
    .filter((r) => r.type === 'send' || r.type === 'blocked');
  const casts = new Map<string, { items: Map<string, number>; blocked: number }>();
  for (const r of rows) {
    const key = `${r.at.slice(0, 10)} ${streamName.get(r.stream!)}`;
    const cast = casts.get(key) ?? { items: new Map<string, number>(), blocked: 0 };
    casts.set(key, cast);
    if (r.type === 'blocked') cast.blocked++;
    else cast.items.set(r.content!, (cast.items.get(r.content!) ?? 0) + 1);
  }
  return [...casts].map(([key, cast]) => line(key, [...cast.items], cast.blocked));
}

const line = (key: string, items: [string, number][], blocked: number) =>
  `${key}: ${items
    .sort()
    .map(([name, count]) => `${name} × ${count}`)
    .join(', ')}${blocked > 0 ? ` · ${blocked} blocked` : ''}`;

describe('handoutCalendar', () => {
  const { dates, more } = handoutCalendar(result, 1000);

  it('says who got what per date, as the command line does', () => {
    expect(more).toBe(0);
    const lines = dates.flatMap((d) =>
      d.casts.map((c) =>
        line(
          `${d.iso} ${c.stream}`,
          c.items.map((i) => [i.name, i.count]),
          c.blocked,
        ),
      ),
    );
    expect(lines[0]).toBe('2025-03-04 Early: E1 × 5 · 1 blocked');
    expect(lines).toEqual(cliLines());
  });

  it('stops at the limit and counts the dates left over', () => {
    const short = handoutCalendar(result, 2);
    expect(short.dates).toEqual(dates.slice(0, 2));
    expect(short.more).toBe(dates.length - 2);
  });
});
