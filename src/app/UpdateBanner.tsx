// "A new version is ready: Reload", shown when the service worker has a newer app waiting. The
// live region is always there, so screen readers announce the message when it appears. (Not
// role="status": the library's toast is the page's status.)
import { useTranslation } from 'react-i18next';
import { useAppUpdate } from './appUpdate';
import './updateBanner.css';

export function UpdateBanner() {
  const { t } = useTranslation();
  const applyUpdate = useAppUpdate();
  return (
    <div className="update-status" aria-live="polite">
      {applyUpdate !== null && (
        <div className="update-banner">
          <span>{t('update.ready')}</span>
          <button type="button" className="update-banner__button" onClick={applyUpdate}>
            {t('update.reload')}
          </button>
        </div>
      )}
    </div>
  );
}
