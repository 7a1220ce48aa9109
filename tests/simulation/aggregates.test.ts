// The preview's aggregates against what the command line writes: every count the views show must
// be the count of the records `npm run simulate` prints for the same file.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildFrame,
  CAST_FIELD,
  CAST_FIELDS,
  compileScenario,
  mergeAggregates,
  PLACES,
  RECORD_TYPES,
  simulateRecords,
  SLOT_FIELD,
  SLOT_FIELDS,
  startPreview,
  type SimRecord,
} from '../../src/engine';
import { formatProblem, parseScenario, type Scenario } from '../../src/model';
import { previewProgram } from '../fixtures/previewProgram';

function prepare(doc: unknown) {
  const parsed = parseScenario(JSON.parse(JSON.stringify(doc)));
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  const compiled = compileScenario(parsed.scenario);
  if (!compiled.ok) throw new Error(compiled.problems.map(formatProblem).join('\n'));
  const records = simulateRecords(parsed.scenario);
  if (!records.ok) throw new Error('no records');
  const plan = compiled.plan;
  const frame = buildFrame(plan);
  const run = startPreview(plan, frame);
  run.step(Infinity);
  return { plan, frame, aggregates: run.aggregates(), records: records.value };
}

const shared = readdirSync('../shared/scenarios')
  .filter((f) => f.endsWith('.json'))
  .map(
    (f) => [f, JSON.parse(readFileSync(`../shared/scenarios/${f}`, 'utf8')) as Scenario] as const,
  );
const cases = [...shared, ['preview fixture', previewProgram()] as const];

describe('preview aggregates agree with the command line records', () => {
  it.each(cases)('%s: record counts by type, stream and item', (_name, doc) => {
    const { frame, aggregates, records } = prepare(doc);
    RECORD_TYPES.forEach((type, i) =>
      expect(aggregates.records[i], type).toBe(records.filter((r) => r.type === type).length),
    );
    for (let s = 0; s < frame.streamIds.length; s++)
      for (let j = frame.slotBase[s]!; j < frame.slotBase[s + 1]!; j++) {
        const stream = frame.streamIds[s]!;
        const content = frame.contentIds[frame.slotContent[j]!]!;
        const of = (pick: (r: SimRecord) => boolean) =>
          records.filter(
            (r) => 'content' in r && r.stream === stream && r.content === content && pick(r),
          ).length;
        const at = (field: number) => aggregates.slots[j * SLOT_FIELDS + field];
        expect(at(SLOT_FIELD.send)).toBe(of((r) => r.type === 'send'));
        expect(at(SLOT_FIELD.programQualified)).toBe(
          of((r) => r.type === 'program' && r.qualified),
        );
        expect(at(SLOT_FIELD.programFailed)).toBe(of((r) => r.type === 'program' && !r.qualified));
        expect(at(SLOT_FIELD.blockedLimit)).toBe(
          of((r) => r.type === 'blocked' && r.reason === 'limit'),
        );
        expect(at(SLOT_FIELD.blockedUnsubscribed)).toBe(
          of((r) => r.type === 'blocked' && r.reason === 'unsubscribed'),
        );
      }
  });

  it.each(cases)(
    '%s: per cast, what was sent, blocked, consumed and newly exhausted',
    (_name, doc) => {
      const { frame, aggregates, records } = prepare(doc);
      const casts = frame.casts;
      for (let c = 0; c < casts.count; c++) {
        if (casts.day[c]! < frame.fromDay) continue; // simulated but not written (spec: from)
        const stream = frame.streamIds[casts.stream[c]!]!;
        const at = new Date(casts.at[c]!).toISOString().slice(0, 19) + 'Z';
        const field = (f: number) => aggregates.casts[c * CAST_FIELDS + f];
        // Every record but a send is stamped with the cast instant; under recipient time zone a send
        // is stamped with its delivery, so sends are checked through their count below.
        const here = records.filter((r) => 'stream' in r && r.stream === stream && r.at === at);
        expect(field(CAST_FIELD.blockedLimit)).toBe(
          here.filter((r) => r.type === 'blocked' && r.reason === 'limit').length,
        );
        expect(field(CAST_FIELD.blockedUnsubscribed)).toBe(
          here.filter((r) => r.type === 'blocked' && r.reason === 'unsubscribed').length,
        );
        expect(field(CAST_FIELD.programQualified)).toBe(
          here.filter((r) => r.type === 'program' && r.qualified).length,
        );
        expect(field(CAST_FIELD.programFailed)).toBe(
          here.filter((r) => r.type === 'program' && !r.qualified).length,
        );
        expect(field(CAST_FIELD.newlyExhausted)).toBe(
          here.filter((r) => r.type === 'exhausted').length,
        );
      }
      const sentInPeriod = Array.from({ length: casts.count }, (_, c) =>
        casts.day[c]! >= frame.fromDay ? aggregates.casts[c * CAST_FIELDS + CAST_FIELD.sent]! : 0,
      ).reduce((a, b) => a + b, 0);
      // A recipient-time-zone send can be delivered on the day before or after its cast date.
      expect(
        Math.abs(sentInPeriod - records.filter((r) => r.type === 'send').length),
      ).toBeLessThanOrEqual(records.filter((r) => r.type === 'send' && r.stream === 'late').length);
    },
  );

  it.each(cases)(
    '%s: members per stream at the end of each day, from the move records',
    (_name, doc) => {
      const { frame, aggregates, records } = prepare(doc);
      const streams = frame.streamIds.length;
      const where = new Map<string, string | null>();
      const moves = records.filter((r) => r.type === 'move' || r.type === 'remove');
      let next = 0;
      for (let d = 0; d < frame.dayStart.length - 1; d++) {
        const end = frame.dayStart[d + 1]!;
        while (next < moves.length && Date.parse(moves[next]!.at) < end) {
          const r = moves[next++]!;
          where.set(r.person, r.type === 'move' ? r.to : null);
        }
        if (frame.startDay + d < frame.fromDay) continue;
        for (let s = 0; s < streams; s++) {
          const members = [...where.values()].filter((x) => x === frame.streamIds[s]).length;
          const base = (d * streams + s) * PLACES;
          const counted =
            aggregates.occupancy[base]! +
            aggregates.occupancy[base + 1]! +
            aggregates.occupancy[base + 2]!;
          expect(counted, `${frame.streamIds[s]} day ${d}`).toBe(members);
        }
      }
    },
  );

  it('moves between streams per day add up to the move records', () => {
    const { aggregates, records } = prepare(previewProgram());
    const total = Array.from(aggregates.moveCount).reduce((a, b) => a + b, 0);
    expect(total).toBe(records.filter((r) => r.type === 'move' || r.type === 'remove').length);
    expect(Array.from(aggregates.moveFrom)).toContain(-1); // joins
    expect(Array.from(aggregates.moveTo)).toContain(-1); // cara's removal
  });

  it("several workers' shares add up to one run over everyone", () => {
    const { plan, frame, aggregates } = prepare(previewProgram(500));
    const parts = [
      { start: 0, end: 123 },
      { start: 123, end: 400 },
      { start: 400, end: plan.people.count },
    ].map((slice) => {
      const run = startPreview(plan, frame, slice);
      run.step(Infinity);
      return run.aggregates();
    });
    expect(mergeAggregates(parts)).toEqual(aggregates);
  });
});
