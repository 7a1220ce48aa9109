/**
 * Output: which records are written (simulation.from/until, defaults), the summary counts and the CSV
 * form (spec: Top level, Simulator output, semantics 26).
 */
import { describe, expect, it } from 'vitest';
import type { SimRecord, SimulationOptions } from '../../../src/engine';
import { CSV_HEADER, csvLine, simulateSummary } from '../../../src/engine';
import type { Scenario, Stream } from '../../../src/model';
import { formatProblem, parseScenario } from '../../../src/model';
import { emails, nurtureA, run, weekly, withPeople } from '../../fixtures/builders';
import { ev, expectRecords, idle, scenario } from './helpers';

const A = '2025-03-03T10:00';

function summarize(s: Scenario, options: SimulationOptions = {}) {
  const parsed = parseScenario(JSON.parse(JSON.stringify(s)));
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  const result = simulateSummary(parsed.scenario, options);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.value;
}

const countsOf = (records: SimRecord[]) => {
  const counts = { send: 0, program: 0, blocked: 0, exhausted: 0, move: 0, remove: 0 };
  for (const r of records) counts[r.type]++;
  return counts;
};

describe('from/until', () => {
  it('from/until: only records dated in [from, until] are written, with the state at from right (Ann already had E1)', () => {
    const s = withPeople(nurtureA(), ['ann'], [ev.add(A, 'ann', 'S1')]);
    expectRecords(run(s, { from: '2025-03-11', until: '2025-03-18' }), [
      'send 2025-03-11T13:00:00Z ann S1 E2',
      'send 2025-03-18T13:00:00Z ann S1 E3',
      'exhausted 2025-03-18T13:00:00Z ann S1',
    ]);
  });

  it('from/until: records are filtered by their date in the program zone, not in UTC (3/10 23:00 New York is 3/11 03:00Z)', () => {
    const s = withPeople(nurtureA(), ['bo'], [ev.add('2025-03-10T23:00', 'bo', 'S1')]);
    expectRecords(run(s, { from: '2025-03-10', until: '2025-03-10' }), [
      'move 2025-03-11T03:00:00Z bo ->S1 event',
    ]);
    expectRecords(run(s, { from: '2025-03-11', until: '2025-03-11' }), [
      'send 2025-03-11T13:00:00Z bo S1 E1',
    ]);
  });

  it('until: a cast dated after until writes nothing, even a delivery inside the period; a delivery after until is not written', () => {
    const rtz = (time: string): Stream => ({
      id: 'S1',
      cadence: {
        ...weekly('2025-03-11', ['tue'], time),
        recipientTimeZone: true,
      } as Stream['cadence'],
      content: emails('E1', 'E2'),
    });
    const tokyo = scenario({
      streams: [rtz('09:00')],
      people: [{ id: 'mo', timeZone: 'Asia/Tokyo' }],
      events: [ev.add(A, 'mo')],
      until: '2025-03-17',
    });
    // The 3/18 cast would deliver at 3/18 00:00Z = 3/17 20:00 New York, inside the period.
    expectRecords(run(tokyo), [
      'move 2025-03-03T15:00:00Z mo ->S1 event',
      'send 2025-03-11T00:00:00Z mo S1 E1',
    ]);
    const la = scenario({
      streams: [rtz('23:30')],
      people: [{ id: 'ned', timeZone: 'America/Los_Angeles' }],
      events: [ev.add(A, 'ned')],
      until: '2025-03-11',
    });
    // 23:30 PDT on 3/11 is 3/12 06:30Z, 02:30 on 3/12 in New York: after until.
    expectRecords(run(la), ['move 2025-03-03T15:00:00Z ned ->S1 event']);
    expectRecords(run(la, { until: '2025-03-12' }), [
      'move 2025-03-03T15:00:00Z ned ->S1 event',
      'send 2025-03-12T06:30:00Z ned S1 E1',
    ]);
    // The summary counts the same records.
    expect(summarize(tokyo).records.send).toBe(1);
    expect(summarize(la).records.send).toBe(0);
    expect(summarize(la, { until: '2025-03-12' }).records.send).toBe(1);
  });

  it('defaults: without simulation dates, from is the earliest first cast or event and until the latest plus 90 days', () => {
    const tuesdays = ['03-11', '03-18', '03-25', '04-01', '04-08', '04-15', '04-22', '04-29']
      .concat(['05-06', '05-13', '05-20', '05-27', '06-03', '06-10', '06-17', '06-24'])
      .map((d) => `blocked 2025-${d}T13:00:00Z jo S1 E1 unsubscribed`);
    const expected = (last: string) => [
      'move 2025-02-20T15:00:00Z jo ->S1 event',
      'blocked 2025-03-04T14:00:00Z jo S1 E1 unsubscribed',
      ...tuesdays.slice(0, tuesdays.findIndex((l) => l.includes(last)) + 1),
    ];
    const s = nurtureA();
    delete s.simulation;
    s.people = [{ id: 'jo', unsubscribed: true }];
    s.events = [ev.add('2025-02-20T10:00', 'jo', 'S1')];
    // Latest anchor: S2's first cast 3/6; + 90 days = 6/4, so the last Tuesday cast is 6/3.
    expectRecords(run(s), expected('06-03'));
    // An event on 4/1 becomes the latest anchor: until 6/30, last Tuesday 6/24.
    s.events.push(ev.set('2025-04-01T12:00', 'jo', 'score', 1));
    expectRecords(run(s), expected('06-24'));
  });
});

