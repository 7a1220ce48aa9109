// The exhaustion forecast's numbers against hand-computed values on the rule book's Nurture-A
// (section 4) with 300 people joining S1 "Early" on Mon 3 Mar: S1 casts every Tuesday, so with
// E1-E3 everyone has had all three after the third cast, Tue 18 Mar (R38), and the six Tuesday
// casts left in the period (25 Mar - 29 Apr) find them with nothing.
import { describe, expect, it } from 'vitest';
import * as forecast from '../../src/document/actions/forecast';
import type { DocumentAction } from '../../src/document/actions/action';
import type { Scenario } from '../../src/model';
import { dayOfIso } from '../../src/simulation/derive/dates';
import { forecastHints } from '../../src/preview/forecast/forecastHints';
import { forecastModel, streamForecast } from '../../src/preview/forecast/forecastModel';
import { emails, nurtureA } from '../fixtures/builders';
import { previewResult } from './result';

const day = dayOfIso;

function crowd(size = 300): Scenario {
  return {
    ...nurtureA(),
    generator: {
      cohorts: [{ id: 'lead', size, join: { stream: 'S1', from: '2025-03-03', time: '08:00' } }],
    },
  } as Scenario;
}

const apply = <A>(doc: Scenario, action: DocumentAction<A>, args: A): Scenario => {
  const result = action.perform(doc, args);
  if (!result.ok) throw new Error(result.refusal);
  return result.doc;
};

