// Adding a scripted event from the journey (pause, resume, remove from a date): the file stays
// in time order, an event at the same instant applies after those already there (spec: events),
// and the edit is one undoable program action.
import { describe, expect, it } from 'vitest';
import { addEvent } from '../../src/document/actions/events';
import { insertEvent } from '../../src/document/ops/events';
import { parseScenario, type Scenario, type ScenarioEvent } from '../../src/model';
import { createEditorStore } from '../../src/store/editorStore';
import { nurtureA } from '../fixtures/builders';

const withEvents = (events: ScenarioEvent[]): Scenario => ({
  ...nurtureA(),
  people: [{ id: 'cara' }],
  events,
});
const add: ScenarioEvent = { at: '2025-03-03T10:00', type: 'add', person: 'cara', stream: 'S1' };
const form: ScenarioEvent = {
  at: '2025-03-14T12:00',
  type: 'fillsOutForm',
  person: 'cara',
  form: 'F-demo',
};
const pause = (at: string): ScenarioEvent => ({ at, type: 'pause', person: 'cara' });

function inserted(doc: Scenario, event: ScenarioEvent): ScenarioEvent[] {
  const result = insertEvent(doc, event);
  expect(parseScenario(JSON.parse(JSON.stringify(result.doc))).ok).toBe(true);
  return result.doc.events!;
}

describe('insertEvent', () => {
  it('puts an event between the ones before and after it', () => {
    expect(inserted(withEvents([add, form]), pause('2025-03-10T00:00'))).toEqual([
      add,
      pause('2025-03-10T00:00'),
      form,
    ]);
  });

  it('puts it first when every event is later, and last when every event is earlier', () => {
    expect(inserted(withEvents([add, form]), pause('2025-03-01T00:00'))[0]).toEqual(
      pause('2025-03-01T00:00'),
    );
    expect(inserted(withEvents([add, form]), pause('2025-04-01T00:00'))[2]).toEqual(
      pause('2025-04-01T00:00'),
    );
    expect(inserted(withEvents([]), pause('2025-04-01T00:00'))).toEqual([
      pause('2025-04-01T00:00'),
    ]);
    expect(inserted({ ...withEvents([]), events: undefined }, add)).toEqual([add]);
  });

  it('puts it after the events at the same instant, so it applies after them', () => {
    const sameTime = { ...form, at: '2025-03-10T00:00' };
    expect(inserted(withEvents([add, sameTime]), pause('2025-03-10T00:00'))).toEqual([
      add,
      sameTime,
      pause('2025-03-10T00:00'),
    ]);
  });

  it('compares instants, not text: a local time is on the program clock (New York, UTC-4)', () => {
    // 2025-03-14T15:00Z is 11:00 in New York: before a local 12:00, after a local 10:00.
    const absolute = { ...form, at: '2025-03-14T15:00Z' };
    expect(inserted(withEvents([add, absolute]), pause('2025-03-14T12:00'))).toEqual([
      add,
      absolute,
      pause('2025-03-14T12:00'),
    ]);
    expect(inserted(withEvents([add, absolute]), pause('2025-03-14T10:00'))).toEqual([
      add,
      pause('2025-03-14T10:00'),
      absolute,
    ]);
  });

  it('leaves the document it was given unchanged', () => {
    const doc = withEvents([add, form]);
    const before = JSON.stringify(doc);
    inserted(doc, pause('2025-03-10T00:00'));
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('addEvent', () => {
  it('is one named program edit that undo takes back', () => {
    expect(addEvent.name).toBe('addEvent');
    expect(addEvent.scope).toBe('program');
    const store = createEditorStore();
    const doc = withEvents([add, form]);
    store.getState().open('p1', doc, 1);
    expect(store.getState().apply(addEvent, { event: pause('2025-03-21T00:00') }).ok).toBe(true);
    expect(store.getState().doc!.events).toEqual([add, form, pause('2025-03-21T00:00')]);
    expect(store.getState().lastAction).toMatchObject({ name: 'addEvent', scope: 'program' });
    store.getState().undo();
    expect(store.getState().doc).toBe(doc);
  });
});
