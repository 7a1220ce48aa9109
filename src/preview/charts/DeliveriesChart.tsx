/**
 * Chart 3's bars: one row per item of each stream, under a row naming the stream; emails as solid
 * bars, program items outlined (the legend and the table say which is which), numbers at the ends.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { emphasis, streamColor } from './chartStyle';
import { compactNumber, formatCount } from './timeLabels';

export interface BarRow {
  key: string;
  label: string;
  /** A stream's heading row: no bar. */
  header: boolean;
  stream: number;
  email: boolean;
  count?: number;
}

const ROW = 22;

function ItemTick({
  x,
  y,
  payload,
  rows,
}: {
  x?: number;
  y?: number;
  payload?: { value: string };
  rows: BarRow[];
}) {
  const row = rows.find((r) => r.key === payload?.value);
  if (row === undefined) return null;
  return (
    <text
      x={(x ?? 0) - 6}
      y={y}
      dy="0.32em"
      textAnchor="end"
      className={row.header ? 'chart-bars__stream' : 'chart-bars__item'}
    >
      {row.label}
    </text>
  );
}

export function DeliveriesChart({
  rows,
  highlight,
  width,
  title,
}: {
  rows: BarRow[];
  highlight: number;
  width: number;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const longest = Math.max(...rows.map((r) => r.label.length));
  const axisWidth = Math.min(220, Math.max(80, longest * 7 + 16));
  return (
    <BarChart
      width={width}
      height={rows.length * ROW + 36}
      data={rows}
      layout="vertical"
      margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
      title={title}
      desc={t('preview.charts.deliveries.explain')}
      barCategoryGap={4}
    >
      <CartesianGrid horizontal={false} />
      <XAxis
        type="number"
        allowDecimals={false}
        tickFormatter={(n: number) => compactNumber(language, n)}
      />
      <YAxis
        type="category"
        dataKey="key"
        width={axisWidth}
        interval={0}
        tickLine={false}
        tick={<ItemTick rows={rows} />}
      />
      <Tooltip
        isAnimationActive={false}
        cursor={{ className: 'chart-bars__hover' }}
        content={({ active, label }) => {
          const row = rows.find((r) => r.key === label);
          if (!active || row === undefined || row.header) return null;
          return (
            <div className="chart-tooltip">
              <p className="chart-tooltip__title">{row.label}</p>
              <p>
                {t(
                  row.email
                    ? 'preview.charts.deliveries.emailsCount'
                    : 'preview.charts.deliveries.programsCount',
                  {
                    count: row.count ?? 0,
                  },
                )}
              </p>
            </div>
          );
        }}
      />
      <Bar dataKey="count" isAnimationActive={false} maxBarSize={16}>
        {rows.map((r) => {
          const color = streamColor(r.stream);
          const opacity = emphasis(highlight, r.stream);
          return (
            <Cell
              key={r.key}
              fill={color}
              fillOpacity={(r.email ? 0.85 : 0.25) * opacity}
              stroke={color}
              strokeOpacity={opacity}
              strokeWidth={r.email ? 0 : 1.5}
              strokeDasharray={r.email ? undefined : '4 2'}
            />
          );
        })}
        <LabelList
          dataKey="count"
          position="right"
          className="chart-bars__value"
          formatter={(v: unknown) => (typeof v === 'number' ? formatCount(language, v) : '')}
        />
      </Bar>
    </BarChart>
  );
}
