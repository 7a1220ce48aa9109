/** A chosen person's journey: the timeline beside "why not?" and the changes from a date. */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../model';
import { cursorDayOf } from '../../simulation/derive/counts';
import type { PreviewResult } from '../../simulation/previewStore';
import { useEditor } from '../../store/useEditor';
import { usePreview } from '../../store/usePreview';
import { ChangeFromDate } from './ChangeFromDate';
import { Timeline } from './Timeline';
import { useExplanation } from './useExplanation';
import { WhyNotPanel } from './WhyNotPanel';
import { wordingOf } from './wording/context';

const selectCursor = (s: { cursorDay: number | null }) => s.cursorDay;
const selectStale = (s: { stale: boolean }) => s.stale;
const selectEvents = (s: { doc: Scenario | null }) => s.doc?.events;

export function JourneyOfPerson({ result, person }: { result: PreviewResult; person: string }) {
  const { t, i18n } = useTranslation();
  const { frame } = result;
  const cursor = cursorDayOf(frame, usePreview(selectCursor));
  const stale = usePreview(selectStale);
  const events = useEditor(selectEvents);
  const query = useExplanation(result.key, person);
  const explanation = query.data?.found ? query.data.explanation : null;
  const zone = explanation?.timeZone ?? frame.zone;
  const w = useMemo(
    () => wordingOf(t, i18n.language, frame, person, zone),
    [t, i18n.language, frame, person, zone],
  );
  // The file's events name what a step did ("filled out form F-demo"), but only while the
  // document on screen is the one simulated: after an edit, indices may point elsewhere.
  const eventOf = useCallback(
    (index: number) => (stale ? undefined : events?.[index]),
    [stale, events],
  );

  if (query.isPending)
    return (
      <p className="journey__message" role="status">
        {t('preview.journey.loading', { person })}
      </p>
    );
  if (query.isError)
    return (
      <p className="journey__message journey__message--error" role="alert">
        {query.error.message === 'missing'
          ? t('preview.journey.missing')
          : t('preview.journey.failed', { message: query.error.message })}
      </p>
    );
  if (explanation === null)
    return (
      <p className="journey__message journey__message--error" role="alert">
        {t('preview.journey.notInAudience', { person })}
      </p>
    );
  return (
    <div className="journey__body">
      <div className="journey__wrap">
        <div className="journey__main">
          <p className="journey__zone">
            <strong>{t('preview.journey.title', { person })}</strong>
            {' · '}
            {t('preview.journey.zone', { zone })}
            {zone !== frame.zone && (
              <span className="journey__hint">
                {' · '}
                {t('preview.journey.zoneHint', { zone: frame.zone })}
              </span>
            )}
          </p>
          <Timeline
            explanation={explanation}
            frame={frame}
            w={w}
            cursor={cursor}
            eventOf={eventOf}
          />
        </div>
        <aside className="journey__side">
          {frame.explicitIds.includes(person) ? (
            <ChangeFromDate key={cursor} person={person} day={cursor} programZone={frame.zone} />
          ) : (
            // Scripted events name the file's own people only (spec, semantics 25): a generated
            // person cannot be paused by an event without making the file invalid.
            <p className="journey-side__note">
              {t('preview.journey.change.generated', { person })}
            </p>
          )}
          <WhyNotPanel resultKey={result.key} ruleIds={frame.ruleIds} w={w} />
        </aside>
      </div>
    </div>
  );
}
