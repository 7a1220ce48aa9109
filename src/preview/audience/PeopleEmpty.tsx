/** No people in the file yet: the two ways to get some. */
import { useTranslation } from 'react-i18next';

export function PeopleEmpty({ onAdd, onImport }: { onAdd: () => void; onImport: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="aud-people__empty">
      <p className="aud-people__empty-title">{t('preview.audience.people.empty')}</p>
      <p>{t('preview.audience.people.emptyHint')}</p>
      <div className="aud-people__tools">
        <button type="button" className="audience-button audience-button--primary" onClick={onAdd}>
          {t('preview.audience.people.add')}
        </button>
        <button type="button" className="audience-button" onClick={onImport}>
          {t('preview.audience.people.import')}
        </button>
      </div>
    </div>
  );
}
