/**
 * The temporary file that holds a long output's sorted runs (src/cli/tempRuns.ts): runs read back
 * exactly as saved, block by block; the file never shows in its folder (so nothing is left behind
 * however the process ends); a folder it cannot write to gives one plain line naming the way out.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CliError, describeFailure } from '../../src/cli/fatal';
import { TempRunStore } from '../../src/cli/tempRuns';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));
function folder() {
  const f = mkdtempSync(join(tmpdir(), 'lanecast-runs-test-'));
  folders.push(f);
  return f;
}

const bytes = (n: number, seed: number) =>
  Uint8Array.from({ length: n }, (_, i) => (i * seed) % 251);

function readAll(store: TempRunStore, run: number, block: number): number[] {
  const into = new Uint8Array(block);
  const out: number[] = [];
  for (let offset = 0; ;) {
    const n = store.read(run, offset, into);
    if (n === 0) return out;
    out.push(...into.subarray(0, n));
    offset += n;
  }
}

describe('the temporary file of sorted runs', () => {
  it('reads each run back as it was saved, in blocks, and keeps nothing in its folder', () => {
    const where = folder();
    const store = new TempRunStore(where);
    const runs = [bytes(96, 7), bytes(32, 3), bytes(160, 11)];
    runs.forEach((run) => store.save(run));
    expect(store.size).toBe(288);
    expect(readdirSync(where)).toEqual([]);
    // Run 2 in blocks of 64 bytes: 64 + 64 + 32, then the end.
    expect(readAll(store, 2, 64)).toEqual([...runs[2]!]);
    expect(readAll(store, 0, 32)).toEqual([...runs[0]!]);
    expect(readAll(store, 1, 1024)).toEqual([...runs[1]!]);
    store.close();
  });

  it('says in one line that its folder cannot be used, and what to do', () => {
    const store = new TempRunStore(join(folder(), 'no-such-folder'));
    let failure: unknown = null;
    try {
      store.save(bytes(32, 1));
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(CliError);
    const lines = describeFailure(failure);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/temporary file in .*no-such-folder failed \(no such folder\)/);
    expect(lines[0]).toContain('set TMPDIR');
    expect(lines[0]).toContain('--format summary');
  });
});
