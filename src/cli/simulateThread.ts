/**
 * A simulation thread of the command line (node:worker_threads): simulates one share of the
 * people of the run described by `workerData` (shareProtocol.ts) and posts its answer once.
 * Started by shares.ts; from the TypeScript sources through tsx, from the build as
 * simulateThread.mjs next to simulate.mjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { simulateShare, summarizeShare } from '../engine';
import { describeFailure } from './fatal';
import { loadPlanAgain } from './loadPlan';
import type { ShareAnswer, ShareJob } from './shareProtocol';
import { TempRunStore } from './tempRuns';

function answer(job: ShareJob): { answer: ShareAnswer; transfer: ArrayBuffer[] } {
  const plan = loadPlanAgain(job.file, job.version, job.options);
  if (job.format === 'summary') {
    const counts = summarizeShare(plan, job.slice).shareCounts();
    return { answer: { ok: true, format: 'summary', counts }, transfer: [] };
  }
  const store = TempRunStore.writingTo(job.fd!, job.folder);
  const { buffer } = simulateShare(plan, { capacity: job.capacity, store }, job.slice);
  const last = buffer.packSorted();
  return {
    answer: { ok: true, format: 'runs', saved: [...store.savedRuns], last },
    transfer: [last.buffer as ArrayBuffer],
  };
}

const job = workerData as ShareJob;
let reply: { answer: ShareAnswer; transfer: ArrayBuffer[] };
try {
  reply = answer(job);
} catch (error) {
  reply = { answer: { ok: false, lines: describeFailure(error) }, transfer: [] };
}
parentPort!.postMessage(reply.answer, reply.transfer);
