/**
 * Scripted events as columns (src/engine/compile/events.ts, eventCursor.ts): walking a person's
 * rows gives exactly that person's events of the file, by instant then file order (semantics 3),
 * each with its own fields; the reference order comes from the input (tests/fixtures/timeline.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/engine';
import { EventCursor } from '../../src/engine/compile/eventCursor';
import { EV, type PersonEvent } from '../../src/engine/compile/events';
import { parseScenario, type Scenario } from '../../src/model';
import { scenarioArb } from '../fixtures/arbitraries';
import { timedEvents } from '../fixtures/timeline';

const RUNS = Number(process.env.LANECAST_PROPERTY_RUNS ?? 200);

/** What a row says, in the file's own words. */
function describeRow(e: PersonEvent, scenario: Scenario) {
  const program = scenario.program;
  const contentIds = [
    ...new Set(program.streams.flatMap((s) => (s.content ?? []).map((c) => c.id))),
  ];
  const type = Object.keys(EV).find((k) => EV[k as keyof typeof EV] === e.kind)!;
  return {
    at: e.at,
    type,
    fileIndex: e.fileIndex,
    stream: type === 'add' || type === 'move' ? program.streams[e.stream]!.id : undefined,
    content: e.content >= 0 ? contentIds[e.content] : undefined,
    value: type === 'set' ? e.value : undefined,
    form: type === 'fillsOutForm' ? e.form : undefined,
    operational: type === 'externalEmail' ? e.operational : undefined,
  };
}

describe('scripted events as columns', () => {
  it('gives each person their events by instant, then in file order', () => {
    fc.assert(
      fc.property(scenarioArb, (doc) => {
        const parsed = parseScenario(JSON.parse(JSON.stringify(doc)));
        if (!parsed.ok) return;
        const scenario = parsed.scenario;
        const compiled = compileScenario(scenario);
        if (!compiled.ok) return;
        const { people, events } = compiled.plan;
        const cursor = new EventCursor(events, people);
        const fileIndex = new Map((scenario.events ?? []).map((e, i) => [e, i]));
        (scenario.people ?? []).forEach((person, p) => {
          const expected = timedEvents(scenario)
            .filter(({ event }) => 'person' in event && event.person === person.id)
            .map(({ event, at }) => ({
              at,
              type: event.type,
              fileIndex: fileIndex.get(event),
              stream:
                event.type === 'add' || event.type === 'move'
                  ? (event.stream ?? scenario.program.streams[0]!.id)
                  : undefined,
              content:
                event.type === 'opens' || event.type === 'clicks' ? event.content : undefined,
              value: event.type === 'set' ? event.value : undefined,
              form: event.type === 'fillsOutForm' ? event.form : undefined,
              operational:
                event.type === 'externalEmail' ? (event.operational ?? false) : undefined,
            }));
          const walked = [];
          cursor.open(p);
          while (cursor.peekAt() !== Infinity) walked.push(describeRow(cursor.next(), scenario));
          expect(walked).toEqual(expected);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps file order among same-instant events that had to be sorted', () => {
    const at = (time: string) => `2025-01-02T${time}`;
    const doc = {
      format: 'lanecast',
      version: 1,
      program: { id: 'o', timeZone: 'UTC', streams: [{ id: 'S1' }] },
      people: [{ id: 'a' }, { id: 'b' }],
      events: [
        { at: at('12:00'), type: 'pause', person: 'a' },
        { at: at('10:00'), type: 'add', person: 'a' },
        { at: at('10:00'), type: 'resume', person: 'b' },
        { at: at('10:00'), type: 'fillsOutForm', person: 'a', form: 'f' },
        { at: at('10:00'), type: 'remove', person: 'a' },
      ],
    };
    const parsed = parseScenario(doc);
    if (!parsed.ok) expect.fail(JSON.stringify(parsed.problems));
    const compiled = compileScenario(parsed.scenario);
    if (!compiled.ok) expect.fail(JSON.stringify(compiled.problems));
    const cursor = new EventCursor(compiled.plan.events, compiled.plan.people);
    cursor.open(0);
    const order: number[] = [];
    while (cursor.peekAt() !== Infinity) order.push(cursor.next().fileIndex);
    expect(order).toEqual([1, 3, 4, 0]);
  });

  it('gives a generated person their join only', () => {
    const doc = {
      format: 'lanecast',
      version: 1,
      program: {
        id: 'g',
        timeZone: 'UTC',
        streams: [{ id: 'S1' }, { id: 'S2' }],
      },
      people: [{ id: 'a' }],
      events: [{ at: '2025-01-02T10:00', type: 'pause', person: 'a' }],
      generator: {
        cohorts: [{ id: 'c', size: 2, join: { stream: 'S2', from: '2025-01-01', perDay: 1 } }],
      },
    };
    const parsed = parseScenario(doc);
    if (!parsed.ok) expect.fail(JSON.stringify(parsed.problems));
    const compiled = compileScenario(parsed.scenario);
    if (!compiled.ok) expect.fail(JSON.stringify(compiled.problems));
    const cursor = new EventCursor(compiled.plan.events, compiled.plan.people);
    cursor.open(2); // c-2, who joins on the second day
    expect(cursor.peekAt()).toBe(Date.parse('2025-01-02T00:00Z'));
    expect(cursor.next()).toMatchObject({ kind: EV.add, stream: 1, fileIndex: -1 });
    expect(cursor.peekAt()).toBe(Infinity);
    cursor.open(0);
    expect(cursor.next()).toMatchObject({ kind: EV.pause, fileIndex: 0 });
    expect(cursor.peekAt()).toBe(Infinity);
  });
});
