/**
 * Chart 2, exhausted per stream over time: a line per stream whose members ran out of content, the
 * exhausted members at the end of each day (or week): when do people run out of content?
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './ChartCard';
import { emphasis, streamColor } from './chartStyle';
import type { LegendItem } from './ChartLegend';
import type { CardProps } from './MembersCard';
import { exhaustedOverTime, timeRows } from './membersData';
import { TimeChart, type SeriesLook } from './TimeChart';
import { TimeSeriesTable } from './TimeSeriesTable';

export function ExhaustedCard({ result, highlight, cursor, fileBase }: CardProps) {
  const { t } = useTranslation();
  const { frame } = result;
  const ts = useMemo(() => exhaustedOverTime(result), [result]);
  const rows = useMemo(() => timeRows(ts), [ts]);
  const looks: SeriesLook[] = ts.series.map((x) => ({
    name: frame.streamNames[x.stream]!,
    color: streamColor(x.stream),
    opacity: emphasis(highlight, x.stream),
  }));
  const legend: LegendItem[] = ts.series.map((x, i) => ({
    key: x.key,
    label: looks[i]!.name,
    color: looks[i]!.color,
    shape: 'line',
    streamId: frame.streamIds[x.stream]!,
    pressed: highlight === x.stream,
    faded: looks[i]!.opacity < 1,
  }));
  const weeks = ts.resolution === 'week';
  const title = t('preview.charts.exhausted.title');
  return (
    <ChartCard
      name="exhausted-per-stream"
      fileBase={fileBase}
      title={title}
      explanation={t(
        weeks ? 'preview.charts.exhausted.explainWeeks' : 'preview.charts.exhausted.explain',
      )}
      empty={ts.series.length === 0 ? t('preview.charts.exhausted.empty') : null}
      legend={legend}
      chart={(width) => (
        <TimeChart
          kind="line"
          ts={ts}
          rows={rows}
          looks={looks}
          cursor={cursor}
          width={width}
          title={title}
        />
      )}
      table={() => (
        <TimeSeriesTable
          ts={ts}
          columns={looks.map((l) => l.name)}
          caption={t(
            weeks ? 'preview.charts.exhausted.captionWeeks' : 'preview.charts.exhausted.caption',
          )}
        />
      )}
    />
  );
}