describe('summary', () => {
  const rich = () => {
    const s = withPeople(
      nurtureA(),
      ['ann', 'cara', 'rem', 'pia'],
      [
        ev.add(A, 'ann', 'S1'),
        ev.add(A, 'jo', 'S1'),
        ev.add(A, 'cara', 'S1'),
        ev.add(A, 'rem', 'S1'),
        ev.add(A, 'pia', 'S3'),
        ev.remove('2025-03-05T12:00', 'rem'),
        ev.form('2025-03-14T12:00', 'cara'),
      ],
    );
    s.people!.push({ id: 'jo', unsubscribed: true });
    s.program.streams.push({
      id: 'S3',
      cadence: weekly('2025-03-05', ['wed']),
      content: [{ id: 'P1', type: 'program' }],
    });
    return s;
  };

  it('summary: the counts equal the JSON Lines counts, over the whole period and over a from/until window', () => {
    const all = summarize(rich());
    expect(all).toEqual({
      records: { send: 8, program: 1, blocked: 9, exhausted: 3, move: 6, remove: 1 },
      sendsByStream: { S1: 6, S2: 2 },
      sendsByContent: { E1: 3, E2: 2, E3: 1, E4: 1, E5: 1 },
    });
    expect(all.records).toEqual(countsOf(run(rich())));
    const window = { from: '2025-03-11', until: '2025-03-20' };
    const part = summarize(rich(), window);
    expect(part).toEqual({
      records: { send: 4, program: 0, blocked: 2, exhausted: 1, move: 1, remove: 0 },
      sendsByStream: { S1: 3, S2: 1 },
      sendsByContent: { E2: 2, E3: 1, E4: 1 },
    });
    expect(part.records).toEqual(countsOf(run(rich(), window)));
  });

  it('summary: the keys of sendsByStream and sendsByContent are sorted', () => {
    const s = scenario({
      streams: [
        { id: 'Zeta', cadence: weekly('2025-03-04', ['tue']), content: emails('Y') },
        { id: 'Alpha', cadence: weekly('2025-03-04', ['tue']), content: emails('X') },
      ],
      people: ['a', 'b'],
      events: [ev.add(A, 'a', 'Zeta'), ev.add(A, 'b', 'Alpha')],
    });
    const summary = summarize(s);
    expect(Object.keys(summary.sendsByStream)).toEqual(['Alpha', 'Zeta']);
    expect(Object.keys(summary.sendsByContent)).toEqual(['X', 'Y']);
  });
});

describe('CSV (semantics 26)', () => {
  it('semantics 26: header, one row per record with detail per type, RFC 4180 quoting of commas and quotes', () => {
    expect(CSV_HEADER).toBe('at,type,person,stream,content,detail');
    const s = scenario({
      streams: [
        {
          id: 'S,1',
          cadence: weekly('2025-03-04', ['tue']),
          content: [...emails('E"1'), { id: 'P1', type: 'program' }],
        },
        idle('S2', { transitions: [{ id: 't,1', triggers: [{ type: 'fillsOutForm' }] }] }),
      ],
      people: ['Doe, Jane', { id: 'say "hi"', unsubscribed: true }],
      events: [
        ev.add(A, 'Doe, Jane'),
        ev.add(A, 'say "hi"'),
        ev.form('2025-03-12T12:00', 'Doe, Jane'),
        ev.remove('2025-03-13T12:00', 'Doe, Jane'),
      ],
      until: '2025-03-13',
    });
    const rows = run(s).map(csvLine);
    const expected = [
      '2025-03-03T15:00:00Z,move,"Doe, Jane","S,1",,from=;cause=event',
      '2025-03-03T15:00:00Z,move,"say ""hi""","S,1",,from=;cause=event',
      '2025-03-04T14:00:00Z,send,"Doe, Jane","S,1","E""1",',
      '2025-03-04T14:00:00Z,blocked,"say ""hi""","S,1","E""1",unsubscribed',
      '2025-03-11T13:00:00Z,program,"Doe, Jane","S,1",P1,qualified=true',
      '2025-03-11T13:00:00Z,exhausted,"Doe, Jane","S,1",,',
      '2025-03-11T13:00:00Z,blocked,"say ""hi""","S,1","E""1",unsubscribed',
      '2025-03-12T16:00:00Z,move,"Doe, Jane",S2,,"from=S,1;cause=rule:t,1"',
      '2025-03-13T16:00:00Z,remove,"Doe, Jane",,,',
    ];
    expect([...rows].sort()).toEqual([...expected].sort());
  });

  it('semantics 26: a field with a line break is quoted', () => {
    const record: SimRecord = { type: 'remove', at: '2025-03-13T16:00:00Z', person: 'a\nb' };
    expect(csvLine(record)).toBe('2025-03-13T16:00:00Z,remove,"a\nb",,,');
  });
});
