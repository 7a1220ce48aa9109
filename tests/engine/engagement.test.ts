import { describe, expect, it } from 'vitest';
import {
  buildFrame,
  compileScenario,
  emailIndex,
  engagementReport,
  frameEndAt,
  frameEngagement,
  simulateAll,
  startPreview,
  SummarySink,
} from '../../src/engine';
import type { Scenario } from '../../src/model';
import { emails, weekly } from '../fixtures/builders';
import { previewProgram } from '../fixtures/previewProgram';

const HOUR = 3_600_000;

/** S1 weekly on Tue from 2025-03-04 09:00 New York; cohorts join before the casts named. */
function program(cohorts: Scenario['generator']): Scenario {
  return {
    format: 'lanecast',
    version: 1,
    program: {
      id: 'p',
      timeZone: 'America/New_York',
      streams: [
        { id: 'S1', cadence: weekly('2025-03-04', ['tue']), content: emails('E1', 'E2', 'E3') },
      ],
    },
    generator: cohorts,
    simulation: { from: '2025-03-01', until: '2025-03-31' },
  } as Scenario;
}

function report(scenario: Scenario, asOf?: number) {
  const compiled = compileScenario(scenario);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  const plan = compiled.plan;
  const run = simulateAll(
    plan,
    new SummarySink(plan.program.streams.length, plan.program.contentIds.length),
    { counters: true },
  );
  return { plan, items: engagementReport(plan, run.counters!, asOf) };
}

const cohort = (
  id: string,
  size: number,
  from: string,
  open: number,
  click = 0,
  unsubscribe = 0,
) => ({
  id,
  size,
  join: { stream: 'S1', from, time: '08:00' },
  behavior: { open, click, unsubscribe },
});

describe('simulated engagement index (R57)', () => {
  it('R57: the email formula with the default benchmarks, clamped to 0..100', () => {
    const none = {
      delivered: 100,
      opened: 0,
      clicked: 0,
      unsubscribed: 0,
      processed: 0,
      qualified: 0,
    };
    expect(emailIndex(none)).toBe(43); // 50 + 100 (0.25 (0 - 0.2) - 0.03 + 0.01)
    expect(emailIndex({ ...none, opened: 100 })).toBe(68);
    expect(emailIndex({ ...none, opened: 100, clicked: 100 })).toBe(100);
    expect(emailIndex({ ...none, unsubscribed: 100 })).toBe(0);
    expect(emailIndex({ ...none, delivered: 0 })).toBeNull();
    expect(
      emailIndex({ ...none, opened: 20, clicked: 3 }, { open: 0.2, click: 0.03, unsubscribe: 0 }),
    ).toBe(50);
  });

  it('R57: counts sampled opens of the casts that ended at least 72 h ago, not before', () => {
    const scenario = program({ cohorts: [cohort('a', 40, '2025-03-03', 1)] });
    const castAt = Date.UTC(2025, 2, 4, 14);
    const early = report(scenario, castAt + 71 * HOUR).items.find((i) => i.content === 'E1')!;
    expect(early.index).toBeNull();
    const due = report(scenario, castAt + 72 * HOUR).items.find((i) => i.content === 'E1')!;
    expect(due).toMatchObject({ index: 68, volume: 40, lowVolume: false });
    expect(due.casts).toEqual([
      {
        at: '2025-03-04T14:00:00Z',
        delivered: 40,
        opened: 40,
        clicked: 0,
        unsubscribed: 0,
        processed: 0,
        qualified: 0,
      },
    ]);
  });

  it('R57: a low-volume badge below 30 deliveries, and a trend arrow for a change of 3 or more', () => {
    // Ten keen readers get E1 on 3/4; thirty who never open get E1 on 3/11.
    const scenario = program({
      cohorts: [cohort('keen', 10, '2025-03-03', 1), cohort('cold', 30, '2025-03-10', 0)],
    });
    const after = Date.UTC(2025, 2, 11, 13) + 72 * HOUR;
    const e1 = report(scenario, after).items.find((i) => i.content === 'E1')!;
    expect(e1.previousIndex).toBe(68); // 3/4 alone: 10 of 10 opened
    expect(e1.index).toBe(49); // 3/4 + 3/11: 10 of 40 opened
    expect(e1.trend).toBe('down');
    const e2 = e1 && report(scenario, after).items.find((i) => i.content === 'E2')!;
    expect(e2).toMatchObject({ volume: 10, lowVolume: true, index: 68, trend: null });
  });

  it('R56: sampled unsubscribes lower the index and block the person at later casts', () => {
    const scenario = program({ cohorts: [cohort('u', 40, '2025-03-03', 0, 0, 1)] });
    const { items } = report(scenario);
    const e1 = items.find((i) => i.content === 'E1')!;
    expect(e1.index).toBe(0);
    expect(items.find((i) => i.content === 'E2')!.casts).toEqual([]);
  });
});

describe('the index of a preview result (its frame and merged counters)', () => {
  it('R57: the frame gives every item the same casts, index, trend and badge as the plan', () => {
    const compiled = compileScenario(previewProgram());
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
    const plan = compiled.plan;
    const frame = buildFrame(plan);
    const run = startPreview(plan, frame);
    run.step(Infinity);
    const { counters } = run.aggregates();
    for (const asOf of [Date.UTC(2025, 2, 20), Date.UTC(2025, 3, 15), undefined]) {
      const fromFrame = frameEngagement(frame, counters, asOf);
      expect(fromFrame).toEqual(engagementReport(plan, counters, asOf));
      // Not vacuous: emails scored, a trend, a program item, casts in two streams.
      if (asOf === undefined) {
        expect(fromFrame.filter((i) => i.index !== null).length).toBeGreaterThan(3);
        expect(fromFrame.some((i) => i.trend !== null)).toBe(true);
        expect(fromFrame.find((i) => i.content === 'P1')!.casts.length).toBeGreaterThan(0);
        expect(new Set(fromFrame.filter((i) => i.casts.length > 0).map((i) => i.stream)).size).toBe(
          3,
        );
      }
    }
    expect(frameEndAt(frame)).toBe(plan.range.endAt);
  });
});
