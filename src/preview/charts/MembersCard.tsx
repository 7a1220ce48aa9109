/**
 * Chart 1, people per stream over time: members of each stream at the end of each day (or week),
 * stacked in lane order; or one stream split into receiving, paused and exhausted members.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewResult } from '../../simulation/previewStore';
import { ChartCard } from './ChartCard';
import { emphasis, placeColor, streamColor } from './chartStyle';
import type { LegendItem } from './ChartLegend';
import { isEmptySeries, membersOverTime, timeRows, type Series } from './membersData';
import { TimeChart, type SeriesLook } from './TimeChart';
import { TimeSeriesTable } from './TimeSeriesTable';

export interface CardProps {
  result: PreviewResult;
  /** The stream selected on the canvas (-1: none): drawn in full, the others faded. */
  highlight: number;
  cursor: number;
  fileBase: string;
}

export function MembersCard({ result, highlight, cursor, fileBase }: CardProps) {
  const { t } = useTranslation();
  const { frame } = result;
  const [split, setSplit] = useState<number | null>(null);
  const ts = useMemo(() => membersOverTime(result, split), [result, split]);
  const rows = useMemo(() => timeRows(ts), [ts]);
  const nameOf = (x: Series) => {
    const name = frame.streamNames[x.stream]!;
    return x.place === 'all' ? name : t(`preview.charts.members.${x.place}`, { name });
  };
  const looks: SeriesLook[] = ts.series.map((x) => ({
    name: nameOf(x),
    color: x.place === 'all' ? streamColor(x.stream) : placeColor(x.stream, x.place),
    opacity: x.place === 'all' ? emphasis(highlight, x.stream) : 1,
  }));
  const legend: LegendItem[] = ts.series.map((x, i) => ({
    key: x.key,
    label: looks[i]!.name,
    color: looks[i]!.color,
    shape: 'square',
    ...(x.place === 'all' && {
      streamId: frame.streamIds[x.stream]!,
      pressed: highlight === x.stream,
      faded: looks[i]!.opacity < 1,
    }),
  }));
  const weeks = ts.resolution === 'week';
  const title = t('preview.charts.members.title');
  return (
    <ChartCard
      name="people-per-stream"
      fileBase={fileBase}
      title={title}
      explanation={t(
        weeks ? 'preview.charts.members.explainWeeks' : 'preview.charts.members.explain',
      )}
      empty={
        !isEmptySeries(ts)
          ? null
          : split === null
            ? t('preview.charts.members.empty')
            : t('preview.charts.members.emptyStream', { name: frame.streamNames[split]! })
      }
      controls={
        <label className="chart-card__control">
          {t('preview.charts.members.split')}
          <select
            value={split ?? ''}
            onChange={(e) => setSplit(e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">{t('preview.charts.members.splitNone')}</option>
            {frame.streamNames.map((name, s) => (
              <option key={s} value={s}>
                {t('preview.charts.members.splitStream', { name })}
              </option>
            ))}
          </select>
        </label>
      }
      legend={legend}
      chart={(width) => (
        <TimeChart
          kind="area"
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
            weeks ? 'preview.charts.members.captionWeeks' : 'preview.charts.members.caption',
          )}
        />
      )}
    />
  );
}
