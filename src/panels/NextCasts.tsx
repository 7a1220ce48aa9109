/** The next five cast dates of a stream, as the engine's calendar computes them. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { dayOf, isoOfDay, nextCasts } from '../engine';
import type { Cadence } from '../model';
import { useToday } from '../ui/today';
import { castDateLabel } from '../wording/dates';

export function NextCasts({
  cadence,
  timeZone,
}: {
  cadence: Cadence | undefined;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  const today = useToday();
  const id = useId();
  const dates = nextCasts(cadence, dayOf(today), 5).map(isoOfDay);
  const when =
    cadence && cadence.type !== 'none'
      ? cadence.recipientTimeZone
        ? t('inspector.cadence.atRecipient', { time: cadence.time })
        : t('inspector.cadence.atZone', { time: cadence.time, zone: timeZone })
      : null;
  return (
    <section className="next-casts" aria-labelledby={id} aria-live="polite">
      <h4 id={id} className="inspector__subhead">
        {t('inspector.cadence.next')}
      </h4>
      {dates.length === 0 ? (
        <p className="field__hint">{t('inspector.cadence.noCasts')}</p>
      ) : (
        <>
          <ol className="next-casts__list">
            {dates.map((iso) => (
              <li key={iso}>
                <time dateTime={iso}>{castDateLabel(i18n.language, iso)}</time>
              </li>
            ))}
          </ol>
          <p className="field__hint">{when}</p>
        </>
      )}
    </section>
  );
}
