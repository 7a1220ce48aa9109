/**
 * Keeps the sorted runs of a long output (engine/output/write.ts) in one temporary file, so the
 * command line's memory stays bounded however many records it writes. The file is created on the
 * first run only (most outputs fit in memory and never touch the disk) and removed from its folder
 * at once: it lives only through its open descriptor, so the system deletes it when the process
 * ends, however it ends.
 */
import {
  closeSync,
  mkdtempSync,
  openSync,
  readSync,
  rmdirSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunStore } from '../engine';
import { CliError } from './fatal';

/** Where a saved run lies in the file. */
export interface Run {
  start: number;
  length: number;
}

export class TempRunStore implements RunStore {
  private fd: number | null = null;
  /** False for a store writing into another's file (a thread's): its owner closes the file. */
  private owner = true;
  private readonly runs: Run[] = [];
  private end = 0;

  constructor(private readonly folder = tmpdir()) {}

  /**
   * A store that saves runs into the open file `fd` of another store (a simulation thread writes
   * into a file the main thread opened: threads share the process's descriptors), which reads
   * them back after `adopt`ing this one's `savedRuns`.
   */
  static writingTo(fd: number, folder = tmpdir()): TempRunStore {
    const store = new TempRunStore(folder);
    store.fd = fd;
    store.owner = false;
    return store;
  }

  /** The file's descriptor, creating the file if need be: for `writingTo` in another thread. */
  descriptor(): number {
    return this.open();
  }

  /** Where each run saved so far lies in the file. */
  get savedRuns(): readonly Run[] {
    return this.runs;
  }

  /** Takes the runs another store saved into this one's file (`writingTo`), after this one's. */
  adopt(runs: readonly Run[]) {
    for (const run of runs) {
      this.runs.push({ start: run.start, length: run.length });
      this.end = Math.max(this.end, run.start + run.length);
    }
  }

  /** How many runs can be read back. */
  get count(): number {
    return this.runs.length;
  }

  /** Bytes kept in the temporary file so far. */
  get size(): number {
    return this.end;
  }

  save(run: Uint8Array) {
    const fd = this.open();
    let written = 0;
    try {
      while (written < run.length)
        written += writeSync(fd, run, written, run.length - written, this.end + written);
    } catch (error) {
      throw this.failure(error, this.end + written);
    }
    this.runs.push({ start: this.end, length: run.length });
    this.end += run.length;
  }

  read(run: number, offset: number, into: Uint8Array): number {
    const { start, length } = this.runs[run]!;
    const wanted = Math.min(into.length, length - offset);
    let got = 0;
    while (got < wanted) {
      const n = readSync(this.fd!, into, got, wanted - got, start + offset + got);
      if (n === 0) throw new Error(`temporary file: run ${run} ends early`);
      got += n;
    }
    return got;
  }

  close() {
    if (this.fd !== null && this.owner) closeSync(this.fd);
    this.fd = null;
  }

  private open(): number {
    if (this.fd !== null) return this.fd;
    try {
      const dir = mkdtempSync(join(this.folder, 'lanecast-simulate-'));
      const path = join(dir, 'runs');
      this.fd = openSync(path, 'w+', 0o600);
      unlinkSync(path);
      rmdirSync(dir);
    } catch (error) {
      throw this.failure(error, 0);
    }
    return this.fd;
  }

  private failure(error: unknown, bytes: number): CliError {
    const code = (error as NodeJS.ErrnoException | null)?.code ?? String(error);
    const gb = (bytes / 1e9).toFixed(1);
    const why =
      code === 'ENOSPC' || code === 'EDQUOT'
        ? `no space left after ${gb} GB`
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'not allowed to write there'
          : code === 'ENOENT' || code === 'ENOTDIR'
            ? 'no such folder'
            : code;
    return new CliError([
      `simulate: the output is too long to sort in memory, and its temporary file in ${this.folder} failed (${why}): set TMPDIR to a folder with more room, narrow the period or the audience, or use --format summary`,
    ]);
  }
}
