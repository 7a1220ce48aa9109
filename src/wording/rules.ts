/**
 * Transition rules and batch moves in words, in the reader's language: "fills out form F-demo or
 * score changes to more than 50", "clicks a link in any email of Early". Never an operator code.
 */
import type { TFunction } from 'i18next';
import { triggerParts, driftFrom, isOutdated, type TriggerGroup } from '../document/triggerGroups';
import type { BatchMove, Scalar, Scenario, TransitionRule, Trigger } from '../model';
import { filtersText } from './filters';
import { namesIn, type Names } from './names';
import { eitherOf, valueText } from './values';

export function triggerText(t: TFunction, trigger: Trigger, names: Names): string {
  switch (trigger.type) {
    case 'attributeChanged':
      return trigger.to
        ? t(`rule.changesTo.${trigger.to.op}`, {
            attribute: trigger.attribute,
            value: valueText(t, trigger.to.value as Scalar | Scalar[]),
          })
        : t('rule.attributeChanged', { attribute: trigger.attribute });
    case 'fillsOutForm':
      return trigger.form
        ? t('rule.fillsOutForm', { form: trigger.form })
        : t('rule.fillsOutAnyForm');
    case 'clicksEmail':
      return trigger.content
        ? t('rule.clicksEmail', { content: names.content(trigger.content) })
        : t('rule.clicksAnyEmail');
    case 'opensEmail':
      return trigger.content
        ? t('rule.opensEmail', { content: names.content(trigger.content) })
        : t('rule.opensAnyEmail');
    case 'addedToProgram':
      return t('rule.addedToProgram');
    case 'streamChanged':
      return trigger.to
        ? t('rule.streamChanged', { stream: names.stream(trigger.to) })
        : t('rule.streamChangedAny');
  }
}

/**
 * "clicks a link in any email of Early"; once Early's emails have changed, what the group still
 * names: "clicks a link in Welcome or Offer (once all emails of Early)".
 */
export function groupText(t: TFunction, group: TriggerGroup, names: Names): string {
  const stream = names.stream(group.stream);
  const now = names.emailsOf(group.stream) ?? [];
  if (!isOutdated(driftFrom(group, now)))
    return t(group.type === 'clicksEmail' ? 'rule.clicksAnyOf' : 'rule.opensAnyOf', { stream });
  return t(group.type === 'clicksEmail' ? 'rule.clicksSomeOf' : 'rule.opensSomeOf', {
    stream,
    emails: eitherOf(t, group.contents.map(names.content)),
  });
}

const streamsOf = (names: Names) => ({ has: (id: string) => names.emailsOf(id) !== undefined });

/** Each trigger of the rule in words, a group of them as one ("any email of Early"). */
export function triggerTexts(t: TFunction, rule: TransitionRule, names: Names): string[] {
  return triggerParts(rule.triggers, streamsOf(names)).map((part) =>
    part.kind === 'one' ? triggerText(t, part.trigger, names) : groupText(t, part.group, names),
  );
}

/**
 * "fills out form F-demo or opens E2 (+1 condition)": the edge label. The source lane is the edge.
 * A rule drawn but not given a trigger yet says so.
 */
export function ruleSummary(t: TFunction, rule: TransitionRule, names: Names): string {
  if (rule.triggers.length === 0) return t('rule.noTrigger');
  const triggers = triggerTexts(t, rule, names).join(t('rule.or'));
  const others = (rule.filters ?? []).filter((f) => f.type !== 'inStream').length;
  return others > 0 ? triggers + t('rule.moreFilters', { count: others }) : triggers;
}

/**
 * A batch move's edge label: "when exhausted · daily 07:00" for the usual one (R41), else its
 * conditions in words ("score is at least 50 · daily 07:00"), or "everyone · daily 07:00".
 */
export function batchLabel(t: TFunction, batch: BatchMove, time: string, names: Names): string {
  const filters = batch.filters ?? [];
  if (filters.length === 0) return t('rule.batchAll', { time });
  const only = filters[0];
  if (filters.length === 1 && only?.type === 'exhausted' && only.value)
    return t('rule.batch', { time });
  return t('rule.batchIf', { time, conditions: filtersText(t, filters, names) });
}

/** "t3 into Late and t4 into Won": rules left out of an exported file (no trigger yet). */
export function omittedRulesText(
  t: TFunction,
  doc: Scenario,
  omitted: readonly { stream: string; rule: string }[],
): string {
  const names = namesIn(doc);
  return t('inspector.selection.list', {
    values: omitted.map((d) =>
      t('editor.omittedRule', { rule: d.rule, stream: names.stream(d.stream) }),
    ),
  });
}
