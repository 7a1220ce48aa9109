// The charts' data shaping against hand-computed counts of the preview fixture (tests/fixtures/
// previewProgram.ts: 300 leads join Early 15 a day from Sat 1 March, plus Ann and Ben on 1 March
// and Cara in Late on 3 March) and against the occupancy and move triples they are read from.
import { describe, expect, it } from 'vitest';
import { PLACES, SLOT_FIELD, SLOT_FIELDS } from '../../src/engine';
import {
  buckets,
  bucketOfDay,
  flowResolution,
  timeResolution,
} from '../../src/preview/charts/chartPeriods';
import { deliveriesPerItem } from '../../src/preview/charts/deliveriesData';
import { flowOfPeople, hasMoves, type FlowData } from '../../src/preview/charts/flowData';
import { exhaustedOverTime, membersOverTime, timeRows } from '../../src/preview/charts/membersData';
import { dayOfIso } from '../../src/simulation/derive/dates';
import { previewProgram } from '../fixtures/previewProgram';
import { chartsRecords, chartsResult, longProgram } from './chartsResult';

const result = chartsResult();
const { frame, aggregates } = result;
const streams = frame.streamIds.length;
const members = (day: number, s: number, place?: number) => {
  const base = ((day - frame.startDay) * streams + s) * PLACES;
  const o = aggregates.occupancy;
  return place === undefined ? o[base]! + o[base + 1]! + o[base + 2]! : o[base + place]!;
};
const day = dayOfIso;

describe('time buckets', () => {
  it('cuts the written period into days, Monday weeks or months, clipped to the period', () => {
    expect(buckets(frame, 'day')).toHaveLength(92);
    const weeks = buckets(frame, 'week');
    // Sat 1 March is alone with Sunday; the last week ends with the period on Sat 31 May.
    expect(weeks[0]).toEqual({ first: day('2025-03-01'), last: day('2025-03-02') });
    expect(weeks[1]).toEqual({ first: day('2025-03-03'), last: day('2025-03-09') });
    expect(weeks.at(-1)).toEqual({ first: day('2025-05-26'), last: day('2025-05-31') });
    expect(weeks).toHaveLength(14);
    expect(buckets(frame, 'month')).toEqual([
      { first: day('2025-03-01'), last: day('2025-03-31') },
      { first: day('2025-04-01'), last: day('2025-04-30') },
      { first: day('2025-05-01'), last: day('2025-05-31') },
    ]);
    const of = bucketOfDay(frame, weeks);
    expect([of[0], of[1], of[2], of[91]]).toEqual([0, 0, 1, 13]);
  });

  it('draws a short period by days and weeks, a long one by weeks and months', () => {
    expect(timeResolution(frame)).toBe('day');
    expect(flowResolution(frame)).toBe('week');
    // 14 weeks and the start need 15 columns of 56 pixels: in 640 pixels, months.
    expect(flowResolution(frame, 15 * 56)).toBe('week');
    expect(flowResolution(frame, 640)).toBe('month');
    const long = chartsResult(longProgram()).frame;
    expect(timeResolution(long)).toBe('week');
    expect(flowResolution(long)).toBe('month');
  });
});

describe('people per stream over time', () => {
  it('counts the members of each stream at the end of every day of a short period', () => {
    const ts = membersOverTime(result, null);
    expect(ts.resolution).toBe('day');
    expect(ts.series.map((x) => x.stream)).toEqual([0, 1, 2]);
    // 1 March: Ann, Ben and 15 leads joined Early. 3 March: Cara joined Late.
    expect(ts.values[0]).toEqual([17, 0, 0]);
    expect(ts.values[2]).toEqual([47, 1, 0]);
    ts.buckets.forEach((b, i) =>
      expect(ts.values[i]).toEqual([0, 1, 2].map((s) => members(b.last, s))),
    );
  });

  it('splits one stream into receiving, paused and exhausted members', () => {
    const ts = membersOverTime(result, 1);
    expect(ts.series.map((x) => x.place)).toEqual(['normal', 'paused', 'exhausted']);
    ts.buckets.forEach((b, i) => {
      expect(ts.values[i]).toEqual([0, 1, 2].map((place) => members(b.last, 1, place)));
      expect(ts.values[i]!.reduce((a, v) => a + v, 0)).toBe(members(b.last, 1));
    });
  });

  it('draws a long period by weeks: the members at the end of each week', () => {
    const long = chartsResult(longProgram());
    const ts = membersOverTime(long, null);
    expect(ts.resolution).toBe('week');
    expect(ts.buckets).toHaveLength(27);
    const o = long.aggregates.occupancy;
    ts.buckets.forEach((b, i) => {
      expect(b.last - b.first).toBeLessThanOrEqual(6);
      const d = b.last - long.frame.startDay;
      expect(ts.values[i]).toEqual(
        [0, 1, 2].map(
          (s) => o[(d * 3 + s) * 3]! + o[(d * 3 + s) * 3 + 1]! + o[(d * 3 + s) * 3 + 2]!,
        ),
      );
    });
    const rows = timeRows(ts);
    expect(rows[1]).toMatchObject({ day: day('2025-03-09'), first: day('2025-03-03') });
    expect(rows[1]!.s0).toBe(ts.values[1]![0]);
  });
});

