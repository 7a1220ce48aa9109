/**
 * The simulation service behind each worker: keeps documents and plans (documentCache.ts), runs a
 * share of the people in time slices so progress is reported and a newer run replaces an older one
 * at once, and answers the views' questions (people rows, filters, explanations, exports) from the
 * cached plan. Runs unchanged in a worker or in-thread.
 */
import {
  castPeople,
  peopleRows,
  queryPeople,
  startPreview,
  explainPerson,
  whyNot,
  ROW_BYTES,
  type PreviewRun,
} from '../engine';
import { DocumentCache } from './documentCache';
import { PieceStore } from './pieceStore';
import { yieldToEvents } from './yieldToEvents';
import type { Answer, SimulationService } from './protocol';
import { EXPORT_RECORDS, shareRuns, tooManyRecords, writeMerged } from './recordsExport';

/** Simulate this long between looks at the message queue (a cancel, a newer run). */
export const SLICE_MS = 25;
/** People simulated between looks at the clock. */
const STEP = 250;

const now = () => performance.now();

export function createSimulationService(): SimulationService {
  const pieces = new PieceStore();
  const cache = new DocumentCache();
  /**
   * The newest run asked for; every older one stops at its next look. A negative id is a background
   * run (bringing back a plan the views still ask about): it neither stops nor is stopped by others.
   */
  let newest = -1;
  const cancelled = new Set<number>();
  const stopped = (runId: number) => (runId >= 0 && runId < newest) || cancelled.has(runId);

  const entryOf = (key: string) => {
    const compiled = cache.get(key);
    return compiled?.ok ? compiled.entry : null;
  };
  const missing = <T>(): Answer<T> => ({ ok: false, missing: true });

  return {
    async receive(source, bytes) {
      pieces.receive(source, bytes);
    },

    async load(source, update) {
      const { key, doc } = pieces.document(source, update.parts);
      const compiled = cache.compile(key, doc);
      if (!compiled.ok) return { ok: false, key, problems: compiled.problems };
      const { entry } = compiled;
      return { ok: true, key, frame: entry.frame, people: entry.plan.people.count };
    },

    async run(key, runId, slice, onProgress) {
      if (runId >= 0) newest = Math.max(newest, runId);
      const entry = entryOf(key);
      if (entry === null) return { ok: false, runId, missing: true };
      const run: PreviewRun = startPreview(entry.plan, entry.frame, slice);
      let done = false;
      while (!done) {
        const until = now() + SLICE_MS;
        while (!done && now() < until) done = run.step(STEP);
        if (!done) {
          await onProgress?.({ runId, done: run.done, total: run.total });
          await yieldToEvents();
          if (stopped(runId)) {
            cancelled.delete(runId);
            return { ok: false, runId, cancelled: true };
          }
        }
      }
      await onProgress?.({ runId, done: run.total, total: run.total });
      entry.columns = run.columns;
      return { ok: true, runId, aggregates: run.aggregates() };
    },

    cancel(runId) {
      cancelled.add(runId);
    },

    async query(key, filter) {
      const entry = entryOf(key);
      if (entry === null || entry.columns === null) return missing();
      return { ok: true, value: queryPeople(entry.plan, entry.filePeople, entry.columns, filter) };
    },

    async rows(key, persons) {
      const entry = entryOf(key);
      if (entry === null) return missing();
      const count = entry.plan.people.count;
      const valid = persons.every((p) => Number.isInteger(p) && p >= 0 && p < count);
      if (!valid) return { ok: false, problem: 'a requested person is not in the audience' };
      return { ok: true, value: peopleRows(entry.plan, entry.frame.casts, persons) };
    },

    async castPeople(key, casts) {
      const entry = entryOf(key);
      if (entry === null || entry.columns === null) return missing();
      return { ok: true, value: castPeople(entry.plan, entry.frame.casts, entry.columns, casts) };
    },

    async explain(key, person) {
      const entry = entryOf(key);
      if (entry === null) return missing();
      const explanation = explainPerson(entry.plan, person);
      return explanation === null
        ? { ok: false, problem: `no person has the id "${person}"` }
        : { ok: true, value: explanation };
    },

    async whyNot(key, person, rule, stream) {
      const entry = entryOf(key);
      if (entry === null) return missing();
      return { ok: true, value: whyNot(entry.plan, person, rule, stream) };
    },

    async exportShare(key, slice) {
      const entry = entryOf(key);
      if (entry === null) return missing();
      const runs = shareRuns(entry.plan, slice);
      return runs === null ? { ok: false, problem: tooManyRecords() } : { ok: true, value: runs };
    },

    async exportMerge(key, format, runs, onChunk) {
      const entry = entryOf(key);
      if (entry === null) return missing();
      const records = runs.reduce((n, run) => n + run.length, 0) / ROW_BYTES;
      if (records > EXPORT_RECORDS) return { ok: false, problem: tooManyRecords() };
      return { ok: true, value: await writeMerged(entry.plan, format, runs, onChunk) };
    },
  };
}
