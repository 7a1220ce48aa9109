/**
 * A comparison: operator, value type and value. Shared by attribute filters and the "changes to"
 * condition of an attributeChanged trigger. A value that does not fit its type is not applied.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPERATORS, type Operator } from '../model';
import {
  convertValue,
  isListOp,
  parseValue,
  valueText,
  valueTypeOf,
  type ConditionValue,
  type ValueType,
} from './conditionValue';
import { DraftInput } from './DraftInput';
import { SelectField } from './SelectField';

/** Operator and value; the caller keeps any other key of its condition. */
export interface Comparison {
  op: Operator;
  value: ConditionValue;
}

const VALUE_TYPES: readonly ValueType[] = ['string', 'number', 'boolean'];

export function ConditionFields({
  condition,
  onChange,
}: {
  condition: Comparison;
  /** `typing`: a keystroke in the value, so a typed word is one undo step. */
  onChange: (condition: Comparison, typing?: boolean) => void;
}) {
  const { t } = useTranslation();
  const { op, value } = condition;
  const list = isListOp(op);
  // An empty list shows no type: remember the one chosen, so "10, 20" stays numbers.
  const [chosen, setChosen] = useState<ValueType>(valueTypeOf(value) ?? 'string');
  const type = valueTypeOf(value) ?? chosen;
  const changeOp = (next: Operator) =>
    onChange({ op: next, value: convertValue(value, type, isListOp(next)) });
  const changeType = (next: ValueType) => {
    setChosen(next);
    onChange({ op, value: convertValue(value, next, list) });
  };
  const problem = t(list ? 'inspector.errors.valueList' : 'inspector.errors.value', {
    type: t(`inspector.condition.types.${type}`),
  });
  return (
    <div className="condition">
      <div className="field-row">
        <SelectField<Operator>
          label={t('inspector.condition.op')}
          value={op}
          options={OPERATORS.map((o) => ({ value: o, label: t(`inspector.op.${o}`) }))}
          onChange={changeOp}
        />
        <SelectField<ValueType>
          label={t('inspector.condition.type')}
          value={type}
          options={VALUE_TYPES.map((v) => ({
            value: v,
            label: t(`inspector.condition.types.${v}`),
          }))}
          onChange={changeType}
        />
      </div>
      {type === 'boolean' && !list ? (
        <SelectField
          label={t('inspector.condition.value')}
          value={String(value)}
          options={[
            { value: 'true', label: t('inspector.condition.true') },
            { value: 'false', label: t('inspector.condition.false') },
          ]}
          onChange={(v) => onChange({ op, value: v === 'true' })}
        />
      ) : (
        <DraftInput
          label={t(list ? 'inspector.condition.values' : 'inspector.condition.value')}
          hint={list ? t('inspector.condition.listHint') : undefined}
          inputMode={type === 'number' && !list ? 'decimal' : undefined}
          value={valueText(value)}
          check={(text) => (parseValue(text, type, list) === undefined ? problem : null)}
          same={(text, current) =>
            JSON.stringify(parseValue(text, type, list)) ===
            JSON.stringify(parseValue(current, type, list))
          }
          onCommit={(text) => onChange({ op, value: parseValue(text, type, list)! }, true)}
        />
      )}
    </div>
  );
}
