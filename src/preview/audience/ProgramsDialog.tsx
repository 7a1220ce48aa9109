/**
 * A person's program memberships (R28): one checkbox per program item of the program. Each box is
 * applied at once, as its own undo step; memberships of items no longer in the program stay listed
 * until unticked.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { updatePerson } from '../../document/actions/people';
import type { Person } from '../../model';
import { editorStore } from '../../store/useEditor';
import { Modal } from '../../ui/Modal';
import type { ProgramItem } from './peopleModel';

export function ProgramsDialog({
  person,
  items,
  onClose,
}: {
  person: Person;
  items: readonly ProgramItem[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const { id } = person;
  const member = person.programs ?? [];
  const known = new Set(items.map((item) => item.id));
  const choices = [
    ...items,
    ...member.filter((p) => !known.has(p)).map((p) => ({ id: p, name: p })),
  ];
  const toggle = (item: string, on: boolean) => {
    const programs = on ? [...member, item] : member.filter((p) => p !== item);
    editorStore.getState().apply(updatePerson, { id, patch: { programs } });
  };
  return (
    <Modal titleId={titleId} onClose={onClose}>
      <h2 id={titleId} className="modal__title">
        {t('preview.audience.people.programsDialog.title', { id })}
      </h2>
      <p className="modal__hint">{t('preview.audience.people.programsDialog.hint', { id })}</p>
      {choices.length === 0 ? (
        <p>{t('preview.audience.people.noProgramItems')}</p>
      ) : (
        <ul className="aud-programs__list">
          {choices.map((item, i) => (
            <li key={item.id}>
              <label>
                <input
                  type="checkbox"
                  checked={member.includes(item.id)}
                  onChange={(e) => toggle(item.id, e.target.checked)}
                  data-autofocus={i === 0 ? true : undefined}
                />{' '}
                {item.name === item.id ? item.id : `${item.name} (${item.id})`}
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="modal__buttons">
        <button
          type="button"
          className="audience-button audience-button--primary"
          onClick={onClose}
          data-autofocus={choices.length === 0 ? true : undefined}
        >
          {t('preview.audience.people.programsDialog.done')}
        </button>
      </div>
    </Modal>
  );
}
