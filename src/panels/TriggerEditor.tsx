/**
 * One trigger of a transition rule (R47, R51), or one group of them ("any email of stream X",
 * src/document/triggerGroups.ts): its type and the pickers that type needs.
 */
import { useTranslation } from 'react-i18next';
import type { TriggerPart } from '../document/triggerGroups';
import type { Trigger, TriggerType } from '../model';
import type { Names } from '../wording/names';
import { AttributeInput } from './AttributeInput';
import { CheckboxField } from './CheckboxField';
import { optionsOf, type Choices } from './choices';
import { ConditionFields } from './ConditionFields';
import { DraftInput } from './DraftInput';
import { PartFieldset } from './PartFieldset';
import { defaultTrigger, TRIGGER_TYPES } from './ruleDefaults';
import { SelectField } from './SelectField';
import { TriggerEmailField } from './TriggerEmailField';
import { TriggerGroupNotice } from './TriggerGroupNotice';

const ANY = '';

/** The part with a new trigger type; a group stays one when it becomes opens or clicks. */
function withType(part: TriggerPart, type: TriggerType): TriggerPart {
  if (part.kind === 'group')
    return type === 'opensEmail' || type === 'clicksEmail'
      ? { kind: 'group', group: { ...part.group, type } }
      : { kind: 'one', trigger: defaultTrigger(type) };
  return { kind: 'one', trigger: defaultTrigger(type, part.trigger) };
}

export function TriggerEditor({
  part,
  number,
  choices,
  names,
  rule,
  onChange,
  onRemove,
  removeBlocked,
}: {
  part: TriggerPart;
  number: number;
  choices: Choices;
  names: Names;
  rule: { stream: string; id: string };
  onChange: (part: TriggerPart, typing?: boolean) => void;
  onRemove: () => void;
  removeBlocked?: string;
}) {
  const { t } = useTranslation();
  const type = part.kind === 'one' ? part.trigger.type : part.group.type;
  return (
    <PartFieldset
      legend={t('inspector.trigger.legend', { n: number })}
      removeLabel={t('inspector.trigger.remove', { n: number })}
      onRemove={onRemove}
      removeBlocked={removeBlocked}
    >
      <SelectField<TriggerType>
        label={t('inspector.trigger.type')}
        value={type}
        options={TRIGGER_TYPES.map((value) => ({
          value,
          label: t(`inspector.trigger.types.${value}`),
        }))}
        onChange={(next) => onChange(withType(part, next))}
      />
      {type === 'opensEmail' || type === 'clicksEmail' ? (
        <>
          <TriggerEmailField
            type={type}
            part={part}
            choices={choices}
            names={names}
            onChange={onChange}
          />
          {part.kind === 'group' && (
            <TriggerGroupNotice group={part.group} names={names} rule={rule} />
          )}
        </>
      ) : (
        part.kind === 'one' && (
          <TriggerPickers
            trigger={part.trigger}
            choices={choices}
            onChange={(trigger, typing) => onChange({ kind: 'one', trigger }, typing)}
          />
        )
      )}
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
    case 'opensEmail':
    case 'clicksEmail':
    case 'addedToProgram':
      return null;
  }
}
