/**
 * Runs derive/castDiff.ts off the page: in a short-lived Web Worker where the browser has them
 * (the cells are transferred, not copied), on this thread otherwise (unit tests).
 */
import { releaseProxy, transfer, wrap } from 'comlink';
import type { CastDiff, RunCells } from './derive/castDiff';

interface DiffService {
  diff(args: { a: RunCells; b: RunCells; include: Uint8Array | null }): CastDiff;
}

const buffersOf = (run: RunCells) => [
  run.cells.person.buffer,
  run.cells.cast.buffer,
  run.cells.outcome.buffer,
  run.cells.content.buffer,
];

/** The casts A and B give differently; the cells are handed over (do not use them after). */
export async function diffOffThread(
  a: RunCells,
  b: RunCells,
  include: Uint8Array | null = null,
): Promise<CastDiff> {
  if (typeof Worker === 'undefined') {
    const { diffCasts } = await import('./derive/castDiff');
    return diffCasts(a, b, include);
  }
  const worker = new Worker(new URL('./castDiff.worker.ts', import.meta.url), { type: 'module' });
  const remote = wrap<DiffService>(worker);
  try {
    // castDay stays here: the frame keeps using it (a copy goes across).
    const buffers = [...buffersOf(a), ...buffersOf(b), ...(include ? [include.buffer] : [])];
    const unique = [...new Set(buffers)] as ArrayBuffer[];
    return await remote.diff(transfer({ a, b, include }, unique));
  } finally {
    remote[releaseProxy]();
    worker.terminate();
  }
}
