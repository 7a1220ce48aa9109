/**
 * The Audience tab: who the file simulates, kept in the document so the preview shows exactly what
 * `npm run simulate` prints for the exported file. The people listed in the file come first; the
 * generated cohorts follow.
 */
import './audience.css';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../../store/useEditor';
import { PeopleSection } from './PeopleSection';

export function AudienceView() {
  const { t } = useTranslation();
  const doc = useEditor((s) => s.doc);
  if (doc === null) return null;
  return (
    <div className="audience">
      <h2 className="visually-hidden">{t('preview.audience.title')}</h2>
      <PeopleSection doc={doc} />
      {/* Generated cohorts: the lead adds <CohortsSection /> (src/preview/audience/cohorts) here. */}
    </div>
  );
}
