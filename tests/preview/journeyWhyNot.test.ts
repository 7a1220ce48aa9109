// "Why not?" in words: every outcome a happening can have for a rule (R47, R49, semantics 20-21),
// and, when nothing ever matched, which triggers never happened.
import { describe, expect, it } from 'vitest';
import type { RuleWhyNot, WhyNotAnswer } from '../../src/engine';
import {
  filtersText,
  happeningLine,
  neverText,
  outcomeText,
  triggersText,
  whyNotProblem,
} from '../../src/preview/journey/wording/whyNot';
import { explained, plain, rulesProgram, shared, type Explained } from './journeyScenarios';

function rulesOf(answer: WhyNotAnswer): RuleWhyNot[] {
  if (!answer.ok) throw new Error(answer.problem);
  return answer.rules;
}

/** Each happening of the rule, worded with its outcome: "<when>: ann ...: not moved: ...". */
const lines = (e: Explained, rule: string) =>
  rulesOf(e.whyNot(rule)).flatMap((r) =>
    r.happenings.map(
      (h) => `${plain(happeningLine(e.w, h))}: ${outcomeText(e.w, h.outcome, r.rule.stream)}`,
    ),
  );

describe('why a rule did or did not move a person', () => {
  const ann = explained(rulesProgram(), 'ann');

  it('not a member yet, a filter failed with the value found, moved, already there', () => {
    expect(lines(ann, 't-score')).toEqual([
      'Mar 2, 2025, 10:00 AM: ann had score changed to 70: not moved: ann was not in the program then',
      'Mar 5, 2025, 10:00 AM: ann had score changed to 40: not moved: a filter failed: score is at least 50 (found 40)',
      'Mar 5, 2025, 11:00 AM: ann had score changed to 55: moved ann to Late',
      'Mar 5, 2025, 12:00 PM: ann had score changed to 60: not moved: ann was already in Late',
    ]);
    const [rule] = rulesOf(ann.whyNot('t-score'));
    expect(triggersText(ann.w, rule!)).toBe('Fires when the person had score changed');
    expect(filtersText(ann.w, rule!)).toBe('Only if: score is at least 50');
  });

  it('another rule moved her first (R49: the lowest display index wins)', () => {
    expect(lines(ann, 't-form2')[1]).toBe(
      'Mar 10, 2025, 10:00 AM: ann filled out form F1: not moved: rule t-form into Late moved ann first',
    );
  });

  it('a chain of moves stops at the limit (semantics 20)', () => {
    expect(lines(ann, 't-back')).toContain(
      'Mar 7, 2025, 10:00 AM: ann moved into Loop (a chained move): not moved: a chain of moves from one happening stops after 5',
    );
  });

  it('ex04: Cara’s form moved her to Late', () => {
    const cara = explained(shared('ex04-transition-dedup'), 'cara');
    expect(lines(cara, 't-demo')).toEqual([
      'Mar 14, 2025, 12:00 PM: cara filled out form F-demo: moved cara to Late',
    ]);
    const [rule] = rulesOf(cara.whyNot('t-demo'));
    expect(filtersText(cara.w, rule!)).toBe('No filters.');
  });
});

describe('when nothing ever matched a rule', () => {
  const doc = shared('ex04-transition-dedup');
  doc.events = doc.events!.filter((e) => e.type !== 'fillsOutForm');

  it('says which triggers never happened, in every language', () => {
    const texts = ['en', 'de', 'fr'].map((language) => {
      const cara = explained(doc, 'cara', language);
      const [rule] = rulesOf(cara.whyNot('t-demo'));
      expect(rule!.happenings).toEqual([]);
      return neverText(cara.w, rule!);
    });
    expect(texts).toEqual([
      'cara never filled out form F-demo.',
      'Bei cara kam nie vor: Ausfüllen des Formulars F-demo.',
      'cara n’a jamais rempli le formulaire F-demo.',
    ]);
  });

  it('joins several triggers: "never moved into Early, nor opened E2"', () => {
    const ann = explained(rulesProgram(), 'ann');
    const [loop] = rulesOf(ann.whyNot('t-loop'));
    expect(neverText(ann.w, { ...loop!, happenings: [] })).toBe(
      'ann never moved into Early, nor opened E2.',
    );
  });

  it('says plainly when the rule or person is not in the simulated program', () => {
    const ann = explained(rulesProgram(), 'ann');
    const answer = ann.whyNot('t-new');
    if (answer.ok) throw new Error('t-new should be unknown');
    expect(whyNotProblem(ann.w, answer, 't-new', 'S2')).toBe(
      'Rule t-new is not in the simulated program yet; wait for the new simulation.',
    );
  });
});
