/**
 * Says what became of edits a crash left unsaved, once, when the program opens: replayed (Undo
 * takes them back) or kept as a version in History (the program was changed elsewhere since).
 */
import { useTranslation } from 'react-i18next';
import { versionTime } from '../panels/history/versionTime';
import type { Recovered } from './recoverEdits';

export function RecoveryNotice({
  recovered,
  onDismiss,
}: {
  recovered: Recovered | null;
  onDismiss: () => void;
}) {
  const { t, i18n } = useTranslation();
  if (recovered === null) return null;
  const time = versionTime(recovered.at, i18n.resolvedLanguage ?? i18n.language);
  const replayed = recovered.kind === 'replay';
  return (
    <div
      className={`notice ${replayed ? 'notice--info' : 'notice--warning'}`}
      role="status"
      data-testid="recovery-notice"
    >
      {replayed ? t('editor.recovered.replayed', { time }) : t('editor.recovered.kept', { time })}{' '}
      <button type="button" onClick={onDismiss}>
        {t('editor.recovered.dismiss')}
      </button>
    </div>
  );
}
