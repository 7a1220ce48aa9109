/**
 * The cast diff's Web Worker: sorting and matching a large audience's person-casts takes long
 * enough to freeze the page, so the compare view and the in-flight notice send both runs' cells
 * here (derive/castDiff.ts does the work), behind comlink.
 */
import { expose } from 'comlink';
import { diffCasts, type RunCells } from './derive/castDiff';

expose({
  diff: ({ a, b, include }: { a: RunCells; b: RunCells; include: Uint8Array | null }) =>
    diffCasts(a, b, include),
});
