/**
 * A simulation thread of the command line (node:worker_threads): waits for its job (a share of
 * the compiled plan, shareProtocol.ts), simulates those people and posts its answer once. Started
 * by shares.ts, possibly before the main thread has read the file (so its start overlaps the
 * reading); from the TypeScript sources through tsx, from the build as simulateThread.cjs next to
 * simulate.cjs.
 */
import { parentPort } from 'node:worker_threads';
// The engine's own files, not its index: a thread compiles nothing, and the index would bring in
// the scenario schema (zod, three quarters of the bundle) for it to load at every start.
import type { SimulationPlan } from '../engine/compile';
import { planOfShare } from '../engine/compile/share';
import { simulateShare, summarizeShare } from '../engine/output/write';
import { SummarySink } from '../engine/output/summary';
import { simulateAll } from '../engine/simulate';
import { describeFailure } from './fatal';
import { ShareClaims } from './shareClaims';
import type { ShareAnswer, ShareJob } from './shareProtocol';
import { TempRunStore } from './tempRuns';

function answer(job: ShareJob): { answer: ShareAnswer; transfer: ArrayBuffer[] } {
  const plan = planOfShare(job.share);
  const slice = { start: job.share.start, end: job.share.end };
  if (job.format === 'summary') {
    const counts = (
      job.claims ? claimedSummary(plan, job.claims) : summarizeShare(plan, slice)
    ).shareCounts();
    return { answer: { ok: true, format: 'summary', counts }, transfer: [] };
  }
  const store = TempRunStore.writingTo(job.fd!, job.folder);
  const { buffer } = simulateShare(plan, { capacity: job.capacity, store }, slice);
  const last = buffer.packSorted();
  return {
    answer: { ok: true, format: 'runs', saved: [...store.savedRuns], last },
    transfer: [last.buffer as ArrayBuffer],
  };
}

/** The summary of the chunks this thread claims from the front of its share, one by one. */
function claimedSummary(plan: SimulationPlan, claims: NonNullable<ShareJob['claims']>) {
  const sink = new SummarySink(plan.program.streams.length, plan.program.contentIds.length);
  const shared = ShareClaims.of(claims.shared);
  for (let slice = shared.takeFront(claims.index); slice; slice = shared.takeFront(claims.index))
    simulateAll(plan, sink, { slice });
  return sink;
}

parentPort!.once('message', (job: ShareJob) => {
  let reply: { answer: ShareAnswer; transfer: ArrayBuffer[] };
  try {
    reply = answer(job);
  } catch (error) {
    reply = { answer: { ok: false, lines: describeFailure(error) }, transfer: [] };
  }
  parentPort!.postMessage(reply.answer, reply.transfer);
  parentPort!.close(); // nothing more will come: let the thread end
});
