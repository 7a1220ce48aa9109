// The records export from a pool of three workers is the command line's output, byte for byte:
// the program is written to a file and `src/cli/simulate.ts` run on it in a child process.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { inThreadEndpoint } from '../../src/simulation/endpoints';
import { SimulationPool } from '../../src/simulation/pool';
import { previewProgram } from '../fixtures/previewProgram';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'lanecast-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function commandLine(file: string, format: 'csv' | 'jsonl') {
  const { stdout } = await promisify(execFile)(
    TSX,
    ['src/cli/simulate.ts', file, '--format', format],
    { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 },
  );
  return stdout;
}

describe('the records export of a pool', () => {
  it('is the command line’s output for the same program, from three workers’ shares', async () => {
    const doc = previewProgram(1500);
    const file = join(dir, 'program.json');
    writeFileSync(file, JSON.stringify(doc));
    const cli = { csv: commandLine(file, 'csv'), jsonl: commandLine(file, 'jsonl') };

    const pool = new SimulationPool(inThreadEndpoint, 3, 500);
    const load = await pool.load('e', doc);
    if (!load.ok) throw new Error('fixture does not load');
    expect(await pool.exportRecords(load.key, 'csv')).toEqual({ ok: false, missing: true });
    const run = await pool.run('e', load.key, 1, load.people);
    expect(run.ok && run.workers).toBe(3);
    for (const format of ['csv', 'jsonl'] as const) {
      const exported = await pool.exportRecords(load.key, format);
      if (!exported.ok) throw new Error(`no ${format} export`);
      const text = await exported.value.text();
      expect(text.length).toBeGreaterThan(100_000);
      expect(text).toBe(await cli[format]);
    }
  }, 60_000);
});
