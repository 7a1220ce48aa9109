/**
 * The W1 scenario files the benchmark reads (bench/programs.ts `yearOfWeeklyCasts`), written once
 * into .cache/bench/ and reused while the program and this writer stay the same (their hash is in
 * the file name):
 * - generated: the program with its generator block, a few kilobytes whatever the audience;
 * - listed: the same program with every person and their add event written in the file (1M people
 *   make about 130 MB), plus a few scripted events: scores set, pauses and resumes, an item switched
 *   off and on. People join as the generator's cohort does (same days, 08:00, stream S1), with
 *   their own time zones and scores.
 * The listed file is streamed to disk in blocks, never held whole in memory.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { yearOfWeeklyCasts } from './programs';

/** Bump when the listed writer below changes what it writes. */
const WRITER_VERSION = 1;

const ZONES = [null, null, null, 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Tokyo'];
const MS_PER_DAY = 86_400_000;

export type Audience = 'generated' | 'listed';

/** `1m`, `100k`, `20k`: how file names and case names write a number of people. */
export function peopleLabel(people: number): string {
  return people % 1_000_000 === 0 ? `${people / 1_000_000}m` : `${people / 1000}k`;
}

/** Writes W1 with `people` listed, in blocks of lines joined into one write each. */
function writeListed(path: string, people: number) {
  const program = yearOfWeeklyCasts(people);
  delete program.generator; // the audience is listed instead
  const fd = openSync(path, 'w');
  const out = (text: string) => writeSync(fd, text);
  const block: string[] = [];
  const flush = () => {
    out(block.join(','));
    block.length = 0;
  };
  const push = (item: string) => {
    if (block.length >= 10_000) {
      flush();
      out(',');
    }
    block.push(item);
  };
  try {
    out(JSON.stringify(program).slice(0, -1) + ',"people":[');
    let seed = 12345;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let i = 0; i < people; i++) {
      const zone = ZONES[Math.floor(random() * ZONES.length)];
      const score = Math.floor(random() * 101);
      push(
        JSON.stringify({
          id: `p-${i + 1}`,
          ...(zone ? { timeZone: zone } : {}),
          attributes: { score },
        }),
      );
    }
    flush();
    out('],"events":[');
    const perDay = Math.ceil(people / 60);
    const firstDay = Date.UTC(2025, 0, 1);
    for (let i = 0; i < people; i++) {
      const person = `p-${i + 1}`;
      const day = new Date(firstDay + Math.floor(i / perDay) * MS_PER_DAY).toISOString();
      push(JSON.stringify({ at: `${day.slice(0, 10)}T08:00`, type: 'add', person, stream: 'S1' }));
      if (i % 50 === 0)
        push(
          JSON.stringify({
            at: '2025-03-03T10:00',
            type: 'set',
            person,
            attribute: 'score',
            value: 95,
          }),
        );
      if (i % 97 === 0) {
        push(JSON.stringify({ at: '2025-04-01T10:00', type: 'pause', person }));
        push(JSON.stringify({ at: '2025-05-01T10:00', type: 'resume', person }));
      }
    }
    push(JSON.stringify({ at: '2025-02-01T00:00', type: 'deactivate', content: 'E0.3' }));
    push(JSON.stringify({ at: '2025-03-01T00:00', type: 'activate', content: 'E0.3' }));
    flush();
    out(']}');
  } finally {
    closeSync(fd);
  }
}

/** The path of W1 for `people` with its audience generated or listed, written first if needed. */
export function scenarioFile(folder: string, audience: Audience, people: number): string {
  const program = JSON.stringify(yearOfWeeklyCasts(people));
  const key = createHash('sha256')
    .update(`${audience} ${WRITER_VERSION} ${program}`)
    .digest('hex')
    .slice(0, 10);
  const prefix = `w1-${audience}-${peopleLabel(people)}.`;
  const path = join(folder, `${prefix}${key}.json`);
  if (existsSync(path)) return path;

  mkdirSync(folder, { recursive: true });
  // Older versions of this file are of no more use.
  for (const name of readdirSync(folder))
    if (name.startsWith(prefix) && name.endsWith('.json')) rmSync(join(folder, name));
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    if (audience === 'listed') writeListed(temporary, people);
    else {
      const fd = openSync(temporary, 'w');
      writeSync(fd, program);
      closeSync(fd);
    }
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
  return path;
}
