/**
 * Chart 4, the flow of people between streams: members per stream at the start and at the end of
 * each week (or month), joined by the people who stayed, moved, joined or left in between. The
 * table lists every move count of every period, and says which were too small to draw.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './ChartCard';
import { flowResolution } from './chartPeriods';
import { emphasis, OUTSIDE_COLOR, streamColor } from './chartStyle';
import type { LegendItem } from './ChartLegend';
import { flowOfPeople, hasMoves, MIN_LINK_SHARE, MIN_PEOPLE } from './flowData';
import { FlowChart } from './FlowChart';
import { FlowTables } from './FlowTables';
import type { CardProps } from './MembersCard';

const RESOLUTIONS = ['week', 'month'] as const;

export function FlowCard({
  result,
  highlight,
  fileBase,
  width,
}: Omit<CardProps, 'cursor'> & { width: number }) {
  const { t, i18n } = useTranslation();
  const { frame } = result;
  const [chosen, setChosen] = useState<'week' | 'month' | null>(null);
  const resolution = chosen ?? flowResolution(frame, width);
  const flow = useMemo(() => flowOfPeople(result, resolution), [result, resolution]);
  const title = t('preview.charts.flow.title');
  const shown = new Set(flow.nodes.filter((n) => n.kind === 'stream').map((n) => n.stream));
  const legend: LegendItem[] = [
    ...[...shown]
      .sort((a, b) => a - b)
      .map((s) => ({
        key: `s${s}`,
        label: frame.streamNames[s]!,
        color: streamColor(s),
        shape: 'square' as const,
        streamId: frame.streamIds[s]!,
        pressed: highlight === s,
        faded: emphasis(highlight, s) < 1,
      })),
    {
      key: 'outside',
      label: t('preview.charts.flow.outside'),
      color: OUTSIDE_COLOR,
      shape: 'square',
    },
  ];
  const thin = flow.links.filter(
    (l) => l.kind !== 'layout' && !l.drawn && l.people >= MIN_PEOPLE,
  ).length;
  return (
    <ChartCard
      name="flow-between-streams"
      fileBase={fileBase}
      title={title}
      explanation={t(
        resolution === 'week' ? 'preview.charts.flow.explain' : 'preview.charts.flow.explainMonths',
      )}
      empty={hasMoves(flow) ? null : t('preview.charts.flow.empty')}
      wide
      controls={
        <div className="segmented" role="radiogroup" aria-label={t('preview.charts.flow.columns')}>
          {RESOLUTIONS.map((r) => (
            <button
              key={r}
              type="button"
              role="radio"
              aria-checked={resolution === r}
              className="segmented__option"
              onClick={() => setChosen(r)}
            >
              {t(`preview.charts.flow.${r}`)}
            </button>
          ))}
        </div>
      }
      legend={legend}
      note={
        thin > 0 && (
          <p className="chart-card__note">
            {t('preview.charts.flow.thin', {
              count: thin,
              share: (MIN_LINK_SHARE * 100).toLocaleString(i18n.language),
            })}
          </p>
        )
      }
      chart={(width) => (
        <FlowChart flow={flow} frame={frame} highlight={highlight} width={width} title={title} />
      )}
      table={() => <FlowTables flow={flow} frame={frame} />}
    />
  );
}
