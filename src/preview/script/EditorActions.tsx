/** The event form's buttons: add or cancel a new event; done, duplicate or delete an existing one. */
import { useTranslation } from 'react-i18next';

export function EditorActions({
  adding,
  onClose,
  onDuplicate,
  onDelete,
}: {
  adding: boolean;
  onClose: () => void;
  onDuplicate?: (() => void) | undefined;
  onDelete?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className="script-editor__actions">
      <button type="submit" className="pf-button pf-button--primary">
        {t(adding ? 'preview.script.editor.add' : 'preview.script.editor.done')}
      </button>
      {adding ? (
        <button type="button" className="pf-button" onClick={onClose}>
          {t('preview.script.editor.cancel')}
        </button>
      ) : (
        <>
          <button type="button" className="pf-button" onClick={onDuplicate}>
            {t('preview.script.editor.duplicate')}
          </button>
          <button type="button" className="pf-button pf-button--danger" onClick={onDelete}>
            {t('preview.script.editor.delete')}
          </button>
        </>
      )}
    </div>
  );
}
