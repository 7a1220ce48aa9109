// The stream performance report (R58): its sends, blocked and program runs are the command line's
// records, its opens/clicks/unsubscribes and index are hand-computed on Nurture-A, and its CSV is
// RFC 4180 with English column ids and plain numbers.
import { describe, expect, it } from 'vitest';
import type { RECORD_TYPES } from '../../src/engine';
import { simulateRecords, type SimRecord } from '../../src/engine';
import { parseScenario, type Scenario } from '../../src/model';
import { reportCsv, REPORT_COLUMNS } from '../../src/preview/report/reportCsv';
import { endOfDay, reportModel } from '../../src/preview/report/reportModel';
import { frameEndAt } from '../../src/engine';
import { dayOfIso } from '../../src/simulation/derive/dates';
import { nurtureA } from '../fixtures/builders';
import { previewProgram } from '../fixtures/previewProgram';
import { previewResult } from './result';

function records(doc: Scenario): SimRecord[] {
  const parsed = parseScenario(JSON.parse(JSON.stringify(doc)));
  if (!parsed.ok) throw new Error('invalid');
  const out = simulateRecords(parsed.scenario);
  if (!out.ok) throw new Error('no records');
  return out.value;
}

/** Nurture-A in March: 25 who open everything, 10 who open, click and unsubscribe at once. */
function engaged(): Scenario {
  const join = { stream: 'S1', from: '2025-03-03', time: '08:00' };
  return {
    ...nurtureA(),
    simulation: { from: '2025-03-01', until: '2025-03-31', seed: 1 },
    generator: {
      cohorts: [
        { id: 'keen', size: 25, join, behavior: { open: 1 } },
        { id: 'gone', size: 10, join, behavior: { open: 1, click: 1, unsubscribe: 1 } },
      ],
    },
  } as Scenario;
}

