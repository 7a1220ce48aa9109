// The program library. Until programs can be created (next: the editor) it shows the empty state.
import { useTranslation } from 'react-i18next';

export function ProgramLibrary() {
  const { t } = useTranslation();
  return (
    <section className="library" aria-labelledby="library-title">
      <div className="library__head">
        <h1 id="library-title" className="library__title">
          {t('library.title')}
        </h1>
        <p className="library__intro">{t('library.intro')}</p>
      </div>
      <div className="empty-state">
        <h2 className="empty-state__title">{t('library.empty.title')}</h2>
        <p className="empty-state__body">{t('library.empty.body')}</p>
        <p className="empty-state__note">{t('library.empty.privacy')}</p>
      </div>
    </section>
  );
}
