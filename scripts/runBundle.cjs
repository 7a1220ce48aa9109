/**
 * Runs a bundle of the command line (scripts/buildCli.mjs builds them as CommonJS) with V8's code
 * cache: Node 20 keeps no compiled code between runs, so each process and each simulation thread
 * would parse and compile the 1.1 MB bundle again (about 45 ms of CPU per start, measured on W1's
 * machine). The first run saves what V8 compiled, once it has run, beside the bundle
 * (`<bundle>.<mtime>-<size>.code`: a rebuilt bundle never meets an older cache), and later runs
 * hand it back to V8, which checks it and compiles afresh if it does not fit (another Node, other
 * flags, a damaged file), then saves it again.
 *
 * `runBundle(file)` runs one in this thread (the launcher, scripts/simulate.mjs); started as a
 * worker thread with `workerData.bundle`, this file runs that bundle in the new thread
 * (src/cli/shares.ts starts the simulation threads so).
 */
'use strict';
const { randomBytes } = require('node:crypto');
const {
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const { basename, dirname, join } = require('node:path');
const vm = require('node:vm');
const { isMainThread, workerData } = require('node:worker_threads');

/** The cache file of `file` as it is now. */
function cacheOf(file) {
  const { mtimeMs, size } = statSync(file);
  return `${file}.${Math.round(mtimeMs)}-${size}.code`;
}

/**
 * Saves V8's code for `script` (run from `file`) into `cache`, under a name of its own first, then
 * renamed; and removes the caches of the bundle's earlier builds. Not when the bundle was rebuilt
 * while this run went on (several first runs build at once): the code is then an older build's.
 */
function saveCode(script, file, cache) {
  const temporary = `${cache}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    if (cacheOf(file) !== cache) return;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cache);
    const prefix = `${basename(file)}.`;
    for (const name of readdirSync(dirname(file)))
      if (name.startsWith(prefix) && name.endsWith('.code') && join(dirname(file), name) !== cache)
        rmSync(join(dirname(file), name), { force: true });
  } catch {
    // No cache this time (a read-only folder...): the next run compiles, as without one.
  } finally {
    rmSync(temporary, { force: true });
  }
}

function runBundle(file) {
  const cache = cacheOf(file);
  let cachedData;
  try {
    cachedData = readFileSync(cache);
  } catch {
    cachedData = undefined;
  }
  // The module wrapper Node puts around a CommonJS file.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const script = new vm.Script(source, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cachedData === undefined || script.cachedDataRejected)
    process.once('exit', () => saveCode(script, file, cache));
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, file, dirname(file));
}

if (!isMainThread && workerData?.bundle) runBundle(join(__dirname, workerData.bundle));

module.exports = { runBundle };
