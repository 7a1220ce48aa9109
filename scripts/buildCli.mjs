/**
 * Compiles the command line (src/cli) to plain JavaScript with esbuild, so `npm run simulate`
 * starts Node on one bundled file instead of compiling TypeScript on every run (tsx). Run by the
 * launcher (scripts/simulate.mjs, through cliBundle.mjs) when the bundle is missing or stale, and
 * only then: a run of the command line loads esbuild only to build. `node scripts/buildCli.mjs`
 * builds it by hand; the benchmark bundles its own entry with it (bench/run.ts).
 *
 * Layout of the output folder (.cache/cli/, gitignored; LANECAST_CLI_CACHE moves it, for tests):
 *   simulate.cjs        the command line, src/cli/simulate.ts with everything it imports
 *   <name>.cjs          one self-contained file per further entry of ENTRIES, named after its
 *                       source file: src/cli/simulateThread.ts becomes simulateThread.cjs
 *   runBundle.cjs       a copy of scripts/runBundle.cjs, which runs a bundle with V8's code cache
 *   <bundle>.<stamp>.code   that cache, written by the first run of each bundle (not an output)
 *   meta.json           what it was built from: every input file's mtime and size (cliBundle.mjs
 *                       compares them to decide whether to build again)
 * The bundles are CommonJS, not ES modules, so that runBundle.cjs can hand V8 their compiled code
 * (node:vm compiles a script with a code cache, not a module); `import.meta.url` in the sources
 * becomes the bundle file's URL. Every entry lands in the same folder, so code in one bundle finds
 * another next to itself: src/cli/shares.ts starts `runBundle.cjs` beside itself as a worker
 * thread running simulateThread.cjs, once that entry is listed in ENTRIES.
 *
 * Several first runs may build at once (the scenario check starts many): each writes its files
 * under temporary names and renames them into place, meta.json last, so a reader never sees a
 * half-written file, and a meta.json that says "fresh" always comes after the bundles it describes.
 * (A run already going while the sources are edited and rebuilt may start its threads from the newer
 * files; runs started afterwards see one consistent build.)
 */
import { randomBytes } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Entry points, relative to the project root; each becomes <its name>.mjs in the output folder. */
export const ENTRIES = ['src/cli/simulate.ts', 'src/cli/simulateThread.ts'];

/** Files that shape the output besides the inputs esbuild reports: a change to them rebuilds too. */
export const BUILD_FILES = ['scripts/buildCli.mjs', 'scripts/runBundle.cjs', 'package-lock.json'];

/** Runs a bundle with V8's code cache; copied next to the bundles. */
const RUNNER = 'runBundle.cjs';

/** What `import.meta.url` becomes in a CommonJS bundle: set by its first line. */
const BUNDLE_URL = '__lanecastBundleUrl';

export const META = 'meta.json';

/** An input's fingerprint: [mtime in ms, size in bytes], or null when it is unreadable. */
export function fingerprint(file) {
  try {
    const stat = statSync(join(ROOT, file));
    return [stat.mtimeMs, stat.size];
  } catch {
    return null;
  }
}

/** Moves `contents` into `path` at once: written under a name of its own, then renamed. */
function writeAtomically(path, contents) {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, contents);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Builds every entry into `outDir` and writes its meta.json. Throws esbuild's error (its `errors`
 * name file, line and text) when the source does not compile. `entries` other than the command
 * line's: the benchmark bundles its own measuring entry the same way (bench/run.ts).
 */
export async function buildCli(outDir, entries = ENTRIES) {
  const started = Date.now();
  // The benchmark's own entry stays an ES module, run by plain node (bench/run.ts).
  const commandLine = entries === ENTRIES;
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: entries.map((entry) => ({ in: entry, out: basename(entry, extname(entry)) })),
    outdir: outDir,
    outExtension: { '.js': commandLine ? '.cjs' : '.mjs' },
    bundle: true,
    platform: 'node',
    ...(commandLine
      ? {
          format: 'cjs',
          define: { 'import.meta.url': BUNDLE_URL },
          banner: {
            js: `const ${BUNDLE_URL} = require('node:url').pathToFileURL(__filename).href;`,
          },
        }
      : { format: 'esm' }),
    target: 'node20',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  mkdirSync(outDir, { recursive: true });
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  if (commandLine)
    writeAtomically(join(outDir, RUNNER), readFileSync(join(ROOT, 'scripts', RUNNER)));
  // Caches of earlier builds: named after bundles that are gone, never read again.
  for (const name of readdirSync(outDir))
    if (name.endsWith('.code')) rmSync(join(outDir, name), { force: true });

  const finished = Date.now();
  const inputs = {};
  for (const input of [...Object.keys(result.metafile.inputs), ...BUILD_FILES]) {
    const print = fingerprint(input);
    // Changed while esbuild read it: the bundle may hold the old text, so the next run builds
    // again. (A time in the future, from a skewed clock, is no sign of that.)
    const changedMeanwhile = print !== null && print[0] > started && print[0] <= finished;
    inputs[input] = changedMeanwhile ? null : print;
  }
  const outputs = result.outputFiles.map((file) => relative(outDir, file.path));
  if (commandLine) outputs.push(RUNNER);
  writeAtomically(
    join(outDir, META),
    JSON.stringify({ esbuild: esbuild.version, outputs, inputs }),
  );
  return outputs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.env.LANECAST_CLI_CACHE ?? join(ROOT, '.cache', 'cli');
  const outputs = await buildCli(outDir);
  console.log(`built ${outputs.join(', ')} in ${relative(process.cwd(), outDir) || '.'}`);
}
