/**
 * The people section's heading and tools: count, search by id, add a person or an attribute,
 * import a CSV. Without people the empty state offers adding and importing instead.
 */
import { useTranslation } from 'react-i18next';

export function PeopleToolbar({
  headingId,
  total,
  shown,
  query,
  onQuery,
  onAddPerson,
  onAddAttribute,
  onImport,
}: {
  headingId: string;
  total: number;
  /** People matching the search, or null without one. */
  shown: number | null;
  query: string;
  onQuery: (query: string) => void;
  onAddPerson: () => void;
  onAddAttribute: () => void;
  onImport: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="aud-people__head">
      <h3 id={headingId} className="aud-people__heading">
        {t('preview.audience.people.heading')}
      </h3>
      <span className="aud-people__count">
        {shown === null
          ? t('preview.audience.people.count', { count: total })
          : t('preview.audience.people.shown', { shown, total })}
      </span>
      {total > 0 && (
        <>
          <input
            type="search"
            className="aud-people__search"
            aria-label={t('preview.audience.people.search')}
            placeholder={t('preview.audience.people.search')}
            value={query}
            onChange={(e) => onQuery(e.target.value)}
          />
          <div className="aud-people__tools">
            <button type="button" className="audience-button" onClick={onAddPerson}>
              {t('preview.audience.people.add')}
            </button>
            <button type="button" className="audience-button" onClick={onAddAttribute}>
              {t('preview.audience.people.addAttribute')}
            </button>
            <button type="button" className="audience-button" onClick={onImport}>
              {t('preview.audience.people.import')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
