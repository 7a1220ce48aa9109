/** The handout's cast calendar as a table: date, stream, what went to how many people. */
import { useTranslation } from 'react-i18next';
import type { PreviewResult } from '../simulation/previewStore';
import { castDateLabel } from '../wording/dates';
import { handoutCalendar } from './handoutCalendar';

/** Cast dates on the handout: about two printed pages of rows. */
const DATES = 40;

export function HandoutCalendar({ result }: { result: PreviewResult }) {
  const { t, i18n } = useTranslation();
  const { dates, more } = handoutCalendar(result, DATES);
  if (dates.length === 0) return <p>{t('handout.calendarEmpty')}</p>;
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <>
      <table className="print-table print-table--calendar">
        <thead>
          <tr>
            <th scope="col">{t('handout.calendarDate')}</th>
            <th scope="col">{t('handout.stream')}</th>
            <th scope="col">{t('handout.calendarWhat')}</th>
          </tr>
        </thead>
        <tbody>
          {dates.flatMap((date) =>
            date.casts.map((cast, i) => (
              <tr
                key={`${date.iso}-${cast.stream}-${i}`}
                className={i === 0 ? 'print-table__first' : undefined}
              >
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={date.casts.length}>
                    {castDateLabel(i18n.language, date.iso)}
                  </th>
                )}
                <td>{cast.stream}</td>
                <td>
                  {cast.lost
                    ? t('preview.calendar.lost')
                    : cast.items.length === 0
                      ? t('preview.calendar.nothing')
                      : cast.items
                          .map((item) => `${item.name} × ${number.format(item.count)}`)
                          .join(', ')}
                  {cast.blocked > 0 &&
                    ` · ${t('preview.calendar.blocked', { count: cast.blocked })}`}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      {more > 0 && <p className="print-note">{t('handout.calendarMore', { count: more })}</p>}
    </>
  );
}
