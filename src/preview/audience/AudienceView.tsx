/**
 * The Audience tab: who the file simulates, kept in the document so the preview shows exactly what
 * `npm run simulate` prints for the exported file. Generated cohorts come first (a new program
 * starts with one), then the people listed in the file.
 */
import './audience.css';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../../store/useEditor';
import { PeopleSection } from './PeopleSection';
import { CohortsSection } from './cohorts/CohortsSection';

export function AudienceView() {
  const { t } = useTranslation();
  const doc = useEditor((s) => s.doc);
  if (doc === null) return null;
  return (
    <div className="audience">
      <h2 className="visually-hidden">{t('preview.audience.title')}</h2>
      <CohortsSection />
      <PeopleSection doc={doc} />
    </div>
  );
}
