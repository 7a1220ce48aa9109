// Playback's pure parts: the cast days it steps through and what the canvas shows at one of them,
// checked against a small program worked out by hand (the rule book's Nurture-A with three people).
import { describe, expect, it } from 'vitest';
import type { ScenarioEvent } from '../../src/model';
import { castDays, castPosition, stepDay } from '../../src/simulation/derive/castDays';
import { castScene, laneStanding, movedAlong } from '../../src/simulation/derive/castScene';
import { followedPlace } from '../../src/simulation/derive/followedPlace';
import { explainPerson } from '../../src/engine';
import { planOf } from '../preview/journeyScenarios';
import { dayOfIso } from '../../src/simulation/derive/dates';
import { nurtureA, withPeople } from '../fixtures/builders';
import { previewResult } from '../preview/result';

const add = (person: string, at: string): ScenarioEvent =>
  ({ at, type: 'add', person, stream: 'S1' }) as ScenarioEvent;

/**
 * Early (S1) casts on Tuesdays, Late (S2) on Thursdays, both at 09:00. Ann and Cara join Early on
 * Monday 3 March, Ben on Tuesday 4 March at 09:30, after that day's cast. Cara fills out the demo
 * form on Wednesday 5 March and moves to Late.
 */
const doc = withPeople(
  nurtureA(),
  ['ann', 'ben', 'cara'],
  [
    add('ann', '2025-03-03T10:00'),
    add('cara', '2025-03-03T10:00'),
    add('ben', '2025-03-04T09:30'),
    {
      at: '2025-03-05T12:00',
      type: 'fillsOutForm',
      person: 'cara',
      form: 'F-demo',
    } as ScenarioEvent,
  ],
);
const result = previewResult(doc);
const { frame } = result;
const day = dayOfIso;
const content = (id: string) => frame.contentIds.indexOf(id);

describe('cast days', () => {
  it('lists every day with a cast of any stream, or of one stream, in order', () => {
    const any = castDays(frame);
    expect(any.slice(0, 4)).toEqual([
      day('2025-03-04'),
      day('2025-03-06'),
      day('2025-03-11'),
      day('2025-03-13'),
    ]);
    expect(new Set(any).size).toBe(any.length);
    expect(castDays(frame, 1).slice(0, 2)).toEqual([day('2025-03-06'), day('2025-03-13')]);
    expect(any.at(-1)).toBeLessThanOrEqual(frame.untilDay);
  });

  it('steps forward and back by lookup, stopping at either end', () => {
    const days = castDays(frame);
    expect(stepDay(days, day('2025-03-04'), 1)).toBe(day('2025-03-06'));
    expect(stepDay(days, day('2025-03-05'), 1)).toBe(day('2025-03-06'));
    expect(stepDay(days, day('2025-03-11'), -1)).toBe(day('2025-03-06'));
    expect(stepDay(days, days[0]!, -1)).toBeUndefined();
    expect(stepDay(days, days.at(-1)!, 1)).toBeUndefined();
    expect(castPosition(days, day('2025-03-12'))).toBe(2);
    expect(castPosition(days, day('2025-03-01'))).toBe(0);
  });
});

