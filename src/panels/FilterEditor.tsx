/** One filter (smart-list condition, R51): its type and the pickers that type needs. */
import { useTranslation } from 'react-i18next';
import type { Filter, FilterType } from '../model';
import { AttributeInput } from './AttributeInput';
import { optionsOf, type Choices } from './choices';
import { ConditionFields } from './ConditionFields';
import { PartFieldset } from './PartFieldset';
import { defaultFilter, FILTER_TYPES } from './ruleDefaults';
import { SelectField } from './SelectField';

const ANY = '';

export function FilterEditor({
  filter,
  number,
  choices,
  onChange,
  onRemove,
}: {
  filter: Filter;
  number: number;
  choices: Choices;
  onChange: (filter: Filter, typing?: boolean) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const changeType = (type: FilterType) => {
    const next = defaultFilter(type, choices, filter);
    if (next) onChange(next);
  };
  return (
    <PartFieldset
      legend={t('inspector.filter.legend', { n: number })}
      removeLabel={t('inspector.filter.remove', { n: number })}
      onRemove={onRemove}
    >
      <SelectField<FilterType>
        label={t('inspector.filter.type')}
        value={filter.type}
        options={FILTER_TYPES.map((type) => ({
          value: type,
          label: t(`inspector.filter.types.${type}`),
          disabled: defaultFilter(type, choices) === null,
        }))}
        onChange={changeType}
      />
      <FilterPickers filter={filter} choices={choices} onChange={onChange} />
    </PartFieldset>
  );
}

function FilterPickers({
  filter,
  choices,
  onChange,
}: {
  filter: Filter;
  choices: Choices;
  onChange: (filter: Filter, typing?: boolean) => void;
}) {
  const { t } = useTranslation();
  switch (filter.type) {
    case 'attribute':
      return (
        <>
          <AttributeInput
            value={filter.attribute}
            onChange={(attribute) => onChange({ ...filter, attribute }, true)}
          />
          <ConditionFields
            condition={filter}
            onChange={({ op, value }, typing) => onChange({ ...filter, op, value }, typing)}
          />
        </>
      );
    case 'received':
      return (
        <SelectField
          label={t('inspector.filter.content')}
          value={filter.content}
          options={optionsOf(choices.contents, filter.content)}
          onChange={(content) => onChange({ ...filter, content })}
        />
      );
    case 'opened':
    case 'clicked':
      return (
        <SelectField
          label={t('inspector.filter.email')}
          value={filter.content ?? ANY}
          options={[
            { value: ANY, label: t('inspector.anyEmail') },
            ...optionsOf(choices.emails, filter.content),
          ]}
          onChange={(content) => {
            const next = { ...filter };
            if (content === ANY) delete next.content;
            else next.content = content;
            onChange(next);
          }}
        />
      );
    case 'exhausted':
      return (
        <SelectField
          label={t('inspector.filter.value')}
          value={String(filter.value)}
          options={[
            { value: 'true', label: t('inspector.filter.exhaustedYes') },
            { value: 'false', label: t('inspector.filter.exhaustedNo') },
          ]}
          onChange={(v) => onChange({ ...filter, value: v === 'true' })}
        />
      );
    case 'cadence':
      return (
        <SelectField<'normal' | 'paused'>
          label={t('inspector.filter.value')}
          value={filter.value}
          options={[
            { value: 'normal', label: t('inspector.filter.normal') },
            { value: 'paused', label: t('inspector.filter.paused') },
          ]}
          onChange={(value) => onChange({ ...filter, value })}
        />
      );
    case 'inStream':
      return (
        <SelectField
          label={t('inspector.filter.stream')}
          value={filter.stream}
          options={optionsOf(choices.streams, filter.stream)}
          onChange={(stream) => onChange({ ...filter, stream })}
        />
      );
  }
}
