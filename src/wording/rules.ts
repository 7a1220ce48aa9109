/** Transition rules in words, in the reader's language: "fills out form F-demo or opens E2". */
import type { TFunction } from 'i18next';
import type { TransitionRule, Trigger } from '../model';
import type { Names } from './names';

function triggerText(t: TFunction, trigger: Trigger, names: Names): string {
  switch (trigger.type) {
    case 'attributeChanged':
      return trigger.to
        ? t('rule.attributeChangedTo', {
            attribute: trigger.attribute,
            op: trigger.to.op,
            value: JSON.stringify(trigger.to.value),
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

/** "fills out form F-demo or opens E2 (+1 condition)": the edge label. The source lane is the edge. */
export function ruleSummary(t: TFunction, rule: TransitionRule, names: Names): string {
  const triggers = rule.triggers.map((tr) => triggerText(t, tr, names)).join(t('rule.or'));
  const others = (rule.filters ?? []).filter((f) => f.type !== 'inStream').length;
  return others > 0 ? triggers + t('rule.moreFilters', { count: others }) : triggers;
}
