/**
 * A time chart (stacked areas or lines): one series per key over the bucket rows, a vertical line
 * at the shared date cursor, and a date chosen by click, or by the arrow keys then Enter (recharts'
 * keyboard layer moves its tooltip), moves the cursor there.
 */
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Area,
  AreaChart,
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  useActiveTooltipLabel,
  type TooltipContentProps,
} from 'recharts';
import { shortDate } from '../../simulation/derive/dates';
import { previewStore } from '../../store/usePreview';
import { timeTicks } from './chartStyle';
import type { TimeRow, TimeSeries } from './membersData';
import { bucketLabel, compactNumber } from './timeLabels';

export interface SeriesLook {
  name: string;
  color: string;
  opacity: number;
}

export const TIME_CHART_HEIGHT = 240;

/** Keeps the date under recharts' keyboard tooltip, for Enter to move the cursor there. */
function ActiveDate({ dateRef }: { dateRef: RefObject<number | null> }) {
  const label = useActiveTooltipLabel();
  useEffect(() => {
    dateRef.current = label === undefined || label === null ? null : Number(label);
  }, [label, dateRef]);
  return null;
}

function TimeTooltip({
  active,
  label,
  payload,
  ts,
  rows,
}: Partial<TooltipContentProps<number, string>> & { ts: TimeSeries; rows: TimeRow[] }) {
  const { t, i18n } = useTranslation();
  const index = rows.findIndex((r) => r.day === Number(label));
  if (!active || index < 0 || !payload) return null;
  // Many streams are empty on a given day: only those with people are listed.
  const shown = payload.filter((entry) => Number(entry.value) !== 0);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        {bucketLabel(t, i18n.language, ts.resolution, ts.buckets[index]!)}
      </p>
      <ul>
        {(shown.length > 0 ? [...shown].reverse() : payload).map((entry) => (
          <li key={String(entry.dataKey)}>
            <span
              className="chart-tooltip__swatch"
              style={{ background: entry.color }}
              aria-hidden="true"
            />
            {entry.name}: <strong>{Number(entry.value).toLocaleString(i18n.language)}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function TimeChart({
  kind,
  ts,
  rows,
  looks,
  cursor,
  width,
  title,
}: {
  kind: 'area' | 'line';
  ts: TimeSeries;
  rows: TimeRow[];
  looks: readonly SeriesLook[];
  cursor: number;
  width: number;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const active = useRef<number | null>(null);
  const first = rows[0]!.day;
  const last = rows[rows.length - 1]!.day;
  // The cursor's bucket: its last day, where the bucket's value is drawn.
  const cursorX = ts.buckets.find((b) => b.first <= cursor && cursor <= b.last)?.last;
  const setCursor = (day: number | null) => {
    if (day !== null && Number.isFinite(day)) previewStore.getState().setCursor(day);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') setCursor(active.current);
  };
  const Chart = kind === 'area' ? AreaChart : LineChart;
  return (
    <div onKeyDown={onKeyDown}>
      <Chart
        width={width}
        height={TIME_CHART_HEIGHT}
        data={rows}
        margin={{ top: 20, right: 20, bottom: 4, left: 4 }}
        title={title}
        desc={t('preview.charts.chartKeys')}
        onClick={(state) => setCursor(state.activeLabel == null ? null : Number(state.activeLabel))}
      >
        <CartesianGrid vertical={false} />
        <XAxis
          dataKey="day"
          type="number"
          scale="linear"
          domain={[first, last]}
          ticks={timeTicks(first, last, ts.resolution)}
          tickFormatter={(day: number) => shortDate(language, day)}
          minTickGap={12}
        />
        <YAxis
          width={48}
          allowDecimals={false}
          tickFormatter={(n: number) => compactNumber(language, n)}
        />
        <Tooltip content={<TimeTooltip ts={ts} rows={rows} />} isAnimationActive={false} />
        {ts.series.map((x, i) => {
          const look = looks[i]!;
          return kind === 'area' ? (
            <Area
              key={x.key}
              dataKey={x.key}
              name={look.name}
              type="linear"
              stackId="members"
              stroke={look.color}
              strokeOpacity={look.opacity}
              fill={look.color}
              fillOpacity={look.opacity < 1 ? 0.15 : 0.75}
              isAnimationActive={false}
            />
          ) : (
            <Line
              key={x.key}
              dataKey={x.key}
              name={look.name}
              type="linear"
              stroke={look.color}
              strokeOpacity={look.opacity}
              strokeWidth={look.opacity === 1 ? 2 : 1.5}
              dot={false}
              isAnimationActive={false}
            />
          );
        })}
        {cursorX !== undefined && (
          <ReferenceLine
            x={cursorX}
            className="chart-cursor"
            strokeWidth={2}
            strokeDasharray="5 3"
            label={{
              value: shortDate(language, cursor),
              position: 'top',
              className: 'chart-cursor__label',
            }}
          />
        )}
        <ActiveDate dateRef={active} />
      </Chart>
    </div>
  );
}
