/**
 * Finds the compiled command line (scripts/buildCli.mjs), building it first when it is missing or
 * stale. Deciding costs one small JSON read and a stat per input file (about 200, a millisecond or
 * two); esbuild is imported only when a build is needed, so a fresh bundle starts as fast as
 * plain Node allows. A fresh clone needs no install hook: the first run builds.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The output folder: .cache/cli/ in the project, or LANECAST_CLI_CACHE (the tests use their own). */
export function cacheFolder() {
  return process.env.LANECAST_CLI_CACHE ?? join(ROOT, '.cache', 'cli');
}

function sameFingerprint(file, print) {
  if (print === null) return false;
  try {
    const stat = statSync(join(ROOT, file));
    return stat.mtimeMs === print[0] && stat.size === print[1];
  } catch {
    return false;
  }
}

/**
 * Whether `folder` holds a bundle built from the files as they are now: every input recorded in
 * its meta.json has the same mtime and size, and every output is there. Any other difference
 * (an edit, a checkout, a new dependency, a deleted file) means stale.
 */
export function isFresh(folder) {
  let meta;
  try {
    meta = JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8'));
  } catch {
    return false;
  }
  const inputs = Object.entries(meta.inputs ?? {});
  if (inputs.length === 0 || !Array.isArray(meta.outputs)) return false;
  for (const [file, print] of inputs) if (!sameFingerprint(file, print)) return false;
  for (const output of meta.outputs) {
    try {
      statSync(join(folder, output));
    } catch {
      return false;
    }
  }
  return true;
}

/** The path of the bundled entry `name` (simulate.cjs...), built first when needed. */
export async function ensureBundle(name, folder = cacheFolder()) {
  if (!isFresh(folder)) {
    const { buildCli } = await import('./buildCli.mjs');
    await buildCli(folder);
  }
  return join(folder, name);
}
