/** The name of a new attribute column (it stays a column while nobody has a value for it yet). */
import { useTranslation } from 'react-i18next';
import { NameForm } from './NameForm';

export function AddAttributeForm({
  taken,
  onAdd,
  onCancel,
}: {
  taken: readonly string[];
  onAdd: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <NameForm
      label={t('preview.audience.people.attributeName')}
      initial=""
      submitLabel={t('preview.audience.people.addConfirm')}
      check={(name) =>
        name === ''
          ? t('preview.audience.people.errors.attributeEmpty')
          : taken.includes(name)
            ? t('preview.audience.people.errors.attributeTaken', { name })
            : null
      }
      onSubmit={onAdd}
      onCancel={onCancel}
    />
  );
}
