/**
 * A transition rule on its destination stream (R47-R51): any trigger fires it, then all filters
 * must hold. At least one trigger stays (the last one cannot be removed).
 */
import { useTranslation } from 'react-i18next';
import { removeRule, updateRule } from '../document/actions/rules';
import type { Stream, TransitionRule, Trigger, TriggerType } from '../model';
import { editorStore } from '../store/useEditor';
import { AddPart } from './AddPart';
import { DeleteButton } from './DeleteButton';
import { FilterListEditor } from './FilterListEditor';
import { defaultTrigger, TRIGGER_TYPES } from './ruleDefaults';
import { RuleSummary } from './RuleSummary';
import { Section } from './Section';
import { TriggerEditor } from './TriggerEditor';
import { useChoices } from './useChoices';

export function RuleInspector({ stream, rule }: { stream: Stream; rule: TransitionRule }) {
  const { t } = useTranslation();
  const choices = useChoices();
  const save = (next: TransitionRule, typing?: boolean) =>
    editorStore.getState().apply(updateRule, { stream: stream.id, rule: next, typing });
  const setTriggers = (triggers: Trigger[], typing?: boolean) =>
    save({ ...rule, triggers }, typing);
  const lastOne = rule.triggers.length === 1;
  return (
    <>
      <p className="inspector__context">
        {t('inspector.rule.into', { stream: stream.name || stream.id })}
      </p>
      <RuleSummary rule={rule} />
      <Section title={t('inspector.rule.triggers')} hint={t('inspector.rule.triggersHint')}>
        <div className="parts">
          {rule.triggers.map((trigger, index) => (
            <TriggerEditor
              key={index}
              trigger={trigger}
              number={index + 1}
              choices={choices}
              onChange={(next, typing) =>
                setTriggers(
                  rule.triggers.map((tr, i) => (i === index ? next : tr)),
                  typing,
                )
              }
              onRemove={() => setTriggers(rule.triggers.filter((_, i) => i !== index))}
              removeBlocked={lastOne ? t('inspector.trigger.lastOne') : undefined}
            />
          ))}
          <AddPart<TriggerType>
            typeLabel={t('inspector.trigger.newType')}
            buttonLabel={t('inspector.trigger.add')}
            initial="fillsOutForm"
            options={TRIGGER_TYPES.map((type) => ({
              value: type,
              label: t(`inspector.trigger.types.${type}`),
            }))}
            onAdd={(type) => setTriggers([...rule.triggers, defaultTrigger(type)])}
          />
        </div>
      </Section>
      <Section title={t('inspector.rule.filters')} hint={t('inspector.rule.filtersHint')}>
        <FilterListEditor
          filters={rule.filters ?? []}
          empty={t('inspector.rule.noFilters')}
          onChange={(filters, typing) => save({ ...rule, filters }, typing)}
        />
      </Section>
      <DeleteButton
        label={t('inspector.rule.delete')}
        onDelete={() =>
          editorStore
            .getState()
            .apply(removeRule, { stream: stream.id, rule: rule.id }, { select: [] })
        }
      />
    </>
  );
}
