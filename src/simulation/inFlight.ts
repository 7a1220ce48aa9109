/**
 * The effect of an edit on people already in flight: after an edit, the run before it (the result
 * the preview kept on screen while the new one ran) and the run after it are compared, for the
 * people who joined before the cursor date, with the same diff as the compare view. The watcher
 * notes the effect in a small store the editor's notice reads; it clears when the next run starts.
 */
import { createStore } from 'zustand/vanilla';
import type { PeopleRows } from '../engine';
import type { Answer } from '../worker/protocol';
import { diffOffThread } from './castDiffClient';
import { joinedBefore, runCellsOfRows, type CastDifference } from './derive/castDiff';
import { cursorDayOf } from './derive/counts';
import { personIdAt } from './derive/people';
import type { PreviewResult, PreviewStore } from './previewStore';
import type { PreviewServices } from './services';

/** Above this many people the check is skipped (every person is simulated again, twice). */
export const IN_FLIGHT_PEOPLE = 200_000;
/** People named in the notice; the count covers everyone. */
export const NAMED = 5;

export interface InFlightEffect {
  /** People in flight whose casts differ, of `inFlight` people who joined before `cursorDay`. */
  affected: number;
  inFlight: number;
  cursorDay: number;
  /** The first differing cast of the first NAMED people affected, with their ids. */
  firsts: (CastDifference & { id: string })[];
  /** Content names by id, after then before the edit. */
  names: Map<string, string>;
}

function valueOf(answer: Answer<PeopleRows>): PeopleRows {
  if (answer.ok) return answer.value;
  throw new Error('problem' in answer ? answer.problem : 'the run is no longer in the workers');
}

export async function inFlightEffect(
  services: PreviewServices,
  before: PreviewResult,
  after: PreviewResult,
  cursorDay: number,
): Promise<InFlightEffect | null> {
  const people = before.aggregates.people;
  // Another audience (an audience edit) has other people: nothing to match them by.
  if (people !== after.aggregates.people || people === 0 || people > IN_FLIGHT_PEOPLE) return null;
  const persons = Int32Array.from({ length: people }, (_, p) => p);
  const [rowsBefore, rowsAfter] = await Promise.all([
    services.rows(before.key, persons).then(valueOf),
    services.rows(after.key, persons).then(valueOf),
  ]);
  const { frame } = before;
  const dayIndex = Math.min(frame.dayStart.length - 1, Math.max(0, cursorDay - frame.startDay));
  const mask = joinedBefore(rowsBefore, frame.dayStart[dayIndex]!, people);
  const inFlight = mask.reduce((n, v) => n + v, 0);
  const diff = await diffOffThread(
    runCellsOfRows(before.frame, rowsBefore),
    runCellsOfRows(after.frame, rowsAfter),
    mask,
  );
  const firsts: InFlightEffect['firsts'] = [];
  for (let i = 0; i < diff.rows.length && firsts.length < NAMED; i++) {
    const row = diff.rows[i]!;
    if (i === 0 || diff.rows[i - 1]!.person !== row.person)
      firsts.push({ ...row, id: personIdAt(frame, row.person) });
  }
  const names = new Map<string, string>();
  for (const f of [before.frame, after.frame])
    f.contentIds.forEach((id, i) => names.set(id, f.contentNames[i] ?? id));
  return { affected: diff.people, inFlight, cursorDay, firsts, names };
}

export interface InFlightState {
  effect: InFlightEffect | null;
  dismiss(): void;
}

export function createInFlightStore() {
  return createStore<InFlightState>()((set) => ({
    effect: null,
    dismiss: () => set({ effect: null }),
  }));
}
export type InFlightStore = ReturnType<typeof createInFlightStore>;

/**
 * Watches the preview: each newly simulated result (an edit; an undo finds its result cached and
 * is not one) is compared with the result before it. Returns the unsubscribe.
 */
export function watchInFlight(
  preview: PreviewStore,
  services: PreviewServices,
  store: InFlightStore,
): () => void {
  let checks = 0;
  return preview.subscribe((state, previous) => {
    if (state.runs !== previous.runs && store.getState().effect !== null)
      store.setState({ effect: null }); // the next edit's run: this notice is about the last one
    if (state.simulations === previous.simulations) return;
    const before = previous.result;
    const after = state.result;
    if (before === null || after === null || before.key === after.key) return;
    const check = ++checks;
    const cursorDay = cursorDayOf(before.frame, state.cursorDay);
    inFlightEffect(services, before, after, cursorDay).then(
      (effect) => {
        // Only the newest check speaks, and only while its result is still the one on screen.
        if (check !== checks || preview.getState().result !== after) return;
        store.setState({ effect: effect !== null && effect.affected > 0 ? effect : null });
      },
      () => undefined, // the runs left the workers meanwhile: nothing to say
    );
  });
}
