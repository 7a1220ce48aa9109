/**
 * Holidays in the document: the chosen countries kept in `"ui"` (read defensively, other ui keys
 * kept), and "pause over these dates" as program off/on events (R6): the cast on a holiday is lost,
 * the next one goes out, a program that was off is never switched on, and undo is one step.
 */
import { describe, expect, it } from 'vitest';
import { pauseOverHolidays, setHolidayRegions } from '../../src/document/actions/holidays';
import { readHolidayRegions } from '../../src/document/ops';
import { simulateRecords } from '../../src/engine';
import type { Scenario } from '../../src/model';
import { createEditorStore } from '../../src/store/editorStore';
import { nurtureA } from '../fixtures/builders';

const ok = (r: { ok: boolean; doc?: Scenario }) => r.doc!;

/** Nurture-A with ann in S1 from the start: E1 on Tue 3/4, E2 on 3/11, E3 on 3/18. */
function withAnn(doc: Scenario = nurtureA()): Scenario {
  return {
    ...doc,
    people: [{ id: 'ann' }],
    events: [{ at: '2025-03-01T00:00', type: 'add', person: 'ann' }],
  };
}
const sendsOf = (doc: Scenario) => {
  const run = simulateRecords(doc, { from: '2025-03-01', until: '2025-03-31' });
  if (!run.ok) throw new Error('invalid');
  return run.value.filter((r) => r.type === 'send').map((r) => `${r.at.slice(0, 10)} ${r.content}`);
};

describe('holiday regions in "ui"', () => {
  it('are written under ui.holidays next to the layout, and read back', () => {
    const doc = {
      ...nurtureA(),
      ui: { notes: [{ id: 'n1', x: 0, y: 0, text: 'keep' }] },
    } as Scenario;
    const next = ok(
      setHolidayRegions.perform(doc, {
        regions: [{ country: 'DE', state: 'BY' }, { country: 'US' }],
      }),
    );
    expect(readHolidayRegions(next)).toEqual([{ country: 'DE', state: 'BY' }, { country: 'US' }]);
    expect((next.ui as { notes: unknown }).notes).toEqual([{ id: 'n1', x: 0, y: 0, text: 'keep' }]);
    expect(next.program).toBe(doc.program);
    expect(setHolidayRegions.scope).toBe('layout');
  });

  it('ignore what a hand-edited file got wrong', () => {
    const doc = {
      ...nurtureA(),
      ui: { holidays: { regions: [{ country: 'DE', state: 7 }, 'FR', { country: '<b>' }, null] } },
    } as Scenario;
    expect(readHolidayRegions(doc)).toEqual([{ country: 'DE' }]);
    expect(readHolidayRegions(nurtureA())).toEqual([]);
  });
});

describe('pause over holidays (R6)', () => {
  it('R6: the cast on the holiday is lost and not made up; the next cast goes on', () => {
    const before = withAnn();
    expect(sendsOf(before)).toEqual(['2025-03-04 E1', '2025-03-11 E2', '2025-03-18 E3']);
    const paused = ok(pauseOverHolidays.perform(before, { dates: ['2025-03-11'] }));
    expect(paused.events?.slice(1)).toEqual([
      { at: '2025-03-11T00:00', type: 'programStatus', status: 'off' },
      { at: '2025-03-12T00:00', type: 'programStatus', status: 'on' },
    ]);
    expect(sendsOf(paused)).toEqual(['2025-03-04 E1', '2025-03-18 E2', '2025-03-25 E3']);
  });

  it('consecutive holidays are one pause; a program that was off is not switched on', () => {
    const doc = withAnn();
    const run = ok(
      pauseOverHolidays.perform(doc, { dates: ['2025-12-26', '2025-12-25', '2025-12-25'] }),
    );
    expect(run.events?.slice(1).map((e) => e.at)).toEqual(['2025-12-25T00:00', '2025-12-27T00:00']);

    const off = { ...doc, program: { ...doc.program, status: 'off' as const } };
    expect(ok(pauseOverHolidays.perform(off, { dates: ['2025-03-11'] })).events).toEqual(
      off.events,
    );
    const switchedOff = withAnn();
    switchedOff.events!.push({ at: '2025-03-11T12:00', type: 'programStatus', status: 'off' });
    expect(
      ok(pauseOverHolidays.perform(switchedOff, { dates: ['2025-03-11'] })).events?.map(
        (e) => e.at,
      ),
    ).toEqual(['2025-03-01T00:00', '2025-03-11T00:00', '2025-03-11T12:00']);
  });

  it('R23: with recipient time zone the pause starts when that cast fixes its recipients', () => {
    const doc = withAnn();
    const [s1, s2] = doc.program.streams;
    const rtz: Scenario = {
      ...doc,
      program: {
        ...doc.program,
        streams: [{ ...s1!, cadence: { ...s1!.cadence!, recipientTimeZone: true } as never }, s2!],
      },
    };
    const paused = ok(pauseOverHolidays.perform(rtz, { dates: ['2025-03-11'] }));
    expect(paused.events?.[1]?.at).toBe('2025-03-11T00:00+14:00');
    expect(sendsOf(paused)).toEqual(['2025-03-04 E1', '2025-03-18 E2', '2025-03-25 E3']);
  });

  it('is one undo step in the editor', () => {
    const store = createEditorStore();
    store.getState().open('p', withAnn(), 1);
    store.getState().apply(pauseOverHolidays, { dates: ['2025-03-11', '2025-04-01'] });
    expect(store.getState().doc?.events).toHaveLength(5);
    store.getState().undo();
    expect(store.getState().doc?.events).toHaveLength(1);
  });
});
