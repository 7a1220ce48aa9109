/**
 * Chart 3, deliveries per item: emails delivered and program items processed in the written period,
 * per item and grouped by stream (an item in two streams shows in both, R14).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './ChartCard';
import { OUTSIDE_COLOR } from './chartStyle';
import { DataTable } from './DataTable';
import { deliveriesPerItem, isEmptyDeliveries, type Deliveries } from './deliveriesData';
import { DeliveriesChart, type BarRow } from './DeliveriesChart';
import type { CardProps } from './MembersCard';

function barRows(d: Deliveries, streamNames: string[], contentNames: string[]): BarRow[] {
  const out: BarRow[] = [];
  d.rows.forEach((r, i) => {
    if (i === 0 || d.rows[i - 1]!.stream !== r.stream)
      out.push({
        key: `s${r.stream}`,
        label: streamNames[r.stream]!,
        header: true,
        stream: r.stream,
        email: true,
      });
    out.push({
      key: `s${r.stream}-${r.content}`,
      label: contentNames[r.content]!,
      header: false,
      stream: r.stream,
      email: r.email,
      count: r.email ? r.delivered : r.processed,
    });
  });
  return out;
}

export function DeliveriesCard({ result, highlight, fileBase }: Omit<CardProps, 'cursor'>) {
  const { t } = useTranslation();
  const { frame } = result;
  const deliveries = useMemo(() => deliveriesPerItem(result), [result]);
  const rows = useMemo(
    () => barRows(deliveries, frame.streamNames, frame.contentNames),
    [deliveries, frame],
  );
  const title = t('preview.charts.deliveries.title');
  const empty =
    deliveries.casts === 0
      ? t('preview.charts.deliveries.noCasts')
      : isEmptyDeliveries(deliveries)
        ? t('preview.charts.deliveries.empty')
        : null;
  const streams = [...new Set(deliveries.rows.map((r) => r.stream))];
  return (
    <ChartCard
      name="deliveries-per-item"
      fileBase={fileBase}
      title={title}
      explanation={t('preview.charts.deliveries.explain')}
      empty={empty}
      legend={[
        {
          key: 'emails',
          label: t('preview.charts.deliveries.emails'),
          color: OUTSIDE_COLOR,
          shape: 'square',
        },
        {
          key: 'programs',
          label: t('preview.charts.deliveries.programs'),
          color: OUTSIDE_COLOR,
          shape: 'outline',
        },
      ]}
      chart={(width) => (
        <DeliveriesChart rows={rows} highlight={highlight} width={width} title={title} />
      )}
      table={() => (
        <DataTable
          caption={t('preview.charts.deliveries.caption')}
          rowHeader={t('preview.charts.deliveries.item')}
          columns={[
            t('preview.charts.deliveries.type'),
            t('preview.charts.deliveries.emails'),
            t('preview.charts.deliveries.programs'),
          ]}
          groups={streams.map((s) => ({
            key: String(s),
            header: frame.streamNames[s]!,
            rows: deliveries.rows
              .filter((r) => r.stream === s)
              .map((r) => ({
                key: String(r.content),
                header: frame.contentNames[r.content]!,
                cells: [
                  t(
                    r.email
                      ? 'preview.charts.deliveries.email'
                      : 'preview.charts.deliveries.program',
                  ),
                  r.email ? r.delivered : null,
                  r.email ? null : r.processed,
                ],
              })),
          }))}
        />
      )}
    />
  );
}
