// The library before the first program: what the page is for, that nothing leaves the browser,
// and the starter programs to begin with.
import { useTranslation } from 'react-i18next';
import { TemplateGallery } from './templates/TemplateGallery';
import type { LibraryActions } from './useLibraryActions';

interface EmptyLibraryProps {
  create: LibraryActions['create'];
  onError: (error: unknown) => void;
}

export function EmptyLibrary({ create, onError }: EmptyLibraryProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="empty-state empty-state--compact">
        <h2 className="empty-state__title">{t('library.empty.title')}</h2>
        <p className="empty-state__body">{t('library.empty.body')}</p>
        <p className="empty-state__note">{t('library.empty.privacy')}</p>
      </div>
      <TemplateGallery create={create} onError={onError} />
    </>
  );
}