describe('stream performance report (R58)', () => {
  it('sends, blocked and program runs per item, stream and program are the command line’s records', () => {
    const doc = previewProgram();
    const result = previewResult(doc);
    const written = records(doc);
    const report = reportModel(result, frameEndAt(result.frame));
    const { frame } = result;
    const of = (pick: (r: SimRecord) => boolean) => written.filter(pick).length;
    for (const { stream: s, items, totals } of report.streams) {
      const stream = frame.streamIds[s]!;
      const here = (r: SimRecord) => 'content' in r && r.stream === stream;
      expect(items.map((i) => frame.contentIds[i.content])).toEqual(
        doc.program.streams[s]!.content!.map((c) => c.id),
      );
      for (const item of items) {
        const content = frame.contentIds[item.content]!;
        const mine = (r: SimRecord) => here(r) && 'content' in r && r.content === content;
        expect(item.engagement).toMatchObject({ stream, content });
        expect(item.sends).toBe(of((r) => mine(r) && r.type === 'send'));
        expect(item.deliveries).toBe(item.sends);
        expect(item.blockedLimit).toBe(
          of((r) => mine(r) && r.type === 'blocked' && r.reason === 'limit'),
        );
        expect(item.blockedUnsubscribed).toBe(
          of((r) => mine(r) && r.type === 'blocked' && r.reason === 'unsubscribed'),
        );
        expect(item.processed).toBe(of((r) => mine(r) && r.type === 'program'));
        expect(item.qualified).toBe(of((r) => mine(r) && r.type === 'program' && r.qualified));
        expect(item.failed).toBe(of((r) => mine(r) && r.type === 'program' && !r.qualified));
      }
      expect(totals.sends).toBe(of((r) => here(r) && r.type === 'send'));
      expect(totals.blockedLimit + totals.blockedUnsubscribed).toBe(
        of((r) => here(r) && r.type === 'blocked'),
      );
    }
    const count = (type: (typeof RECORD_TYPES)[number]) => of((r) => r.type === type);
    expect(report.totals.sends).toBe(count('send'));
    expect(report.totals.blockedLimit + report.totals.blockedUnsubscribed).toBe(count('blocked'));
    expect(report.totals.processed).toBe(count('program'));
    // Not vacuous: the fixture sends, blocks the unsubscribed, runs and fails a program item.
    for (const key of ['sends', 'blockedUnsubscribed', 'qualified', 'failed'] as const)
      expect(report.totals[key], key).toBeGreaterThan(0);
  });

  it('opens, clicks, unsubscribes and the simulated engagement index, by hand on Nurture-A', () => {
    const result = previewResult(engaged());
    const report = reportModel(result, frameEndAt(result.frame));
    const [early] = report.streams;
    const row = (id: string) =>
      early!.items.find((i) => result.frame.contentIds[i.content] === id)!;
    // E1 on 4 Mar to all 35; the 10 who unsubscribed are blocked at E2 on 11, 18 and 25 Mar.
    expect(row('E1')).toMatchObject({ sends: 35, opens: 35, clicks: 10, unsubscribes: 10 });
    expect(row('E2')).toMatchObject({ sends: 25, opens: 25, clicks: 0, blockedUnsubscribed: 30 });
    expect(row('E3')).toMatchObject({ sends: 25, opens: 25, clicks: 0, unsubscribes: 0 });
    expect(early!.totals).toMatchObject({
      sends: 85,
      deliveries: 85,
      opens: 85,
      clicks: 10,
      unsubscribes: 10,
      blockedUnsubscribed: 30,
      blockedLimit: 0,
    });
    // E2: 25 of 25 opened, no click: 50 + 100 (0.25 x 0.8 - 0.03 + 0.01) = 68; 25 < 30: low volume.
    expect(row('E2').engagement).toMatchObject({ index: 68, lowVolume: true, trend: null });
    // E1: 10 of 35 unsubscribed sinks it to 0 (clamped).
    expect(row('E1').engagement).toMatchObject({ index: 0, volume: 35, lowVolume: false });

    // As of the end of 13 Mar, E2's cast of 11 Mar is not yet 72 hours old (R57).
    const cursor = reportModel(result, endOfDay(result, dayOfIso('2025-03-13')));
    const e2 = cursor.streams[0]!.items.find((i) => result.frame.contentIds[i.content] === 'E2')!;
    expect(e2.engagement.index).toBeNull();
    expect(e2.sends).toBe(25); // the counts stay those of the whole period
  });

  it('counts only the written period: a cast before `from` is simulated, not reported', () => {
    const doc = engaged();
    doc.simulation = { from: '2025-03-10', until: '2025-03-31', seed: 1 };
    const result = previewResult(doc);
    const [early] = reportModel(result, frameEndAt(result.frame)).streams;
    const row = (id: string) =>
      early!.items.find((i) => result.frame.contentIds[i.content] === id)!;
    expect(row('E1')).toMatchObject({ sends: 0, opens: 0, clicks: 0, unsubscribes: 0 });
    expect(row('E2')).toMatchObject({ sends: 25, opens: 25, blockedUnsubscribed: 30 });
    // The index looks back at the item's casts, the one of 4 Mar included.
    expect(row('E1').engagement).toMatchObject({ index: 0, volume: 35 });
  });

  it('CSV: one row per item, stream totals, the program total; CRLF, quoted where needed', () => {
    const doc = engaged();
    doc.program.streams[0]!.name = 'Early, "warm"';
    const result = previewResult(doc);
    const csv = reportCsv(reportModel(result, frameEndAt(result.frame)), result.frame);
    const lines = csv.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe(REPORT_COLUMNS.join(','));
    expect(lines[0]).toBe(
      'row,stream,stream_name,item,item_name,type,sends,deliveries,opens,clicks,unsubscribes,blocked_unsubscribed,blocked_limit,program_processed,program_qualified,program_failed_smart_list,engagement_index,previous_index,trend,low_volume,index_volume,index_as_of',
    );
    expect(lines.slice(1, -1)).toEqual([
      'item,S1,"Early, ""warm""",E1,E1,email,35,35,35,10,10,0,0,0,0,0,0,,,false,35,2025-04-01T04:00:00Z',
      'item,S1,"Early, ""warm""",E2,E2,email,25,25,25,0,0,30,0,0,0,0,68,,,true,25,2025-04-01T04:00:00Z',
      'item,S1,"Early, ""warm""",E3,E3,email,25,25,25,0,0,0,0,0,0,0,68,,,true,25,2025-04-01T04:00:00Z',
      'stream_total,S1,"Early, ""warm""",,,,85,85,85,10,10,30,0,0,0,0,,,,,,',
      'item,S2,Late,E2,E2,email,0,0,0,0,0,0,0,0,0,0,,,,true,0,2025-04-01T04:00:00Z',
      'item,S2,Late,E4,E4,email,0,0,0,0,0,0,0,0,0,0,,,,true,0,2025-04-01T04:00:00Z',
      'item,S2,Late,E5,E5,email,0,0,0,0,0,0,0,0,0,0,,,,true,0,2025-04-01T04:00:00Z',
      'stream_total,S2,Late,,,,0,0,0,0,0,0,0,0,0,0,,,,,,',
      'program_total,,,,,,85,85,85,10,10,30,0,0,0,0,,,,,,',
    ]);
  });
});
