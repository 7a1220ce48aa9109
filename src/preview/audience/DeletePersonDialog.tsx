/** Asks before deleting a person with scripted events, saying how many events go with them. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../ui/Modal';

export function DeletePersonDialog({
  id,
  events,
  onConfirm,
  onClose,
}: {
  id: string;
  events: number;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Modal titleId={titleId} onClose={onClose}>
      <h2 id={titleId} className="modal__title">
        {t('preview.audience.people.deleteDialog.title', { id })}
      </h2>
      <p>{t('preview.audience.people.deleteDialog.events', { id, count: events })}</p>
      <div className="modal__buttons">
        <button type="button" className="audience-button" onClick={onClose} data-autofocus>
          {t('preview.audience.people.deleteDialog.cancel', { id })}
        </button>
        <button
          type="button"
          className="audience-button audience-button--danger"
          onClick={onConfirm}
        >
          {t('preview.audience.people.deleteDialog.confirm', { id })}
        </button>
      </div>
    </Modal>
  );
}
