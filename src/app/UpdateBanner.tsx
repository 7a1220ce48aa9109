// "A new version is ready: Reload", shown when the service worker has a newer app waiting.
import { useTranslation } from 'react-i18next';
import { useAppUpdate } from './appUpdate';
import './updateBanner.css';

export function UpdateBanner() {
  const { t } = useTranslation();
  const applyUpdate = useAppUpdate();
  if (applyUpdate === null) return null;
  return (
    <div className="update-banner" role="status">
      <span>{t('update.ready')}</span>
      <button type="button" className="update-banner__button" onClick={applyUpdate}>
        {t('update.reload')}
      </button>
    </div>
  );
}