describe('exhausted per stream over time', () => {
  it('has a line for each stream whose members ran out of content, with their count per day', () => {
    const ts = exhaustedOverTime(result);
    // Late runs dry after its three emails; Holding's one email leaves everyone exhausted.
    expect(ts.series.map((x) => frame.streamNames[x.stream])).toContain('Late');
    expect(ts.series.map((x) => frame.streamNames[x.stream])).toContain('Holding');
    ts.buckets.forEach((b, i) =>
      ts.series.forEach((x, j) => expect(ts.values[i]![j]).toBe(members(b.last, x.stream, 2))),
    );
    const holding = ts.series.findIndex((x) => x.stream === 2);
    expect(ts.values.at(-1)![holding]).toBe(207);
  });
});

describe('deliveries per item', () => {
  it('gives each item a row per stream it stands in, and matches the written records', () => {
    const { rows, casts } = deliveriesPerItem(result);
    const name = (r: (typeof rows)[number]) =>
      `${frame.streamIds[r.stream]}:${frame.contentIds[r.content]}`;
    expect(rows.map(name)).toEqual([
      'early:E1',
      'early:E2',
      'early:P1',
      'early:E3',
      'late:E2',
      'late:E4',
      'late:E5',
      'hold:E6',
    ]);
    expect(casts).toBeGreaterThan(0);
    // Every row is the count of the command line's send (or program) records for that slot.
    rows.forEach((r, j) => {
      const slot = (f: number) => aggregates.slots[j * SLOT_FIELDS + f]!;
      expect(r.delivered, name(r)).toBe(slot(SLOT_FIELD.send));
      expect(r.processed, name(r)).toBe(
        slot(SLOT_FIELD.programQualified) + slot(SLOT_FIELD.programFailed),
      );
    });
    const records = chartsRecords();
    const e2InLate = records.filter(
      (r) => r.type === 'send' && r.stream === 'late' && r.content === 'E2',
    ).length;
    expect(rows[4]!.delivered).toBe(e2InLate);
    expect(rows[2]!.email).toBe(false);
    expect(rows[2]!.processed).toBeGreaterThan(0);
  });
});

/** The longest path from a root to each node: the column a Sankey layout gives it. */
function depths(flow: FlowData): number[] {
  const depth = flow.nodes.map(() => 0);
  const sorted = [...flow.links].sort(
    (a, b) => flow.nodes[a.source]!.column - flow.nodes[b.source]!.column,
  );
  for (const l of sorted) depth[l.target] = Math.max(depth[l.target]!, depth[l.source]! + 1);
  return depth;
}

