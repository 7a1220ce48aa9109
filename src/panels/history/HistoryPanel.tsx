/**
 * The open program's version history, a side sheet on a modal <dialog> (focus stays inside,
 * Escape closes, focus returns to the History button): every stored version, newest first, each
 * with a Restore button, and "Save a version now". Restoring is one ordinary edit, so Undo brings
 * the current document back. `nokey`: React Flow's Delete key must not act while focus is here.
 */
import './history.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/errorMessage';
import { Modal } from '../../ui/Modal';
import { useNow } from '../../ui/useNow';
import type { Scenario } from '../../model';
import { editorStore } from '../../store/useEditor';
import { VERSION_EVERY_MS } from '../../store/versionKeeper';
import type { HistoryPort, Revision } from './historyPort';
import { restoreVersion } from './restoreVersion';
import { RevisionItem } from './RevisionItem';
import { useSaveVersion } from './useSaveVersion';
import { versionTime } from './versionTime';

interface HistoryPanelProps {
  port: HistoryPort;
  programId: string;
  onClose: () => void;
  /** After a restore: the document now open and the restored version's time in words. */
  onRestored: (document: Scenario, time: string) => void;
}

export function HistoryPanel({ port, programId, onClose, onRestored }: HistoryPanelProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const titleId = useId();
  const client = useQueryClient();
  const revisions = useQuery({
    queryKey: port.revisionsKey(programId),
    queryFn: () => port.listRevisions(programId),
  });
  const save = useSaveVersion(port, programId);
  const now = useNow();

  const restore = (revision: Revision) => {
    if (!restoreVersion(editorStore, revision.document)) return;
    void client.invalidateQueries({ queryKey: port.revisionsKey(programId) });
    onRestored(revision.document, versionTime(revision.savedAt, locale));
  };

  return createPortal(
    <Modal titleId={titleId} onClose={onClose} className="history nokey">
      <div className="history__header">
        <h2 id={titleId} className="history__title">
          {t('history.title')}
        </h2>
        <button type="button" className="history__button" onClick={onClose} data-autofocus>
          {t('history.close')}
        </button>
      </div>
      <p className="history__intro">
        {t('history.intro', { limit: port.limit, minutes: VERSION_EVERY_MS / 60_000 })}
      </p>
      <div className="history__actions">
        {/* aria-disabled, not disabled: a disabled button would drop focus out of the dialog. */}
        <button
          type="button"
          className="history__button history__button--primary"
          aria-disabled={save.isPending}
          onClick={() => !save.isPending && save.mutate()}
        >
          {t('history.saveNow')}
        </button>
        <span className="history__feedback" role="status">
          {save.isSuccess ? t('history.savedNow') : ''}
        </span>
      </div>
      {save.isError && (
        <p className="history__error" role="alert">
          {errorMessage(t, save.error)}
        </p>
      )}
      {revisions.isPending ? (
        <p className="history__note">{t('history.loading')}</p>
      ) : revisions.isError ? (
        <p className="history__error" role="alert">
          {t('history.loadError')}
        </p>
      ) : revisions.data.length === 0 ? (
        <p className="history__note">{t('history.empty')}</p>
      ) : (
        <ol className="history__list" aria-label={t('history.list')}>
          {revisions.data.map((revision) => (
            <RevisionItem
              key={revision.id ?? revision.savedAt}
              revision={revision}
              now={now}
              locale={locale}
              onRestore={restore}
            />
          ))}
        </ol>
      )}
    </Modal>,
    document.body,
  );
}
