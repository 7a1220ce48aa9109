/**
 * `npm run simulate` starts here: runs the compiled command line (src/cli/simulate.ts bundled by
 * scripts/buildCli.mjs into .cache/cli/), building it first when it is missing or stale. The
 * bundle runs in this same process and reads the same arguments, with V8's code cache
 * (runBundle.cjs). If it cannot be built, one line
 * per problem on standard error and exit 2, as for any other failure of the command line.
 */
import { createRequire } from 'node:module';
import { ensureBundle } from './cliBundle.mjs';

const { runBundle } = createRequire(import.meta.url)('./runBundle.cjs');

let bundle;
try {
  bundle = await ensureBundle('simulate.cjs');
} catch (error) {
  const errors = Array.isArray(error?.errors) && error.errors.length > 0 ? error.errors : [error];
  const lines = errors.map((e) => {
    const where = e?.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ` : '';
    const text = String(e?.text ?? e?.message ?? e).split('\n', 1)[0];
    return `simulate: cannot build the command line: ${where}${text}\n`;
  });
  process.exitCode = 2;
  process.stderr.write(lines.join(''), () => process.exit(2));
}
if (bundle !== undefined) runBundle(bundle);
