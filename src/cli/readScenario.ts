/**
 * Reads the scenario file's bytes for the command line, or says in plain words why it cannot: no
 * such file, a folder, no permission, or larger than any scenario can be. A pipe or device is read
 * up to the limit only, so one that never ends (`/dev/zero`) is refused too, not read forever.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../model';
import { CliError } from './fatal';

/** Largest file read, in bytes: the scenario parser's own limit, so both refuse the same files. */
export const MAX_READ_BYTES = MAX_FILE_BYTES;

const BLOCK = 1 << 20;

/** Why a file could not be opened or read, for the common error codes. */
const WHY: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EISDIR: 'it is a folder, not a scenario file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many files are open',
};

export function cannotRead(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const why = (code !== undefined ? WHY[code] : undefined) ?? code ?? 'unknown error';
  return new CliError([`${file}: cannot read the file (${why})`]);
}

function tooLarge(file: string, bytes: number | null): CliError {
  const mb = (n: number) => `${Math.ceil(n / 1e5) / 10} MB`;
  const size = bytes === null ? `more than ${mb(MAX_READ_BYTES)}` : mb(bytes);
  return new CliError([
    `${file}: the file is ${size}; a scenario file may be at most ${mb(MAX_READ_BYTES)}`,
  ]);
}

/** The file's bytes (decoded by the reader: engine/read), or a `CliError` saying why not. */
export function readScenario(file: string): Buffer {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw cannotRead(file, error);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw cannotRead(file, { code: 'EISDIR' });
    if (stat.isFile()) {
      if (stat.size > MAX_READ_BYTES) throw tooLarge(file, stat.size);
      return readFileSync(fd);
    }
    // A pipe or device: read until its end, but never past the limit.
    const blocks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const block = Buffer.allocUnsafe(BLOCK);
      const n = readSync(fd, block, 0, BLOCK, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_READ_BYTES) throw tooLarge(file, null);
      blocks.push(block.subarray(0, n));
    }
    return Buffer.concat(blocks, total);
  } catch (error) {
    throw error instanceof CliError ? error : cannotRead(file, error);
  } finally {
    closeSync(fd);
  }
}