describe('the scene at a cast day', () => {
  it('on 4 March: Ann and Cara get E1; Ben, who joined after the cast, is a member but got nothing', () => {
    const scene = castScene(result, day('2025-03-04'));
    const [early, late] = scene.streams;
    expect(early).toMatchObject({ cast: true, normal: 3, paused: 0, exhausted: 0 });
    expect([...early!.received]).toEqual([[content('E1'), 2]]);
    expect(late).toMatchObject({ cast: false, normal: 0 });
    expect(scene.moves).toEqual([{ from: -1, to: 0, count: 1 }]);
  });

  it('on 5 March (no cast): Cara moves from Early to Late', () => {
    const scene = castScene(result, day('2025-03-05'));
    expect(scene.moves).toEqual([{ from: 0, to: 1, count: 1 }]);
    expect(scene.streams.map((s) => s.normal)).toEqual([2, 1]);
    expect(scene.streams.every((s) => !s.cast && s.received.size === 0)).toBe(true);
  });

  it('on 6 March: Cara gets Late’s first email', () => {
    const [early, late] = castScene(result, day('2025-03-06')).streams;
    expect(early!.cast).toBe(false);
    expect([...late!.received]).toEqual([[content('E2'), 1]]);
  });

  it('on 11 March: Ann gets E2 and Ben his first, E1', () => {
    const [early] = castScene(result, day('2025-03-11')).streams;
    expect(new Map(early!.received)).toEqual(
      new Map([
        [content('E1'), 1],
        [content('E2'), 1],
      ]),
    );
  });

  it('Ann runs dry at the cast that sends her E3 (18 March), Ben a week later; both stay', () => {
    const ann = castScene(result, day('2025-03-18')).streams[0]!;
    expect(new Map(ann.received).get(content('E3'))).toBe(1);
    expect(ann).toMatchObject({ newlyExhausted: 1, exhausted: 1, normal: 1 });
    const ben = castScene(result, day('2025-03-25')).streams[0]!;
    expect(ben).toMatchObject({ newlyExhausted: 1, exhausted: 2, normal: 0 });
    expect(castScene(result, day('2025-04-29')).streams[0]!.exhausted).toBe(2);
  });

  it('is the same object for the same day (cached), and counts from the columns alone', () => {
    expect(castScene(result, day('2025-03-11'))).toBe(castScene(result, day('2025-03-11')));
  });
});

describe('how a lane’s people stand, and who moves along an edge', () => {
  it('on 4 March: two on E1, Ben waiting; nobody paused or at the end', () => {
    const early = castScene(result, day('2025-03-04')).streams[0]!;
    expect(laneStanding(early)).toEqual({ onCards: 2, atEnd: 0, paused: 0, waiting: 1 });
  });

  it('on 18 March: Ann on E3 though she just ran dry, Ben on E2', () => {
    const early = castScene(result, day('2025-03-18')).streams[0]!;
    expect(laneStanding(early)).toEqual({ onCards: 2, atEnd: 0, paused: 0, waiting: 0 });
  });

  it('on 25 March: Ben on E3; Ann, dry a week already, at the lane’s end', () => {
    const early = castScene(result, day('2025-03-25')).streams[0]!;
    expect(laneStanding(early)).toEqual({ onCards: 1, atEnd: 1, paused: 0, waiting: 0 });
  });

  it('counts Cara’s move on the Early to Late edge and on a rule from any stream, not on joins', () => {
    const scene = castScene(result, day('2025-03-05'));
    expect(movedAlong(scene, 0, 1)).toBe(1);
    expect(movedAlong(scene, 'any', 1)).toBe(1);
    expect(movedAlong(scene, -1, 1)).toBe(0);
    expect(movedAlong(scene, 1, 0)).toBe(0);
    expect(movedAlong(castScene(result, day('2025-03-03')), -1, 0)).toBe(2);
  });
});

describe('a followed person’s place', () => {
  const placeOf = (person: string, iso: string) =>
    followedPlace(person, explainPerson(planOf(doc), person)!.steps, frame, day(iso));

  it('follows Cara onto E1, along the move to Late, and onto Late’s first email', () => {
    expect(placeOf('cara', '2025-03-03')).toMatchObject({ stream: 'S1', content: null });
    expect(placeOf('cara', '2025-03-04')).toMatchObject({
      stream: 'S1',
      content: 'E1',
      moved: null,
    });
    expect(placeOf('cara', '2025-03-05')).toMatchObject({
      stream: 'S2',
      content: null,
      moved: { from: 'S1', to: 'S2' },
    });
    expect(placeOf('cara', '2025-03-06')).toMatchObject({
      stream: 'S2',
      content: 'E2',
      moved: null,
    });
  });

  it('is nowhere before joining, and exhausted once Ann has had E3', () => {
    expect(placeOf('ben', '2025-03-03').stream).toBeNull();
    expect(placeOf('ben', '2025-03-04')).toMatchObject({ stream: 'S1', content: null });
    expect(placeOf('ann', '2025-03-17')).toMatchObject({ exhausted: false });
    expect(placeOf('ann', '2025-03-18')).toMatchObject({ content: 'E3', exhausted: true });
  });
});
