/**
 * The Journey view: one person's timeline (every cast with each item's verdict, every move with
 * what made it, every event and sampled behaviour) in their time zone, "why not?" for a rule, and
 * pause, resume or remove from a date. The person is the preview store's `person`, which other
 * views set with `openPerson(id)`.
 */
import { useTranslation } from 'react-i18next';
import type { PreviewResult } from '../../simulation/previewStore';
import { usePreview } from '../../store/usePreview';
import { JourneyOfPerson } from './JourneyOfPerson';
import { FirstPeople, PersonPicker } from './PersonPicker';
import './journey.css';

const selectPerson = (s: { person: string | null }) => s.person;
const selectStale = (s: { stale: boolean }) => s.stale;

export function JourneyView({ result }: { result: PreviewResult }) {
  const { t } = useTranslation();
  const person = usePreview(selectPerson);
  const stale = usePreview(selectStale);
  return (
    <div className="journey" aria-label={t('preview.journey.label')} role="region">
      <div className="journey__bar">
        <PersonPicker key={person ?? ''} frame={result.frame} person={person} />
        {stale && (
          <p className="journey__stale" role="status">
            {t('preview.journey.stale')}
          </p>
        )}
      </div>
      {person === null ? (
        <FirstPeople frame={result.frame} />
      ) : (
        <JourneyOfPerson result={result} person={person} />
      )}
    </div>
  );
}
