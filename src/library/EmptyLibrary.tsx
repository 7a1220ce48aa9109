// The library before the first program: what the page is for, and that nothing leaves the browser.
import { useTranslation } from 'react-i18next';

export function EmptyLibrary() {
  const { t } = useTranslation();
  return (
    <div className="empty-state">
      <h2 className="empty-state__title">{t('library.empty.title')}</h2>
      <p className="empty-state__body">{t('library.empty.body')}</p>
      <p className="empty-state__note">{t('library.empty.privacy')}</p>
    </div>
  );
}
