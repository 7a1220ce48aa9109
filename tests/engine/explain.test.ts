import { describe, expect, it } from 'vitest';
import { explainPerson } from '../../src/engine';
import { castOn, examplePlan as planOf } from './explainHelpers';

describe('per-person explanations', () => {
  it('example 4: Cara is not sent E2 in S2 because she had it on 3/11 in S1 (R14, R50)', () => {
    const cara = explainPerson(planOf('ex04-transition-dedup'), 'cara');
    const cast = castOn(cara, '2025-03-20');
    expect(cast.stream).toBe('S2');
    expect(cast.items.map((i) => [i.content, i.verdict])).toEqual([
      ['E2', 'consumed'],
      ['E4', 'sent'],
      ['E5', 'notReached'],
    ]);
    expect(cast.items[0]).toMatchObject({ on: '2025-03-11', stream: 'S1' });
    expect(cara!.steps.find((s) => s.kind === 'move' && s.cause === 'rule:t-demo')).toMatchObject({
      from: 'S1',
      to: 'S2',
    });
  });

  it('example 6: E2 is passed over on 3/11 because its window opens 3/15 (R9), and she is exhausted (R38)', () => {
    const cast = castOn(explainPerson(planOf('ex06-availability-window'), 'eve'), '2025-03-11');
    expect(cast.items[1]).toMatchObject({
      content: 'E2',
      verdict: 'notYetAvailable',
      from: '2025-03-15',
    });
    expect(cast.items[2]).toMatchObject({ content: 'E3', verdict: 'sent' });
    expect(cast.newlyExhausted).toBe(true);
  });

  it('example 7: Ivan skips P1 as its member since before the simulation (R28, R15); Gus fails its smart list (R29)', () => {
    const plan = planOf('ex07-program-filter');
    expect(castOn(explainPerson(plan, 'ivan'), '2025-03-11').items[1]).toEqual({
      content: 'P1',
      name: 'P1',
      verdict: 'programMember',
      since: 'prior',
    });
    expect(castOn(explainPerson(plan, 'gus'), '2025-03-11').items[1]).toMatchObject({
      verdict: 'programRan',
      qualified: false,
    });
  });

  it('example 8 and 5: blocked while unsubscribed (R27); nothing walked while paused (R54)', () => {
    const jo = castOn(explainPerson(planOf('ex08-unsubscribe'), 'jo'), '2025-03-11');
    expect(jo.items.map((i) => i.verdict)).toEqual(['consumed', 'blocked', 'notReached']);
    const dev = castOn(explainPerson(planOf('ex05-pause-resume'), 'dev'), '2025-03-11');
    expect(dev.status).toBe('paused');
  });

  it('names no one who is not in the file', () => {
    expect(explainPerson(planOf('ex01-basic-run'), 'nobody')).toBeNull();
  });
});
