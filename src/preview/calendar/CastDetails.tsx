/** A calendar cell opened: its casts' totals in full, and the people at them. */
import { useTranslation } from 'react-i18next';
import { personIdAt } from '../../simulation/derive/people';
import type { PreviewResult } from '../../simulation/previewStore';
import { swatchStyle } from '../../ui/palette';
import type { CalendarCellModel } from './calendarModel';
import { CastPeopleList } from './CastPeopleList';
import { useCastPeople } from './useCastPeople';
import { itemLabel } from '../../wording/itemLabel';
import { countText } from '../../simulation/derive/dates';

export function CastDetails({
  result,
  stream,
  title,
  cell,
  onClose,
}: {
  result: PreviewResult;
  stream: number;
  title: string;
  cell: CalendarCellModel;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { frame } = result;
  const totals = cell.totals!;
  const people = useCastPeople(result.key, cell.casts);
  const name = frame.streamNames[stream]!;
  const line = (key: string, count: number) =>
    count > 0 ? (
      <li>
        {t(`preview.calendar.details.${key}` as 'preview.calendar.details.paused', { count })}
      </li>
    ) : null;
  return (
    <section
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
      className="cal-details"
      aria-label={t('preview.calendar.details.title', { stream: name, period: title })}
    >
      <header className="cal-details__head">
        <h3>{t('preview.calendar.details.title', { stream: name, period: title })}</h3>
        <button
          type="button"
          className="cal-details__close"
          onClick={onClose}
          aria-label={t('preview.calendar.details.close')}
        >
          ×
        </button>
      </header>
      <p className="cal-details__sub">
        {t('preview.calendar.details.casts', { count: cell.casts.length })}
      </p>
      <h4>{t('preview.calendar.details.items')}</h4>
      {totals.items.length === 0 ? (
        <p className="cal-details__empty">{t('preview.calendar.details.noItems')}</p>
      ) : (
        <ul className="cal-details__items">
          {totals.items.map((item) => (
            <li key={item.content} style={swatchStyle(item.content)}>
              <span className="cal-cell__swatch" aria-hidden="true" />
              {itemLabel(
                i18n.language,
                frame.contentIds[item.content]!,
                frame.contentNames[item.content],
              )}
              <strong>{countText(i18n.language, item.count)}</strong>
            </li>
          ))}
        </ul>
      )}
      <ul className="cal-details__facts">
        {line('blockedUnsubscribed', totals.blockedUnsubscribed)}
        {line('blockedLimit', totals.blockedLimit)}
        {line('programFailed', totals.programFailed)}
        {line('newlyExhausted', totals.newlyExhausted)}
      </ul>
      <h4>{t('preview.calendar.details.members')}</h4>
      <ul className="cal-details__facts">
        {line('normal', totals.members.normal)}
        {line('paused', totals.members.paused)}
        {line('exhaustedMembers', totals.members.exhausted)}
        {line('lostMembers', totals.members.lost)}
      </ul>
      <h4>{t('preview.calendar.details.people')}</h4>
      {people.data ? (
        <CastPeopleList people={people.data} frame={frame} idOf={(p) => personIdAt(frame, p)} />
      ) : (
        <p className="cal-details__empty" role="status">
          {t('preview.calendar.details.loadingPeople')}
        </p>
      )}
    </section>
  );
}
