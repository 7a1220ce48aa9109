/** A time chart's data table: one row per day or week, one column per series. */
import { useTranslation } from 'react-i18next';
import { DataTable } from './DataTable';
import type { TimeSeries } from './membersData';
import { bucketLabel } from './timeLabels';

export function TimeSeriesTable({
  ts,
  columns,
  caption,
}: {
  ts: TimeSeries;
  columns: string[];
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable
      caption={caption}
      rowHeader={t('preview.charts.date')}
      columns={columns}
      groups={[
        {
          key: 'all',
          rows: ts.buckets.map((b, i) => ({
            key: String(b.first),
            header: bucketLabel(t, i18n.language, ts.resolution, b),
            cells: ts.values[i]!,
          })),
        },
      ]}
    />
  );
}
