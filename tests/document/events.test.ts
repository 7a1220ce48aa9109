// Scripted events as edits: a new event goes in time order after its equals (they apply in file
// order, semantics 3), an edit keeps its place unless its new time no longer fits there, and the
// fast instants the Script tab sorts by are exactly the simulator's (parseDateTime).
import { describe, expect, it } from 'vitest';
import {
  addEvent,
  deleteEvent,
  duplicateEvent,
  updateEvent,
} from '../../src/document/actions/events';
import * as ops from '../../src/document/ops/events';
import { parseDateTime } from '../../src/engine/time/zones';
import { parseScenario, type Scenario, type ScenarioEvent } from '../../src/model';
import { nurtureA } from '../fixtures/builders';

const pause = (at: string, person = 'ann'): ScenarioEvent => ({ at, type: 'pause', person });
const withEvents = (...events: ScenarioEvent[]): Scenario => ({
  ...nurtureA(),
  people: [{ id: 'ann' }, { id: 'ben' }],
  events,
});
const line = (e: ScenarioEvent) => `${e.at} ${e.type} ${'person' in e ? e.person : ''}`.trim();
const lines = (doc: Scenario) => (doc.events ?? []).map(line);

describe('insertEvent', () => {
  it('puts a new event in time order, after every event at the same instant', () => {
    const doc = withEvents(
      pause('2025-03-01T08:00'),
      pause('2025-03-05T09:00', 'ben'),
      pause('2025-03-09T09:00'),
    );
    const { doc: next, index } = ops.insertEvent(doc, {
      at: '2025-03-05T09:00',
      type: 'resume',
      person: 'ann',
    });
    expect(index).toBe(2);
    expect(lines(next)).toEqual([
      '2025-03-01T08:00 pause ann',
      '2025-03-05T09:00 pause ben',
      '2025-03-05T09:00 resume ann',
      '2025-03-09T09:00 pause ann',
    ]);
    expect(doc.events).toHaveLength(3); // the document is never changed in place
  });

  it('orders by instant: an absolute time is placed by when it happens in the program zone', () => {
    // nurtureA is in America/New_York (UTC-5 in early March): 13:30Z is 08:30 there.
    expect(nurtureA().program.timeZone).toBe('America/New_York');
    const doc = withEvents(pause('2025-03-03T08:00'), pause('2025-03-03T09:00', 'ben'));
    const { index } = ops.insertEvent(doc, pause('2025-03-03T13:30Z'));
    expect(index).toBe(1);
    expect(ops.insertEvent(doc, pause('2025-03-03T07:00-05:00')).index).toBe(0);
  });

  it('starts the list when the file has no events', () => {
    const { doc, index } = ops.insertEvent(
      { ...nurtureA(), people: [{ id: 'ann' }] },
      pause('2025-03-03T08:00'),
    );
    expect(index).toBe(0);
    expect(lines(doc)).toEqual(['2025-03-03T08:00 pause ann']);
  });
});

describe('replaceEvent', () => {
  const doc = withEvents(
    pause('2025-03-01T08:00'),
    pause('2025-03-05T09:00', 'ben'),
    pause('2025-03-05T09:00'),
    pause('2025-03-09T09:00', 'ben'),
  );

  it('keeps the place of an event whose time stays, even among equals', () => {
    const edit = ops.replaceEvent(doc, 1, {
      at: '2025-03-05T09:00',
      type: 'resume',
      person: 'ben',
    })!;
    expect(edit.index).toBe(1);
    expect(lines(edit.doc)[1]).toBe('2025-03-05T09:00 resume ben');
  });

  it('keeps the place of a new time that still falls between its neighbours', () => {
    const edit = ops.replaceEvent(doc, 2, pause('2025-03-07T10:00'))!;
    expect(edit.index).toBe(2);
    expect(lines(edit.doc)[2]).toBe('2025-03-07T10:00 pause ann');
  });

  it('moves an event whose new time is out of order, after the equals of its new time', () => {
    const edit = ops.replaceEvent(doc, 3, pause('2025-03-05T09:00', 'ben'))!;
    expect(edit.index).toBe(3);
    const later = ops.replaceEvent(doc, 0, pause('2025-03-06T00:00'))!;
    expect(later.index).toBe(2);
    expect(lines(later.doc)).toEqual([
      '2025-03-05T09:00 pause ben',
      '2025-03-05T09:00 pause ann',
      '2025-03-06T00:00 pause ann',
      '2025-03-09T09:00 pause ben',
    ]);
  });

  it('is null for an index with no event', () => {
    expect(ops.replaceEvent(doc, 4, pause('2025-03-01T08:00'))).toBeNull();
  });
});

