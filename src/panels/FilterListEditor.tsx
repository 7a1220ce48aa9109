/**
 * A list of filters that must all hold (R47: no OR between filters): a rule's or batch move's
 * conditions, or a program item's smart list (R29). Shared by every inspector that has one.
 */
import { useTranslation } from 'react-i18next';
import type { Filter, FilterType } from '../model';
import { AddPart } from './AddPart';
import { FilterEditor } from './FilterEditor';
import { defaultFilter, FILTER_TYPES } from './ruleDefaults';
import { useChoices } from './useChoices';

export function FilterListEditor({
  filters,
  onChange,
  empty,
}: {
  filters: readonly Filter[];
  /** `typing`: a keystroke in a text field, so a typed word is one undo step. */
  onChange: (filters: Filter[], typing?: boolean) => void;
  /** What an empty list means here ("everyone qualifies"). */
  empty: string;
}) {
  const { t } = useTranslation();
  const choices = useChoices();
  const replace = (index: number, filter: Filter, typing?: boolean) =>
    onChange(
      filters.map((f, i) => (i === index ? filter : f)),
      typing,
    );
  const add = (type: FilterType) => {
    const filter = defaultFilter(type, choices);
    if (filter) onChange([...filters, filter]);
  };
  return (
    <div className="parts">
      {filters.length === 0 && <p className="field__hint">{empty}</p>}
      {filters.map((filter, index) => (
        <FilterEditor
          key={index}
          filter={filter}
          number={index + 1}
          choices={choices}
          onChange={(next, typing) => replace(index, next, typing)}
          onRemove={() => onChange(filters.filter((_, i) => i !== index))}
        />
      ))}
      <AddPart<FilterType>
        typeLabel={t('inspector.filter.newType')}
        buttonLabel={t('inspector.filter.add')}
        initial="attribute"
        options={FILTER_TYPES.map((type) => ({
          value: type,
          label: t(`inspector.filter.types.${type}`),
          disabled: defaultFilter(type, choices) === null,
        }))}
        onAdd={add}
      />
    </div>
  );
}
