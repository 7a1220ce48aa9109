/**
 * A transition rule on its destination stream (R47-R51): any trigger fires it, then all filters
 * must hold. A rule drawn on the canvas starts without a trigger and the builder asks for one
 * (TriggerPrompt); from then on at least one trigger stays (the last one cannot be removed).
 * "Any email of stream X" is one entry here and one trigger per email in the file.
 */
import { useTranslation } from 'react-i18next';
import { removeRule, updateRule } from '../document/actions/rules';
import { triggerParts, triggersOfParts, type TriggerPart } from '../document/triggerGroups';
import type { Stream, TransitionRule, TriggerType } from '../model';
import { editorStore } from '../store/useEditor';
import { useNames } from '../wording/useNames';
import { AddPart } from './AddPart';
import { DeleteButton } from './DeleteButton';
import { FilterListEditor } from './FilterListEditor';
import { defaultTrigger, TRIGGER_TYPES } from './ruleDefaults';
import { RuleSummary } from './RuleSummary';
import { Section } from './Section';
import { TriggerEditor } from './TriggerEditor';
import { TriggerPrompt } from './TriggerPrompt';
import { useChoices } from './useChoices';

export function RuleInspector({ stream, rule }: { stream: Stream; rule: TransitionRule }) {
  const { t } = useTranslation();
  const choices = useChoices();
  const names = useNames();
  const streamName = stream.name || stream.id;
  const save = (next: TransitionRule, typing?: boolean) =>
    editorStore.getState().apply(updateRule, { stream: stream.id, rule: next, typing });
  const parts = triggerParts(rule.triggers, { has: (id) => names.emailsOf(id) !== undefined });
  const setParts = (next: TriggerPart[], typing?: boolean) =>
    save({ ...rule, triggers: triggersOfParts(next) }, typing);
  const addTrigger = (type: TriggerType) =>
    setParts([...parts, { kind: 'one', trigger: defaultTrigger(type) }]);
  const lastOne = parts.length === 1;
  return (
    <>
      <p className="inspector__context">{t('inspector.rule.into', { stream: streamName })}</p>
      {parts.length === 0 ? (
        <TriggerPrompt stream={streamName} onChoose={addTrigger} />
      ) : (
        <>
          <RuleSummary rule={rule} />
          <Section title={t('inspector.rule.triggers')} hint={t('inspector.rule.triggersHint')}>
            <div className="parts">
              {parts.map((part, index) => (
                <TriggerEditor
                  key={index}
                  part={part}
                  number={index + 1}
                  choices={choices}
                  names={names}
                  rule={{ stream: stream.id, id: rule.id }}
                  onChange={(next, typing) =>
                    setParts(
                      parts.map((p, i) => (i === index ? next : p)),
                      typing,
                    )
                  }
                  onRemove={() => setParts(parts.filter((_, i) => i !== index))}
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
                onAdd={addTrigger}
              />
            </div>
          </Section>
        </>
      )}
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
