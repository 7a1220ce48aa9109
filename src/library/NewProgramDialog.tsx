/**
 * Asks what the new program starts from (blank, or a copy of a template) and its name (prefilled
 * "Untitled program", or the template's title until the user types one; selected so typing
 * replaces it), creates it (a blank one in the user's time zone) and opens it in the editor.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/route';
import { todayIso } from '../ui/today';
import { Modal } from '../ui/Modal';
import { StartFromField, type StartFrom } from './templates/StartFromField';
import { startFromTemplate } from './templates/startFromTemplate';
import type { LibraryActions } from './useLibraryActions';

interface NewProgramDialogProps {
  create: LibraryActions['create'];
  onClose: () => void;
  onError: (error: unknown) => void;
}

const userTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function NewProgramDialog({ create, onClose, onError }: NewProgramDialogProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [name, setName] = useState(() => t('library.untitled'));
  const [start, setStart] = useState<StartFrom>('blank');
  // The name follows the chosen template until the user types one of their own.
  const [named, setNamed] = useState(false);
  const defaultName = (from: StartFrom) =>
    from === 'blank' ? t('library.untitled') : t(`library.templates.${from}.title`);

  function choose(from: StartFrom) {
    setStart(from);
    if (!named) setName(defaultName(from));
  }
  const [busy, setBusy] = useState(false);
  const timeZone = userTimeZone();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const chosen = name.trim() || defaultName(start);
      if (start !== 'blank') {
        await startFromTemplate(create, start, chosen, i18n.resolvedLanguage ?? 'en');
        return;
      }
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
        <StartFromField value={start} onChange={choose} />
        <label className="field">
          <span className="field__label">{t('library.create.nameLabel')}</span>
          <input
            className="field__input"
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              setNamed(true);
            }}
            onFocus={(event) => event.target.select()}
            data-autofocus
            required
            maxLength={200}
          />
        </label>
        <p className="modal__hint">
          {start === 'blank'
            ? t('library.create.hint', { timeZone })
            : t('library.create.templateHint')}
        </p>
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
