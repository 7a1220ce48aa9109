/**
 * Shape problems of a scenario file (spec: "Anything the schema below does not allow is rejected with
 * a message that names the JSON path"), one case per kind, compared as the exact line a user sees.
 */
import { describe, expect, it } from 'vitest';
import { doc, problems } from './documents';

const rule = 'program.streams.1.transitions.0';

describe('a file that breaks the schema', () => {
  it.each([
    [
      'a weekday that is not one (the spec example)',
      { 'program.streams.1.cadence.weekdays': ['tues'] },
      'program.streams[1].cadence.weekdays[0]: expected one of sun, mon, tue, wed, thu, fri, sat, got "tues"',
    ],
    [
      'a missing program time zone',
      { 'program.timeZone': undefined },
      'program.timeZone: required: expected an IANA time zone name such as Europe/Berlin',
    ],
    [
      'a time zone that is not an IANA name',
      { 'program.timeZone': '+01:00' },
      'program.timeZone: expected an IANA time zone name such as Europe/Berlin, got "+01:00"',
    ],
    [
      'a date that does not exist',
      { 'program.streams.0.cadence.firstCast': '2025-02-30' },
      'program.streams[0].cadence.firstCast: expected a date YYYY-MM-DD, got "2025-02-30"',
    ],
    [
      'the time 24:00',
      { 'program.streams.0.cadence.time': '24:00' },
      'program.streams[0].cadence.time: expected a local time HH:mm (00:00 to 23:59), got "24:00"',
    ],
    [
      'a value outside an enum',
      { 'program.status': 'paused' },
      'program.status: expected one of on, off, got "paused"',
    ],
    [
      'an unknown trigger type',
      { [`${rule}.triggers.0`]: { type: 'submitsForm', form: 'F-demo' } },
      'program.streams[1].transitions[0].triggers[0].type: expected one of attributeChanged, fillsOutForm, clicksEmail, opensEmail, addedToProgram, streamChanged, got "submitsForm"',
    ],
    [
      'an unknown filter type',
      { [`${rule}.filters`]: [{ type: 'memberOf', program: 'P1' }] },
      'program.streams[1].transitions[0].filters[0].type: expected one of attribute, received, opened, clicked, exhausted, cadence, inStream, got "memberOf"',
    ],
    [
      'an unknown event type',
      { events: [{ at: '2025-03-03T10:00', type: 'join', person: 'ann' }] },
      'events[0].type: expected one of add, move, pause, resume, remove, set, fillsOutForm, opens, clicks, unsubscribe, resubscribe, externalEmail, activate, deactivate, reorder, programStatus, got "join"',
    ],
    [
      'a cadence every 0 weeks',
      { 'program.streams.0.cadence.every': 0 },
      'program.streams[0].cadence.every: expected a whole number >= 1, got 0',
    ],
    [
      'a fractional per-day limit (semantics 25)',
      { 'program.communicationLimits': { perDay: 1.5 } },
      'program.communicationLimits.perDay: expected a whole number, got 1.5',
    ],
    [
      'a probability above 1',
      { 'program.behavior': { open: 1.2 } },
      'program.behavior.open: expected a probability from 0 to 1, got 1.2',
    ],
    [
      'a 26th stream (R2)',
      { 'program.streams': Array.from({ length: 26 }, (_, i) => ({ id: `S${i + 1}` })) },
      'program.streams: expected at most 25 streams (R2)',
    ],
    [
      'a monthly cadence with both dayOfMonth and nthWeekday',
      {
        'program.streams.0.cadence': {
          type: 'monthly',
          firstCast: '2025-03-04',
          time: '09:00',
          every: 1,
          dayOfMonth: 4,
          nthWeekday: { n: 1, weekday: 'tue' },
        },
      },
      'program.streams[0].cadence: expected exactly one of dayOfMonth or nthWeekday',
    ],
    [
      'op "in" with a single value',
      { [`${rule}.filters`]: [{ type: 'attribute', attribute: 'country', op: 'in', value: 'CA' }] },
      'program.streams[1].transitions[0].filters[0].value: expected an array of values for op "in", got "CA"',
    ],
    [
      'op "notIn" in a trigger condition with a single value',
      {
        [`${rule}.triggers.0`]: {
          type: 'attributeChanged',
          attribute: 'score',
          to: { op: 'notIn', value: 5 },
        },
      },
      'program.streams[1].transitions[0].triggers[0].to.value: expected an array of values for op "notIn", got 5',
    ],
    [
      'op "eq" with an array',
      {
        [`${rule}.filters`]: [{ type: 'attribute', attribute: 'country', op: 'eq', value: ['CA'] }],
      },
      'program.streams[1].transitions[0].filters[0].value: expected a single value for op "eq" (arrays are for in/notIn)',
    ],
  ])('reports %s at its path', (_, changes, expected) => {
    expect(problems(doc(changes))).toEqual([expected]);
  });

  it('reports every problem at once: shape problems, then reference problems', () => {
    const broken = doc({
      'program.streams.0.cadence.weekdays': ['tue', 'tue'],
      'program.streams.0.cadence.time': '9:00',
      'program.streams.1.id': 'S1',
      'program.behavior': { click: -0.5 },
      events: [
        { at: '2025-03-03T10:00', type: 'add', person: 'bob' },
        { at: '2025-03-03T25:00', type: 'pause', person: 'ann' },
      ],
      simulation: { from: '2025-05-01', until: '2025-04-01', seed: 1.5 },
    });
    expect(problems(broken)).toEqual([
      'program.streams[0].cadence.time: expected a local time HH:mm (00:00 to 23:59), got "9:00"',
      'program.streams[0].cadence.weekdays: expected each weekday at most once',
      'program.behavior.click: expected a probability from 0 to 1, got -0.5',
      'events[1].at: expected a date-time YYYY-MM-DDTHH:mm, optionally with :ss and Z or an offset such as +01:00, got "2025-03-03T25:00"',
      'simulation.seed: expected a whole number, got 1.5',
      'program.streams[1].id: duplicate stream id "S1"',
      'events[0].person: no person has the id "bob"',
    ]);
  });

  it('accepts the valid base document, and date-times with seconds and an offset (semantics 2)', () => {
    expect(problems(doc())).toEqual([]);
    const events = [{ at: '2025-03-10T12:00:30+01:00', type: 'add', person: 'ann' }];
    expect(problems(doc({ events }))).toEqual([]);
  });
});
