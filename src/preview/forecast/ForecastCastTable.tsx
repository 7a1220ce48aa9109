/** A stream's casts in the period: who was there, who ran out at each, the share out at day's end. */
import { useTranslation } from 'react-i18next';
import { countText, longDate } from '../../simulation/derive/dates';
import type { StreamForecast } from './forecastModel';
import { percentText } from './percent';

export function ForecastCastTable({
  forecast,
  stream,
}: {
  forecast: StreamForecast;
  stream: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { rows } = forecast;
  return (
    <details className="forecast-casts">
      <summary>{t('preview.forecast.table.summary', { count: rows.length })}</summary>
      <div className="forecast-casts__scroll">
        <table className="num-table">
          <caption className="visually-hidden">
            {t('preview.forecast.table.caption', { stream })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('preview.forecast.table.date')}</th>
              <th scope="col" className="num">
                {t('preview.forecast.table.members')}
              </th>
              <th scope="col" className="num">
                {t('preview.forecast.table.newly')}
              </th>
              <th scope="col" className="num">
                {t('preview.forecast.table.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const share = row.end.members > 0 ? row.end.exhausted / row.end.members : 0;
              return (
                <tr key={row.cast}>
                  <th scope="row">
                    {longDate(language, row.day)}
                    {row.lost && (
                      <span className="forecast-casts__lost">
                        {' '}
                        · {t('preview.forecast.table.lost')}
                      </span>
                    )}
                  </th>
                  <td className="num">{countText(language, row.members)}</td>
                  <td className="num">{countText(language, row.newlyExhausted)}</td>
                  <td className="num">
                    <span className="forecast-casts__share">
                      <span className="forecast-casts__bar" aria-hidden="true">
                        <span style={{ width: `${share * 100}%` }} />
                      </span>
                      {percentText(language, share)}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
