/** The id of a new person: a free one suggested, a taken one refused with what takes it. */
import { useTranslation } from 'react-i18next';
import { idClash } from '../../document/ops/people';
import type { Scenario } from '../../model';
import { clashText } from './clashText';
import { NameForm } from './NameForm';
import { suggestId } from './peopleModel';

export function AddPersonForm({
  doc,
  onAdd,
  onCancel,
}: {
  doc: Scenario;
  onAdd: (id: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <NameForm
      label={t('preview.audience.people.newId')}
      initial={suggestId(doc)}
      submitLabel={t('preview.audience.people.addConfirm')}
      check={(id) => {
        const clash = idClash(doc, id);
        return clash ? clashText(t, id, clash) : null;
      }}
      onSubmit={onAdd}
      onCancel={onCancel}
    />
  );
}
