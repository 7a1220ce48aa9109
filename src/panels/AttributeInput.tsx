/** The name of a person attribute ("country", "score"): required, applied as typed without spaces around. */
import { useTranslation } from 'react-i18next';
import { DraftInput } from './DraftInput';

export function AttributeInput({
  value,
  onChange,
}: {
  value: string;
  onChange: (attribute: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <DraftInput
      label={t('inspector.condition.attribute')}
      value={value}
      spellCheck={false}
      check={(text) => (text.trim() === '' ? t('inspector.errors.attribute') : null)}
      same={(text, current) => text.trim() === current}
      onCommit={(text) => onChange(text.trim())}
    />
  );
}