describe('exhaustion forecast (R38-R42)', () => {
  it('Nurture-A, 300 join on one day: half (and 90%) run dry after the third cast of Early', () => {
    const result = previewResult(crowd());
    const [early, late] = forecastModel(result, null, day('2025-03-04'));
    expect(early).toMatchObject({
      kind: 'mostDry',
      half: { day: day('2025-03-18'), members: 300, exhausted: 300, casts: 3 },
      ninety: { day: day('2025-03-18'), casts: 3 },
      castsAfterHalf: 6,
      ranDry: 300,
      end: { day: day('2025-04-30'), members: 300, exhausted: 300 },
      firstMemberDay: day('2025-03-03'),
      // R42: a newcomer at the next cast after the cursor (Tue 11 Mar) finds all three emails.
      newcomer: { day: day('2025-03-11'), items: 3 },
    });
    expect(early!.rows.map((r) => [r.day, r.members, r.newlyExhausted])).toEqual(
      [4, 11, 18, 25]
        .map((d) => [day(`2025-03-${String(d).padStart(2, '0')}`), 300, d === 18 ? 300 : 0])
        .concat(
          [1, 8, 15, 22, 29].map((d) => [day(`2025-04-${String(d).padStart(2, '0')}`), 300, 0]),
        ),
    );
    expect(early!.rows.map((r) => r.end.exhausted)).toEqual([
      0, 0, 300, 300, 300, 300, 300, 300, 300,
    ]);
    expect(late).toMatchObject({ kind: 'noMembers', ranDry: 0, half: null });
  });

  it('the hints: 6 emails (one per empty cast), move to Late; no cadence slower than monthly', () => {
    const doc = crowd();
    const result = previewResult(doc);
    const early = streamForecast(result, 0, day('2025-03-04'));
    // Every 4 weeks still casts 3 times (4 Mar, 1 Apr, 29 Apr); every 5 weeks is not advice.
    expect(forecastHints(doc, result.frame, early)).toEqual([
      { kind: 'addEmails', stream: 'S1', count: 6 },
      { kind: 'moveRunDry', from: 'S1', to: 'S2' },
    ]);
  });

  it('a slower weekly cadence when one within a month keeps people supplied', () => {
    const doc = crowd();
    doc.simulation = { from: '2025-03-01', until: '2025-04-08', seed: 1 };
    const result = previewResult(doc);
    const early = streamForecast(result, 0, day('2025-03-04'));
    // Six Tuesdays; half run dry after the third. Every 2 weeks casts 3 times, every 3 weeks twice.
    expect(forecastHints(doc, result.frame, early)[1]).toEqual({
      kind: 'slowDown',
      stream: 'S1',
      unit: 'weekly',
      every: 3,
      was: 1,
      castsNow: 6,
      castsThen: 2,
      castsToHalf: 3,
    });
  });

  it('never suggests moving people back to an earlier stream', () => {
    const doc = crowd();
    const result = previewResult(doc);
    const late = { ...streamForecast(result, 0, day('2025-03-04')), stream: 1 };
    expect(forecastHints(doc, result.frame, late).map((h) => h.kind)).not.toContain('moveRunDry');
  });

  it('a monthly stream: months between casts, and emails for the months left', () => {
    const doc = crowd();
    doc.program.streams[0]!.cadence = {
      type: 'monthly',
      firstCast: '2025-03-04',
      time: '09:00',
      every: 1,
      dayOfMonth: 4,
    };
    doc.simulation = { from: '2025-03-01', until: '2025-08-31', seed: 1 };
    const result = previewResult(doc);
    const early = streamForecast(result, 0, day('2025-03-04'));
    // Casts on the 4th, March to August: everyone has had E1-E3 after 4 May; 3 casts follow.
    expect(early).toMatchObject({
      kind: 'mostDry',
      half: { day: day('2025-05-04'), casts: 3 },
      castsAfterHalf: 3,
    });
    // Every 2 months still casts 3 times (4 Mar, 4 May, 4 Jul); every 3 months twice.
    expect(forecastHints(doc, result.frame, early).slice(0, 2)).toEqual([
      { kind: 'addEmails', stream: 'S1', count: 3 },
      {
        kind: 'slowDown',
        stream: 'S1',
        unit: 'monthly',
        every: 3,
        was: 1,
        castsNow: 6,
        castsThen: 2,
        castsToHalf: 3,
      },
    ]);
  });

  it('each hint, applied, changes the forecast as it says', () => {
    const doc = crowd();
    const names = ['1', '2', '3', '4', '5', '6'].map((n) => `New email ${n}`);
    const more = previewResult(apply(doc, forecast.addActiveEmails, { stream: 'S1', names }));
    // Nine emails for nine casts: everyone gets one at every cast and runs dry at the last.
    expect(streamForecast(more, 0, day('2025-03-04'))).toMatchObject({
      kind: 'mostDry',
      half: { day: day('2025-04-29'), casts: 9 },
      castsAfterHalf: 0,
    });
    const slower = previewResult(apply(doc, forecast.castLessOften, { stream: 'S1', every: 5 }));
    expect(streamForecast(slower, 0, day('2025-03-04'))).toMatchObject({
      kind: 'wholePeriod',
      ranDry: 0,
      end: { members: 300, exhausted: 0 },
    });
    const moved = apply(doc, forecast.moveWhenRunDry, { from: 'S1', to: 'S2' });
    const after = previewResult(moved);
    const early = streamForecast(after, 0, day('2025-03-04'));
    // Moved the next morning at 07:00: Early is empty at the end, Late has them all.
    expect(early.end).toMatchObject({ members: 0, exhausted: 0 });
    expect(streamForecast(after, 1, day('2025-03-04')).end.members).toBe(300);
    expect(forecastHints(moved, after.frame, early).map((h) => h.kind)).not.toContain('moveRunDry');
  });

  it('a stream with content for the whole period offers nothing; filtered to the selected lane', () => {
    const doc = crowd(40);
    doc.program.streams[0]!.content = emails(
      'E1',
      'E2',
      'E3',
      'E4',
      'E5',
      'E6',
      'E7',
      'E8',
      'E9',
      'E10',
    );
    const result = previewResult(doc);
    const [early] = forecastModel(result, 'S1', day('2025-04-29'));
    expect(early).toMatchObject({ stream: 0, kind: 'wholePeriod', peak: null, newcomer: null });
    expect(forecastHints(doc, result.frame, early!)).toEqual([]);
    expect(forecastModel(result, 'S2', day('2025-03-01')).map((f) => f.stream)).toEqual([1]);
  });

  it('people joining week by week: half have run dry once the second cohort has its third email', () => {
    const doc = crowd();
    doc.generator = {
      cohorts: [
        {
          id: 'lead',
          size: 80,
          join: { stream: 'S1', from: '2025-03-03', time: '08:00', perWeek: 10 },
        },
      ],
    };
    const result = previewResult(doc);
    const early = streamForecast(result, 0, day('2025-03-04'));
    // Ten join every Monday and each ten run dry at their third Tuesday. End of 18 Mar: 30 in,
    // 10 dry (33%); end of 25 Mar: 40 in, 20 dry (50%), after Early's 4th cast since 3 Mar.
    expect(early.rows.find((r) => r.day === day('2025-03-18'))!.end).toMatchObject({
      members: 30,
      exhausted: 10,
    });
    expect(early).toMatchObject({
      kind: 'mostDry',
      half: { day: day('2025-03-25'), members: 40, exhausted: 20, casts: 4 },
    });
  });

  it('some run dry but never half: only the move is offered', () => {
    const doc = crowd();
    doc.generator = {
      cohorts: [
        { id: 'first', size: 10, join: { stream: 'S1', from: '2025-03-03', time: '08:00' } },
        { id: 'then', size: 100, join: { stream: 'S1', from: '2025-03-17', time: '08:00' } },
      ],
    };
    doc.simulation = { from: '2025-03-01', until: '2025-03-31', seed: 1 };
    const result = previewResult(doc);
    const early = streamForecast(result, 0, day('2025-03-04'));
    // The first ten run dry on 18 Mar, among 110; the hundred would on 1 Apr, after the period.
    expect(early).toMatchObject({
      kind: 'someDry',
      half: null,
      ranDry: 10,
      peak: { day: day('2025-03-18'), members: 110, exhausted: 10 },
      end: { members: 110, exhausted: 10 },
    });
    expect(forecastHints(doc, result.frame, early)).toEqual([
      { kind: 'moveRunDry', from: 'S1', to: 'S2' },
    ]);
  });
});