describe('flow of people between streams', () => {
  const flow = flowOfPeople(result, 'week');
  const streamNode = (column: number, s: number) =>
    flow.nodes.findIndex((n) => n.kind === 'stream' && n.column === column && n.stream === s);
  const linksInto = (column: number) =>
    flow.links.filter((l) => l.kind !== 'layout' && flow.nodes[l.target]!.column === column);

  it('has a column for the start and one per week, and every node lies in its own column', () => {
    expect(flow.buckets).toHaveLength(14);
    expect(Math.max(...flow.nodes.map((n) => n.column))).toBe(14);
    expect(depths(flow)).toEqual(flow.nodes.map((n) => n.column));
    // Links only ever go one column to the right: no cycle, whatever the program's transitions.
    for (const l of flow.links)
      expect(flow.nodes[l.target]!.column).toBe(flow.nodes[l.source]!.column + 1);
  });

  it('joins, stays and moves of the first two buckets, by hand', () => {
    // 1-2 March: Ann, Ben and 2 x 15 leads joined Early.
    expect(linksInto(1)).toEqual([
      expect.objectContaining({ kind: 'join', people: 32, target: streamNode(1, 0), drawn: true }),
    ]);
    expect(flow.nodes[streamNode(1, 0)]!.people).toBe(32);
    // 3-9 March: 105 leads join Early, Cara joins Late; on Tue 4 March 6 people click into Late.
    // Early then held its 32 starters and 30 newcomers: 6 x 32/62 of the movers were starters.
    const second = linksInto(2);
    const link = (kind: string, from: number) =>
      second.find((l) => l.kind === kind && flow.nodes[l.source]!.stream === from)!.people;
    const starters = (6 * 32) / 62;
    expect(link('stay', 0)).toBeCloseTo(32 - starters, 9);
    expect(link('move', 0)).toBeCloseTo(starters, 9);
    const joins = second.filter((l) => l.kind === 'join');
    expect(joins.map((l) => flow.nodes[l.target]!.stream)).toEqual([0, 1]);
    expect(joins[0]!.people).toBeCloseTo(105 - (6 - starters), 9);
    expect(joins[1]!.people).toBeCloseTo(1 + (6 - starters), 9);
  });

  it("each week's links add up to the members at its end, to the joins and to the removals", () => {
    const bucketOf = bucketOfDay(frame, flow.buckets);
    flow.buckets.forEach((_, b) => {
      const triples = (pick: (from: number, to: number) => boolean) => {
        let n = 0;
        for (let i = 0; i < aggregates.moveDay.length; i++)
          if (
            bucketOf[aggregates.moveDay[i]!] === b &&
            pick(aggregates.moveFrom[i]!, aggregates.moveTo[i]!)
          )
            n += aggregates.moveCount[i]!;
        return n;
      };
      const into = linksInto(b + 1);
      const total = (kind: string) =>
        into.filter((l) => l.kind === kind).reduce((a, l) => a + l.people, 0);
      expect(total('join'), `week ${b}`).toBeCloseTo(
        triples((from) => from < 0),
        6,
      );
      expect(total('leave'), `week ${b}`).toBeCloseTo(
        triples((_, to) => to < 0),
        6,
      );
      // Moves compose (S1 -> S2 -> S3 in a week is one link): never more than the moves made.
      expect(total('move')).toBeLessThanOrEqual(triples((from, to) => from >= 0 && to >= 0) + 1e-6);
      for (let s = 0; s < streams; s++) {
        const end = members(flow.buckets[b]!.last, s);
        const node = streamNode(b + 1, s);
        const inflow = into.filter((l) => l.target === node).reduce((a, l) => a + l.people, 0);
        expect(inflow, `week ${b} stream ${s}`).toBeCloseTo(end, 6);
        // What leaves a stream's node is its members at the start of the next week.
        const next = flow.links.filter((l) => l.kind !== 'layout' && l.source === node);
        if (b + 1 < flow.buckets.length)
          expect(next.reduce((a, l) => a + l.people, 0)).toBeCloseTo(end, 6);
      }
    });
  });

  it("lists every move of every week exactly, and leaves too thin a link undrawn: Cara's removal", () => {
    expect(flow.moves.reduce((a, m) => a + m.count, 0)).toBe(
      Array.from(aggregates.moveCount).reduce((a, n) => a + n, 0),
    );
    const removal = flow.moves.find((m) => m.to === -1)!;
    expect(removal).toMatchObject({ from: 1, count: 1 });
    expect(flow.buckets[removal.bucket]!.first).toBe(day('2025-03-31'));
    // Late also took in 7 people from Early that week: who of its members left is estimated.
    const leaves = flow.links.filter((l) => l.kind === 'leave');
    expect(leaves.reduce((a, l) => a + l.people, 0)).toBeCloseTo(1, 9);
    expect(leaves.every((l) => !l.drawn)).toBe(true);
    expect(flow.nodes[leaves[0]!.target]).toMatchObject({ kind: 'left', people: 1 });
    expect(hasMoves(flow)).toBe(true);
  });

  it('starts from the members at the start of a later written period, without earlier moves', () => {
    const doc = previewProgram();
    const later = chartsResult({ ...doc, simulation: { ...doc.simulation, from: '2025-04-01' } });
    const f = flowOfPeople(later, 'month');
    expect(f.buckets).toHaveLength(2);
    const start = f.nodes.filter((n) => n.kind === 'stream' && n.column === 0);
    const o = later.aggregates.occupancy;
    const d = day('2025-03-31') - later.frame.startDay;
    expect(start.map((n) => n.people)).toEqual(
      start.map(
        (n) =>
          o[(d * 3 + n.stream) * 3]! +
          o[(d * 3 + n.stream) * 3 + 1]! +
          o[(d * 3 + n.stream) * 3 + 2]!,
      ),
    );
    expect(f.moves.every((m) => m.bucket >= 0 && m.bucket < 2)).toBe(true);
    expect(f.moves.some((m) => m.from === -1)).toBe(false); // everyone joined in March
  });

  it('has no moves when nobody joins, moves or leaves in the period', () => {
    const doc = previewProgram();
    const quiet = chartsResult({ ...doc, simulation: { ...doc.simulation, from: '2025-05-20' } });
    const f = flowOfPeople(quiet, 'week');
    expect(hasMoves(f)).toBe(false);
  });
});
