/**
 * Runs a what-if variant beside the program on screen: the variant's document (already given the
 * program's audience, document/ops/withAudienceOf.ts) is compiled and run in the workers under a
 * source of its own, as a background run that never stops the preview's runs; then both runs'
 * person-casts are fetched and diffed off the page, and their totals set side by side.
 */
import type { Problem } from '../model';
import type { Answer } from '../worker/protocol';
import type { CastPeople } from '../engine';
import { diffOffThread } from './castDiffClient';
import { runCellsOf, type CastDiff } from './derive/castDiff';
import { compareTotals, type ComparedTotals } from './derive/compareTotals';
import type { SimulationPool } from './pool';
import type { PreviewResult } from './previewStore';
import type { PreviewServices } from './services';

/** Above this many person-casts in a run, the totals are compared but not every cast. */
export const COMPARED_CELLS = 4_000_000;

export type CompareOutcome =
  | {
      ok: true;
      b: PreviewResult;
      totals: ComparedTotals;
      /** Null when the runs are too large to list every cast (COMPARED_CELLS). */
      diff: CastDiff | null;
    }
  | { ok: false; problems: Problem[] }
  | { ok: false; failure: string };

export interface CompareRunner {
  /** Runs `variant` and compares it with `a`, the result on screen. */
  compare(a: PreviewResult, variant: object): Promise<CompareOutcome>;
}

const allCasts = (result: PreviewResult) =>
  Array.from({ length: result.frame.casts.count }, (_, c) => c);

function valueOf(answer: Answer<CastPeople>): CastPeople {
  if (answer.ok) return answer.value;
  throw new Error('problem' in answer ? answer.problem : 'the run is no longer in the workers');
}

export function createCompareRunner(
  pool: SimulationPool,
  services: PreviewServices,
  source: string,
  now: () => number = () => performance.now(),
): CompareRunner {
  const own = `${source}:compare`;
  let runs = 0;
  return {
    async compare(a, variant) {
      const startedAt = now();
      const loaded = await pool.load(own, variant);
      if (!loaded.ok) return { ok: false, problems: loaded.problems };
      // Background runs count down from here, clear of the controller's restores (-1, -2...).
      const outcome = await pool.run(own, loaded.key, -1_000_000 - ++runs, loaded.people);
      if (!outcome.ok) return { ok: false, failure: 'cancelled' };
      const b: PreviewResult = {
        key: loaded.key,
        frame: loaded.frame,
        aggregates: outcome.aggregates,
        workers: outcome.workers,
        elapsed: now() - startedAt,
      };
      const totals = compareTotals(a, b);
      const cells = Math.max(a.aggregates.personCasts, b.aggregates.personCasts);
      if (cells > COMPARED_CELLS || a.aggregates.people !== b.aggregates.people)
        return { ok: true, b, totals, diff: null };
      try {
        const [foundA, foundB] = await Promise.all([
          services.castPeople(a.key, allCasts(a)),
          pool.castPeople(b.key, allCasts(b)),
        ]);
        const diff = await diffOffThread(
          runCellsOf(a.frame, valueOf(foundA)),
          runCellsOf(b.frame, valueOf(foundB)),
        );
        return { ok: true, b, totals, diff };
      } catch (error) {
        return { ok: false, failure: String(error) };
      }
    },
  };
}
