/** The event types for the type select, in two named groups: person events and program edits. */
import { useTranslation } from 'react-i18next';
import type { OptionGroup } from './fields/SelectField';
import { PERSON_EVENT_TYPES, PROGRAM_EDIT_TYPES } from './eventTypes';

export function useTypeOptions(): OptionGroup[] {
  const { t } = useTranslation();
  const option = (type: (typeof PERSON_EVENT_TYPES | typeof PROGRAM_EDIT_TYPES)[number]) => ({
    value: type,
    label: t(`preview.script.types.${type}`),
  });
  return [
    { label: t('preview.script.groups.person'), options: PERSON_EVENT_TYPES.map(option) },
    { label: t('preview.script.groups.program'), options: PROGRAM_EDIT_TYPES.map(option) },
  ];
}