describe('deleteEvent and duplicateEvent', () => {
  const doc = withEvents(pause('2025-03-01T08:00'), pause('2025-03-05T09:00', 'ben'));

  it('deletes the event at an index, and nothing else', () => {
    expect(lines(ops.deleteEvent(doc, 0)!)).toEqual(['2025-03-05T09:00 pause ben']);
    expect(ops.deleteEvent(doc, 2)).toBeNull();
  });

  it('puts a copy right after the original (same instant: it applies just after)', () => {
    const { doc: next, index } = ops.duplicateEvent(doc, 0)!;
    expect(index).toBe(1);
    expect(lines(next)).toEqual([
      '2025-03-01T08:00 pause ann',
      '2025-03-01T08:00 pause ann',
      '2025-03-05T09:00 pause ben',
    ]);
    expect(next.events![1]).not.toBe(next.events![0]);
    expect(ops.duplicateEvent(doc, 5)).toBeNull();
  });
});

describe('event actions', () => {
  const doc = withEvents(pause('2025-03-01T08:00'), pause('2025-03-05T09:00', 'ben'));
  const ok = (result: ReturnType<typeof addEvent.perform>) => {
    if (!result.ok) throw new Error(result.refusal);
    return result;
  };

  it('are program edits that name where the event now stands, and keep the file valid', () => {
    for (const action of [addEvent, updateEvent, deleteEvent, duplicateEvent])
      expect(action.scope).toBe('program');
    const added = ok(addEvent.perform(doc, { event: pause('2025-03-03T12:00', 'ben') }));
    expect(added.id).toBe('1');
    expect(parseScenario(added.doc).ok).toBe(true);
    const moved = ok(
      updateEvent.perform(added.doc, { index: 1, event: pause('2025-03-09T12:00') }),
    );
    expect(moved.id).toBe('2');
    expect(ok(duplicateEvent.perform(doc, { index: 1 })).id).toBe('2');
    expect(lines(ok(deleteEvent.perform(doc, { index: 0 })).doc)).toEqual([
      '2025-03-05T09:00 pause ben',
    ]);
  });

  it('refuse an index with no event', () => {
    expect(updateEvent.perform(doc, { index: 9, event: pause('2025-03-01T08:00') })).toEqual({
      ok: false,
      refusal: 'notFound',
    });
    expect(deleteEvent.perform(doc, { index: -1 }).ok).toBe(false);
    expect(duplicateEvent.perform(doc, { index: 2 }).ok).toBe(false);
  });

  it('make one undo step of the edits of one open form (its session), and no more', () => {
    const args = { index: 0, event: pause('2025-03-01T08:00') };
    expect(updateEvent.coalesceKey!({ ...args, session: '4' })).toBe('event:4');
    expect(updateEvent.coalesceKey!(args)).toBeUndefined();
    expect(addEvent.coalesceKey).toBeUndefined();
  });
});

describe('eventInstant', () => {
  // Days with a daylight-saving change (gaps, overlaps, a change at midnight, a 30-minute change)
  // and ordinary days around them, every 10 minutes, with and without seconds.
  const cases: [string, string[]][] = [
    ['Europe/Berlin', ['2025-03-29', '2025-03-30', '2025-03-31', '2025-10-26', '2025-10-27']],
    ['America/New_York', ['2025-03-09', '2025-11-02', '2025-11-03']],
    ['America/Santiago', ['2025-04-05', '2025-04-06', '2025-09-06', '2025-09-07']],
    ['Australia/Lord_Howe', ['2025-04-06', '2025-10-05']],
    ['Asia/Tokyo', ['2025-03-30']],
  ];
  it.each(cases)('is the simulator’s instant in %s, DST days included', (zone, days) => {
    for (const day of days)
      for (let minutes = 0; minutes < 24 * 60; minutes += 10) {
        const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
        const mm = String(minutes % 60).padStart(2, '0');
        for (const at of [`${day}T${hh}:${mm}`, `${day}T${hh}:${mm}:30`])
          expect(ops.eventInstant(at, zone), `${at} ${zone}`).toBe(parseDateTime(at, zone));
      }
  });

  it('reads Z and offsets as written', () => {
    expect(ops.eventInstant('2025-03-10T12:00Z', 'Europe/Berlin')).toBe(Date.UTC(2025, 2, 10, 12));
    expect(ops.eventInstant('2025-03-10T12:00:30+01:00', 'Asia/Tokyo')).toBe(
      Date.UTC(2025, 2, 10, 11, 0, 30),
    );
  });
});
