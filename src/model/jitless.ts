/**
 * zod compiles object parsers with `new Function` where it may. The app's Content-Security-Policy
 * allows no eval, so in the browser (the page and its workers) zod's probe would be refused and
 * reported as a violation when the first schema is built: there, parse without compiling (the same
 * results, and what the policy would force anyway). In Node (the command line, the tests) compiled
 * parsers stay: they are five times faster on large files.
 *
 * primitives.ts imports this first; every schema of the format is built after it.
 */
import { config } from 'zod';

type MaybeNode = { process?: { versions?: { node?: unknown } } };
const inNode = typeof (globalThis as MaybeNode).process?.versions?.node === 'string';

if (!inNode) config({ jitless: true });
