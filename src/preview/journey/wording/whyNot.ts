/** "Why did rule t-demo never move Ann?" in words (R47, R49, semantics 20-21). */
import type { RuleHappening, RuleOutcome, RuleWhyNot, WhyNotAnswer } from '../../../engine';
import { when, type Wording } from './context';
import { checkText, filterText, happeningText, triggerText } from './values';

export function outcomeText(w: Wording, outcome: RuleOutcome, stream: string): string {
  const t = w.t;
  const person = w.person;
  switch (outcome.result) {
    case 'moved':
      return t('preview.journey.whyNot.moved', { person, stream: w.stream(stream) });
    case 'notMember':
      return t('preview.journey.whyNot.notMember', { person });
    case 'alreadyInStream':
      return t('preview.journey.whyNot.alreadyInStream', { person, stream: w.stream(stream) });
    case 'filterFailed': {
      const failed = outcome.filters.filter((c) => !c.holds);
      return t('preview.journey.whyNot.filterFailed', {
        count: failed.length,
        checks: failed.map((c) => checkText(w, c)).join(t('preview.journey.whyNot.and')),
      });
    }
    case 'otherRuleWon':
      return t('preview.journey.whyNot.otherRuleWon', {
        rule: outcome.winner.id,
        stream: w.stream(outcome.winner.stream),
        person,
      });
    case 'chainLimit':
      return t('preview.journey.whyNot.chainLimit', { count: outcome.moves });
  }
}

/** "Mar 14, 2025, 12:00 PM: cara filled out form F-demo", before its outcome. */
export function happeningLine(w: Wording, h: RuleHappening): string {
  return w.t('preview.journey.whyNot.at', {
    time: when(w, h.at),
    person: w.person,
    happening: happeningText(w, h.happening),
  });
}

/** "Fires when the person filled out form F-demo, or clicked E2". */
export function triggersText(w: Wording, rule: RuleWhyNot): string {
  return w.t('preview.journey.whyNot.triggers', {
    list: rule.triggers.map((tr) => triggerText(w, tr)).join(w.t('preview.journey.whyNot.or')),
  });
}

export function filtersText(w: Wording, rule: RuleWhyNot): string {
  if (rule.filters.length === 0) return w.t('preview.journey.whyNot.noFilters');
  return w.t('preview.journey.whyNot.filters', {
    list: rule.filters.map((f) => filterText(w, f)).join(w.t('preview.journey.whyNot.and')),
  });
}

/** When nothing ever matched: "Ann never filled out form F-demo, nor clicked E2." */
export function neverText(w: Wording, rule: RuleWhyNot): string {
  return w.t('preview.journey.whyNot.never', {
    person: w.person,
    what: rule.triggers.map((tr) => triggerText(w, tr)).join(w.t('preview.journey.whyNot.nor')),
  });
}

/** Why there is no answer: the person or rule is not in the simulated program. */
export function whyNotProblem(
  w: Wording,
  answer: Extract<WhyNotAnswer, { ok: false }>,
  rule: string,
  stream: string,
): string {
  return w.t(`preview.journey.whyNot.${answer.problem}`, {
    person: w.person,
    rule,
    stream: w.stream(stream),
  });
}
