/** One trigger of a transition rule (R47, R51): its type and the pickers that type needs. */
import { useTranslation } from 'react-i18next';
import type { Trigger, TriggerType } from '../model';
import { AttributeInput } from './AttributeInput';
import { CheckboxField } from './CheckboxField';
import { optionsOf, type Choices } from './choices';
import { ConditionFields } from './ConditionFields';
import { DraftInput } from './DraftInput';
import { PartFieldset } from './PartFieldset';
import { defaultTrigger, TRIGGER_TYPES } from './ruleDefaults';
import { SelectField } from './SelectField';

const ANY = '';

export function TriggerEditor({
  trigger,
  number,
  choices,
  onChange,
  onRemove,
  removeBlocked,
}: {
  trigger: Trigger;
  number: number;
  choices: Choices;
  onChange: (trigger: Trigger, typing?: boolean) => void;
  onRemove: () => void;
  removeBlocked?: string;
}) {
  const { t } = useTranslation();
  return (
    <PartFieldset
      legend={t('inspector.trigger.legend', { n: number })}
      removeLabel={t('inspector.trigger.remove', { n: number })}
      onRemove={onRemove}
      removeBlocked={removeBlocked}
    >
      <SelectField<TriggerType>
        label={t('inspector.trigger.type')}
        value={trigger.type}
        options={TRIGGER_TYPES.map((type) => ({
          value: type,
          label: t(`inspector.trigger.types.${type}`),
        }))}
        onChange={(type) => onChange(defaultTrigger(type, trigger))}
      />
      <TriggerPickers trigger={trigger} choices={choices} onChange={onChange} />
    </PartFieldset>
  );
}

/** `trigger` with an optional key set, or left out when `value` is undefined. */
function withOptional<T extends Trigger, K extends keyof T>(
  trigger: T,
  key: K,
  value: T[K] | undefined,
): T {
  const next = { ...trigger };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

function TriggerPickers({
  trigger,
  choices,
  onChange,
}: {
  trigger: Trigger;
  choices: Choices;
  onChange: (trigger: Trigger, typing?: boolean) => void;
}) {
  const { t } = useTranslation();
  switch (trigger.type) {
    case 'opensEmail':
    case 'clicksEmail':
      return (
        <SelectField
          label={t('inspector.trigger.email')}
          value={trigger.content ?? ANY}
          options={[
            { value: ANY, label: t('inspector.anyEmail') },
            ...optionsOf(choices.emails, trigger.content),
          ]}
          onChange={(id) => onChange(withOptional(trigger, 'content', id === ANY ? undefined : id))}
        />
      );
    case 'streamChanged':
      return (
        <SelectField
          label={t('inspector.trigger.stream')}
          value={trigger.to ?? ANY}
          options={[
            { value: ANY, label: t('inspector.anyStream') },
            ...optionsOf(choices.streams, trigger.to),
          ]}
          onChange={(id) => onChange(withOptional(trigger, 'to', id === ANY ? undefined : id))}
        />
      );
    case 'fillsOutForm':
      return (
        <DraftInput
          label={t('inspector.trigger.form')}
          hint={t('inspector.trigger.formHint')}
          value={trigger.form ?? ''}
          spellCheck={false}
          check={() => null}
          same={(text, current) => text.trim() === current}
          onCommit={(text) =>
            onChange(
              withOptional(trigger, 'form', text.trim() === '' ? undefined : text.trim()),
              true,
            )
          }
        />
      );
    case 'attributeChanged':
      return (
        <>
          <AttributeInput
            value={trigger.attribute}
            onChange={(attribute) => onChange({ ...trigger, attribute }, true)}
          />
          <CheckboxField
            label={t('inspector.trigger.onlyWhen')}
            checked={trigger.to !== undefined}
            onChange={(on) =>
              onChange(withOptional(trigger, 'to', on ? { op: 'gte', value: 50 } : undefined))
            }
          />
          {trigger.to && (
            <ConditionFields
              condition={trigger.to}
              onChange={({ op, value }, typing) =>
                onChange({ ...trigger, to: { ...trigger.to, op, value } }, typing)
              }
            />
          )}
        </>
      );
    case 'addedToProgram':
      return null;
  }
}
