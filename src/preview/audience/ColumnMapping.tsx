/**
 * The CSV's columns, one per row: the header, the first values, the type the values become, and
 * what to import the column as (id, time zone, unsubscribed, memberships, an attribute, nothing).
 */
import { useTranslation } from 'react-i18next';
import type { ColumnTarget, CsvSummary } from '../../worker/csvImport';
import { columnName } from './csvText';

const TARGETS: ColumnTarget['to'][] = [
  'id',
  'timeZone',
  'unsubscribed',
  'programs',
  'attribute',
  'ignore',
];

function retarget(to: ColumnTarget['to'], header: string): ColumnTarget {
  return to === 'attribute' ? { to, name: header.trim() } : { to };
}

export function ColumnMapping({
  summary,
  mapping,
  onChange,
}: {
  summary: CsvSummary;
  mapping: readonly ColumnTarget[];
  onChange: (column: number, target: ColumnTarget) => void;
}) {
  const { t } = useTranslation();
  return (
    <table className="csv-columns">
      <caption className="visually-hidden">{t('preview.audience.csv.columns')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('preview.audience.csv.column')}</th>
          <th scope="col">{t('preview.audience.csv.examples')}</th>
          <th scope="col">{t('preview.audience.csv.detected')}</th>
          <th scope="col">{t('preview.audience.csv.mapTo')}</th>
        </tr>
      </thead>
      <tbody>
        {summary.columns.map((column, i) => {
          const name = columnName(t, column.header, i);
          const target = mapping[i] ?? { to: 'ignore' };
          const examples = summary.preview.map((row) => row[i]?.trim() ?? '').filter(Boolean);
          return (
            <tr key={i}>
              <th scope="row" className="csv-columns__name">
                {name}
              </th>
              <td className="csv-columns__examples">
                {examples.slice(0, 3).map((value, k) => (
                  <span key={k} className="csv-columns__example">
                    {value}
                  </span>
                ))}
              </td>
              <td className="csv-columns__type">
                {/* Types matter only for attributes: ids, zones and yes/no are read as such. */}
                {target.to === 'attribute' || target.to === 'ignore'
                  ? t(`preview.audience.csv.type.${column.type}`)
                  : '—'}
              </td>
              <td>
                <div className="csv-columns__target">
                  <select
                    aria-label={t('preview.audience.csv.mapToOf', { column: name })}
                    value={target.to}
                    onChange={(e) =>
                      onChange(i, retarget(e.target.value as ColumnTarget['to'], column.header))
                    }
                  >
                    {TARGETS.map((to) => (
                      <option key={to} value={to}>
                        {t(`preview.audience.csv.target.${to}`)}
                      </option>
                    ))}
                  </select>
                  {target.to === 'attribute' && (
                    <input
                      type="text"
                      spellCheck={false}
                      aria-label={t('preview.audience.csv.attributeNameOf', { column: name })}
                      value={target.name}
                      onChange={(e) => onChange(i, { to: 'attribute', name: e.target.value })}
                    />
                  )}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
