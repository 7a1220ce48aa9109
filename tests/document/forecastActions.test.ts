// The exhaustion forecast's one-click hints as pure actions: what each changes, and nothing else.
import { describe, expect, it } from 'vitest';
import type { DocumentAction } from '../../src/document/actions/action';
import * as batchMoves from '../../src/document/actions/batchMoves';
import * as content from '../../src/document/actions/content';
import * as forecast from '../../src/document/actions/forecast';
import * as streams from '../../src/document/actions/streams';
import { programPartsChanged } from '../../src/document/programContent';
import { parseScenario, type Scenario } from '../../src/model';
import { createEditorStore } from '../../src/store/editorStore';
import { emails, nurtureA } from '../fixtures/builders';

const ok = (result: ReturnType<DocumentAction<unknown>['perform']>): Scenario => {
  if (!result.ok) throw new Error(result.refusal);
  return result.doc;
};
const stream = (doc: Scenario, id: string) => doc.program.streams.find((s) => s.id === id)!;

/** Nurture-A with E6 standing in S2, so new ids must skip it as well as E1-E5. */
function program(): Scenario {
  const doc = nurtureA();
  stream(doc, 'S2').content = [...emails('E2', 'E4', 'E5', 'E6')];
  return doc;
}

describe('forecast hint actions', () => {
  it('are program edits with names of their own', () => {
    const hints = Object.values(forecast) as DocumentAction<unknown>[];
    const others = [batchMoves, content, streams].flatMap(
      (m) => Object.values(m) as DocumentAction<unknown>[],
    );
    expect(hints.map((a) => a.scope)).toEqual(['program', 'program', 'program']);
    for (const a of hints) expect(others.map((o) => o.name)).not.toContain(a.name);
  });

  it('"Add N emails": active emails at the bottom of the stream, fresh ids, named as given (R8)', () => {
    const before = program();
    const after = ok(
      forecast.addActiveEmails.perform(before, {
        stream: 'S1',
        names: ['New email 1', 'New email 2', 'New email 3'],
      }),
    );
    expect(stream(after, 'S1').content).toEqual([
      ...emails('E1', 'E2', 'E3'),
      { id: 'E7', type: 'email', name: 'New email 1', active: true },
      { id: 'E8', type: 'email', name: 'New email 2', active: true },
      { id: 'E9', type: 'email', name: 'New email 3', active: true },
    ]);
    expect(stream(after, 'S2')).toBe(stream(before, 'S2'));
    expect(parseScenario(JSON.parse(JSON.stringify(after))).ok).toBe(true);
    expect(programPartsChanged(before, after)).toEqual(['program']);
    expect(forecast.addActiveEmails.perform(before, { stream: 'nope', names: ['x'] })).toEqual({
      ok: false,
      refusal: 'notFound',
    });
  });

  it('"Cast every N weeks/months instead": only `every` changes', () => {
    const before = program();
    const after = ok(forecast.castLessOften.perform(before, { stream: 'S1', every: 3 }));
    expect(stream(after, 'S1')).toEqual({
      ...stream(before, 'S1'),
      cadence: { ...stream(before, 'S1').cadence, every: 3 },
    });
    expect(stream(after, 'S2')).toBe(stream(before, 'S2'));

    stream(before, 'S2').cadence = {
      type: 'monthly',
      firstCast: '2025-03-18',
      time: '10:00',
      every: 1,
      nthWeekday: { n: 3, weekday: 'tue' },
    };
    const monthly = ok(forecast.castLessOften.perform(before, { stream: 'S2', every: 2 }));
    expect(stream(monthly, 'S2').cadence).toEqual({ ...stream(before, 'S2').cadence, every: 2 });

    // The same interval is no edit; a stream without a cadence has no interval to change.
    expect(ok(forecast.castLessOften.perform(before, { stream: 'S1', every: 1 }))).toBe(before);
    stream(before, 'S2').cadence = { type: 'none' };
    expect(forecast.castLessOften.perform(before, { stream: 'S2', every: 2 }).ok).toBe(false);
  });

  it('"Move people who run dry": the daily 07:00 batch of the exhausted (R41)', () => {
    const after = ok(forecast.moveWhenRunDry.perform(program(), { from: 'S1', to: 'S2' }));
    expect(after.program.batchMoves).toEqual([
      {
        id: 'b1',
        from: 'S1',
        to: 'S2',
        time: '07:00',
        filters: [{ type: 'exhausted', value: true }],
      },
    ]);
  });

  it('each is one undo step in the editor store', () => {
    const store = createEditorStore({ checkLayout: true });
    const doc = program();
    store.getState().open('p', doc, 1);
    store.getState().apply(forecast.addActiveEmails, { stream: 'S1', names: ['a', 'b'] });
    store.getState().apply(forecast.castLessOften, { stream: 'S1', every: 2 });
    expect(store.getState().past.map((s) => s.action)).toEqual([
      'addActiveEmails',
      'castLessOften',
    ]);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().doc).toBe(doc);
  });
});
