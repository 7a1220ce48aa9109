/**
 * Asks for the new program's name (prefilled "Untitled program", selected so typing replaces it),
 * creates a blank program in the user's time zone and opens it in the editor.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/route';
import { todayIso } from '../ui/today';
import { Modal } from '../ui/Modal';
import type { LibraryActions } from './useLibraryActions';

interface NewProgramDialogProps {
  create: LibraryActions['create'];
  onClose: () => void;
  onError: (error: unknown) => void;
}

const userTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function NewProgramDialog({ create, onClose, onError }: NewProgramDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [name, setName] = useState(() => t('library.untitled'));
  const [busy, setBusy] = useState(false);
  const timeZone = userTimeZone();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const chosen = name.trim() || t('library.untitled');
      // The document code loads on submit, not with the library page.
      const { newProgramDocument } = await import('./newProgramDocument');
      const record = await create(newProgramDocument(chosen, timeZone, todayIso()));
      navigate({ page: 'program', id: record.id });
    } catch (error) {
      setBusy(false);
      onError(error);
      onClose();
    }
  }

  return (
    <Modal titleId={titleId} onClose={onClose}>
      <form className="modal__form" onSubmit={(event) => void submit(event)}>
        <h2 id={titleId} className="modal__title">
          {t('library.create.title')}
        </h2>
        <label className="field">
          <span className="field__label">{t('library.create.nameLabel')}</span>
          <input
            className="field__input"
            value={name}
            onChange={(event) => setName(event.target.value)}
            onFocus={(event) => event.target.select()}
            data-autofocus
            required
            maxLength={200}
          />
        </label>
        <p className="modal__hint">{t('library.create.hint', { timeZone })}</p>
        <div className="modal__buttons">
          <button type="button" className="library__button" onClick={onClose}>
            {t('library.create.cancel')}
          </button>
          <button
            type="submit"
            className="library__button library__button--primary"
            disabled={busy}
          >
            {t('library.create.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
