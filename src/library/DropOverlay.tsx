// The full-window hint shown while files are dragged over the library.
import { useTranslation } from 'react-i18next';

export function DropOverlay() {
  const { t } = useTranslation();
  return (
    // Decorative for pointer users; the import button is the accessible way in.
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__box">
        <p className="drop-overlay__title">{t('library.drop.title')}</p>
        <p className="drop-overlay__body">{t('library.drop.body')}</p>
      </div>
    </div>
  );
}
