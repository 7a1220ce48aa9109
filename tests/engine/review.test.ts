/**
 * Review of the engine against ../shared/spec/scenario-format.md: edge cases the rule tests do not
 * cover yet. Every expectation is derived by hand from the spec; the first block fails today.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model';
import { emails, lines, run, weekly } from '../fixtures/builders';

const NY = 'America/New_York';

function doc(parts: Partial<Scenario> & { program: Scenario['program'] }): Scenario {
  return { format: 'lanecast', version: 1, ...parts } as Scenario;
}

const rtzWeekly = (firstCast: string, weekdays: string[], time = '09:00') =>
  ({
    ...weekly(firstCast, weekdays, time),
    recipientTimeZone: true,
  }) as Scenario['program']['streams'][number]['cadence'];

describe('divergences found in review (failing until fixed)', () => {
  it('R41/batch move: "runs every day at `time`": a batch move at 06:00 that moves nobody does not stop another batch move at 07:00 the same day', () => {
    // Ann is exhausted in S1 after 3/4. b23 (06:00, S2 -> S3) does not apply to her on 3/5, but b12
    // (07:00, S1 -> S2) must still run at 3/5 07:00 EST; then E2 on Thu 3/6, and b23 moves her on
    // 3/7 06:00 EST.
    const scenario = doc({
      program: {
        id: 'p',
        timeZone: NY,
        streams: [
          { id: 'S1', cadence: weekly('2025-03-04', ['tue']), content: emails('E1') },
          { id: 'S2', cadence: weekly('2025-03-06', ['thu']), content: emails('E2') },
          { id: 'S3' },
        ],
        batchMoves: [
          {
            id: 'b12',
            from: 'S1',
            to: 'S2',
            time: '07:00',
            filters: [{ type: 'exhausted', value: true }],
          },
          {
            id: 'b23',
            from: 'S2',
            to: 'S3',
            time: '06:00',
            filters: [{ type: 'exhausted', value: true }],
          },
        ],
      },
      people: [{ id: 'ann' }],
      events: [{ at: '2025-03-03T00:00', type: 'add', person: 'ann' }],
      simulation: { from: '2025-03-01', until: '2025-03-20' },
    });
    expect(lines(run(scenario))).toEqual([
      'move 2025-03-03T05:00:00Z ann ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E1',
      'exhausted 2025-03-04T14:00:00Z ann S1',
      'move 2025-03-05T12:00:00Z ann S1>S2 batch:b12',
      'send 2025-03-06T14:00:00Z ann S2 E2',
      'exhausted 2025-03-06T14:00:00Z ann S2',
      'move 2025-03-07T11:00:00Z ann S2>S3 batch:b23',
    ]);
  });

  it('R41/batch move: two batch moves from the same stream at 07:00 and 08:00: the 07:00 one failing its filter does not skip the 08:00 one', () => {
    const scenario = doc({
      program: {
        id: 'p',
        timeZone: NY,
        streams: [
          { id: 'S1', cadence: weekly('2025-03-04', ['tue']), content: emails('E1') },
          { id: 'S2' },
          { id: 'S3' },
        ],
        batchMoves: [
          {
            id: 'b1',
            from: 'S1',
            to: 'S3',
            time: '07:00',
            filters: [{ type: 'attribute', attribute: 'x', op: 'eq', value: 1 }],
          },
          {
            id: 'b2',
            from: 'S1',
            to: 'S2',
            time: '08:00',
            filters: [{ type: 'exhausted', value: true }],
          },
        ],
      },
      people: [{ id: 'a' }],
      events: [{ at: '2025-03-03T00:00', type: 'add', person: 'a' }],
      simulation: { until: '2025-03-10' },
    });
    expect(lines(run(scenario))).toEqual([
      'move 2025-03-03T05:00:00Z a ->S1 event',
      'send 2025-03-04T14:00:00Z a S1 E1',
      'exhausted 2025-03-04T14:00:00Z a S1',
      'move 2025-03-05T13:00:00Z a S1>S2 batch:b2',
    ]);
  });

  it('spec Top level / Command line: a valid file with no streams, people, events or simulation simulates to no records (it is not invalid)', () => {
    // `streams` "may be empty"; `people`, `events` and `simulation` are optional; only an invalid
    // file exits 2. With no cast, event or from there is simply nothing to write.
    const scenario = doc({ program: { id: 'p', timeZone: 'UTC', streams: [] } });
    expect(run(scenario)).toEqual([]);
  });
});

describe('edge cases probed in review (pass today)', () => {
  it('semantics 8: under RTZ the 7-day window ends on the delivery day in the program zone, not the cast date', () => {
    // Cast Tue 3/11 09:00 Tokyo time = 3/11 00:00Z = Mon 3/10 20:00 New York: window 3/4..3/10.
    const person = (id: string) => ({ id, timeZone: 'Asia/Tokyo' });
    const scenario = doc({
      program: {
        id: 'p',
        timeZone: NY,
        streams: [{ id: 'S', cadence: rtzWeekly('2025-03-11', ['tue']), content: emails('E1') }],
        communicationLimits: { per7Days: 1 },
      },
      people: [person('x1'), person('x2'), person('x3')],
      events: [
        { at: '2025-03-01T00:00', type: 'add', person: 'x1' },
        { at: '2025-03-01T00:00', type: 'add', person: 'x2' },
        { at: '2025-03-01T00:00', type: 'add', person: 'x3' },
        { at: '2025-03-03T23:00', type: 'externalEmail', person: 'x1' }, // 3/3: outside
        { at: '2025-03-04T00:30', type: 'externalEmail', person: 'x2' }, // 3/4: inside
        { at: '2025-03-05T00:30', type: 'externalEmail', person: 'x3' }, // 3/5: inside
      ],
      simulation: { from: '2025-03-05', until: '2025-03-12' },
    });
    expect(lines(run(scenario))).toEqual([
      'send 2025-03-11T00:00:00Z x1 S E1',
      'exhausted 2025-03-11T13:00:00Z x1 S',
      'blocked 2025-03-11T13:00:00Z x2 S E1 limit',
      'blocked 2025-03-11T13:00:00Z x3 S E1 limit',
    ]);
  });

  it('from/until: a delivery whose program-zone date is the day after its cast date is written by that date (program in Tokyo, recipient in Los Angeles)', () => {
    // Cast 3/11 09:00 Tokyo. Tokyo recipient: 3/11 00:00Z (3/11 in Tokyo). LA recipient: 09:00 PDT
    // = 16:00Z = 3/12 01:00 Tokyo, so only that send is in [3/12, 3/12].
    const scenario = doc({
      program: {
        id: 'p',
        timeZone: 'Asia/Tokyo',
        streams: [
          { id: 'S', cadence: rtzWeekly('2025-03-11', ['tue']), content: emails('E1', 'E2') },
        ],
      },
      people: [
        { id: 'la', timeZone: 'America/Los_Angeles' },
        { id: 'tk', timeZone: 'Asia/Tokyo' },
      ],
      events: [
        { at: '2025-03-01T00:00', type: 'add', person: 'la' },
        { at: '2025-03-01T00:00', type: 'add', person: 'tk' },
      ],
      simulation: { from: '2025-03-12', until: '2025-03-12' },
    });
    expect(lines(run(scenario))).toEqual(['send 2025-03-11T16:00:00Z la S E1']);
  });

  it('R52/semantics 23: a remove and re-add between an RTZ decision and its delivery: the email still arrives, and counts as received only once delivered', () => {
    const scenario = doc({
      program: {
        id: 'p',
        timeZone: NY,
        streams: [
          { id: 'S', cadence: rtzWeekly('2025-03-11', ['tue']), content: emails('E1', 'E2') },
          {
            id: 'S2',
            transitions: [
              {
                id: 'tr',
                triggers: [{ type: 'fillsOutForm' }],
                filters: [{ type: 'received', content: 'E1' }],
              },
            ],
          },
        ],
      },
      people: [{ id: 'la', timeZone: 'America/Los_Angeles' }],
      events: [
        { at: '2025-03-01T00:00', type: 'add', person: 'la' },
        { at: '2025-03-11T12:00Z', type: 'remove', person: 'la' },
        { at: '2025-03-11T13:00Z', type: 'add', person: 'la', stream: 'S' },
        { at: '2025-03-11T15:00Z', type: 'fillsOutForm', person: 'la', form: 'f' },
        { at: '2025-03-11T17:00Z', type: 'fillsOutForm', person: 'la', form: 'f' },
      ],
      simulation: { until: '2025-03-25' },
    });
    expect(lines(run(scenario))).toEqual([
      'move 2025-03-01T05:00:00Z la ->S event',
      'remove 2025-03-11T12:00:00Z la',
      'move 2025-03-11T13:00:00Z la ->S event',
      'send 2025-03-11T16:00:00Z la S E1',
      'move 2025-03-11T17:00:00Z la S>S2 rule:tr',
    ]);
  });

  it('R19/semantics 4: every 2 months on day 31 from Thu 1/30: 1/30, 1/31, then the last day of March, May, July', () => {
    const scenario = doc({
      program: {
        id: 'p',
        timeZone: NY,
        streams: [
          {
            id: 'S',
            cadence: {
              type: 'monthly',
              firstCast: '2025-01-30',
              time: '09:00',
              every: 2,
              dayOfMonth: 31,
            },
            content: emails('E1', 'E2', 'E3', 'E4', 'E5', 'E6'),
          },
        ],
      },
      people: [{ id: 'a' }],
      events: [{ at: '2025-01-01T00:00', type: 'add', person: 'a' }],
      simulation: { until: '2025-08-31' },
    });
    expect(lines(run(scenario)).filter((l) => l.startsWith('send'))).toEqual([
      'send 2025-01-30T14:00:00Z a S E1',
      'send 2025-01-31T14:00:00Z a S E2',
      'send 2025-03-31T13:00:00Z a S E3',
      'send 2025-05-31T13:00:00Z a S E4',
      'send 2025-07-31T13:00:00Z a S E5',
    ]);
  });

  it('R18: every 3 weeks on Mon and Fri from Thu 3/6: week 0 gives 3/6 and Fri 3/7 (not Mon 3/3), then weeks of 3/23 and 4/13', () => {
    const scenario = doc({
      program: {
        id: 'p',
        timeZone: NY,
        streams: [
          {
            id: 'S',
            cadence: weekly('2025-03-06', ['mon', 'fri'], '09:00', 3),
            content: emails('E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7'),
          },
        ],
      },
      people: [{ id: 'a' }],
      events: [{ at: '2025-03-01T00:00', type: 'add', person: 'a' }],
      simulation: { until: '2025-04-30' },
    });
    expect(lines(run(scenario)).filter((l) => l.startsWith('send'))).toEqual([
      'send 2025-03-06T14:00:00Z a S E1',
      'send 2025-03-07T14:00:00Z a S E2',
      'send 2025-03-24T13:00:00Z a S E3',
      'send 2025-03-28T13:00:00Z a S E4',
      'send 2025-04-14T13:00:00Z a S E5',
      'send 2025-04-18T13:00:00Z a S E6',
    ]);
  });

  it('semantics 3: at one instant a scripted move applies before a sampled open, and a sampled open before a batch move', () => {
    const scenario = doc({
      program: {
        id: 'p',
        timeZone: NY,
        behavior: { open: 1 },
        streams: [
          { id: 'S1', cadence: weekly('2025-03-04', ['tue']), content: emails('E1', 'E2') },
          {
            id: 'S2',
            transitions: [
              {
                id: 'tOpen',
                triggers: [{ type: 'opensEmail', content: 'E1' }],
                filters: [{ type: 'inStream', stream: 'S3' }],
              },
            ],
          },
          { id: 'S3' },
          { id: 'S4' },
        ],
        batchMoves: [
          {
            id: 'b',
            from: 'S1',
            to: 'S4',
            time: '10:00',
            filters: [{ type: 'opened', content: 'E1' }],
          },
        ],
      },
      people: [{ id: 'a' }, { id: 'b' }],
      events: [
        { at: '2025-03-03T00:00', type: 'add', person: 'a' },
        { at: '2025-03-03T00:00', type: 'add', person: 'b' },
        // a: the scripted move at the open's instant (10:00) goes first, so the open finds a in S3
        // and pulls a into S2 (the other way round the rule's inStream S3 filter would fail).
        { at: '2025-03-04T10:00', type: 'move', person: 'a', stream: 'S3' },
      ],
      // b: the open at 10:00 comes before the 10:00 batch, which therefore sees "opened E1" and
      // moves b that day (the other way round it would wait for 3/5 10:00).
      simulation: { until: '2025-03-05' },
    });
    expect(lines(run(scenario))).toEqual([
      'move 2025-03-03T05:00:00Z a ->S1 event',
      'move 2025-03-03T05:00:00Z b ->S1 event',
      'send 2025-03-04T14:00:00Z a S1 E1',
      'send 2025-03-04T14:00:00Z b S1 E1',
      'move 2025-03-04T15:00:00Z a S1>S3 event',
      'move 2025-03-04T15:00:00Z a S3>S2 rule:tOpen',
      'move 2025-03-04T15:00:00Z b S1>S4 batch:b',
    ]);
  });

  it('semantics 13/23: scripted opens and clicks of a non-member count as history once they join', () => {
    const scenario = doc({
      program: {
        id: 'p',
        timeZone: NY,
        streams: [
          { id: 'S1', cadence: weekly('2025-03-04', ['tue']), content: emails('E1', 'E2') },
          {
            id: 'S2',
            transitions: [
              {
                id: 't',
                triggers: [{ type: 'addedToProgram' }],
                filters: [{ type: 'opened', content: 'E2' }, { type: 'clicked' }],
              },
            ],
          },
        ],
      },
      people: [{ id: 'a' }],
      events: [
        { at: '2025-03-01T02:00Z', type: 'opens', person: 'a', content: 'E2' },
        { at: '2025-03-01T03:00Z', type: 'clicks', person: 'a', content: 'E1' },
        { at: '2025-03-02T00:00', type: 'add', person: 'a' },
      ],
    });
    expect(lines(run(scenario))).toEqual([
      'move 2025-03-02T05:00:00Z a ->S1 event',
      'move 2025-03-02T05:00:00Z a S1>S2 rule:t',
    ]);
  });
});
