/**
 * One calendar cell, compact: what a stream's casts in one period sent, a bar of the items that
 * went out (largest first, named in the line under it), and badges for blocked and newly exhausted.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewFrame } from '../../engine';
import { countText } from '../../simulation/derive/dates';
import { swatchStyle } from '../../ui/palette';
import type { CalendarCellModel } from './calendarModel';

const NAMED_ITEMS = 2;

export const CalendarCell = memo(function CalendarCell({
  cell,
  frame,
}: {
  cell: CalendarCellModel;
  frame: PreviewFrame;
}) {
  const { t, i18n } = useTranslation();
  const totals = cell.totals;
  if (totals === null)
    return (
      <span className="cal-cell__none">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('preview.calendar.noCast')}</span>
      </span>
    );
  if (cell.lost) return <span className="cal-cell__lost">{t('preview.calendar.lost')}</span>;
  const items = totals.items;
  const all = items.reduce((n, item) => n + item.count, 0);
  const processed = totals.programQualified + totals.programFailed;
  const named = items
    .slice(0, NAMED_ITEMS)
    .map((item) => `${frame.contentNames[item.content]} ${countText(i18n.language, item.count)}`);
  if (items.length > NAMED_ITEMS)
    named.push(t('preview.calendar.more', { count: items.length - NAMED_ITEMS }));
  return (
    <span className="cal-cell">
      <span className="cal-cell__sent">
        {processed > 0
          ? t('preview.calendar.sentAndRan', { count: totals.sent, ran: processed })
          : t('preview.calendar.sent', { count: totals.sent })}
      </span>
      {all > 0 && (
        <span className="cal-cell__bar" aria-hidden="true">
          {items.map((item) => (
            <span
              key={item.content}
              className="cal-cell__segment"
              style={{ ...swatchStyle(item.content), flexGrow: item.count }}
            />
          ))}
        </span>
      )}
      {named.length > 0 && <span className="cal-cell__items">{named.join(' · ')}</span>}
      {(totals.blocked > 0 || totals.newlyExhausted > 0) && (
        <span className="cal-cell__badges">
          {totals.blocked > 0 && (
            <span className="cal-cell__badge cal-cell__badge--blocked">
              {t('preview.calendar.blocked', { count: totals.blocked })}
            </span>
          )}
          {totals.newlyExhausted > 0 && (
            <span className="cal-cell__badge cal-cell__badge--exhausted">
              {t('preview.calendar.exhausted', { count: totals.newlyExhausted })}
            </span>
          )}
        </span>
      )}
    </span>
  );
});
