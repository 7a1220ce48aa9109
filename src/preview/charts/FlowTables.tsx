/**
 * The flow chart's numbers: its links per period (who stayed, moved, joined or left between two
 * columns, and whether the link is drawn) and every move count of every period, exactly.
 */
import { useTranslation } from 'react-i18next';
import type { PreviewFrame } from '../../engine';
import { DataTable } from './DataTable';
import { MIN_PEOPLE, type FlowData, type FlowNode } from './flowData';
import { bucketLabel } from './timeLabels';

export function FlowTables({ flow, frame }: { flow: FlowData; frame: PreviewFrame }) {
  const { t, i18n } = useTranslation();
  const weeks = flow.resolution === 'week';
  const label = (b: number) => bucketLabel(t, i18n.language, flow.resolution, flow.buckets[b]!);
  const stream = (s: number, outside: string) => (s < 0 ? outside : frame.streamNames[s]!);
  const from = (n: FlowNode) =>
    n.kind === 'joined' ? t('preview.charts.flow.joinedProgram') : frame.streamNames[n.stream]!;
  const to = (n: FlowNode, stayed: boolean) =>
    n.kind === 'left'
      ? t('preview.charts.flow.leftProgram')
      : stayed
        ? t('preview.charts.flow.stayed', { name: frame.streamNames[n.stream]! })
        : frame.streamNames[n.stream]!;
  // Estimated links under half a person would read "0": only the chart's (undrawn) dust.
  const links = flow.links.filter((l) => l.kind !== 'layout' && l.people >= MIN_PEOPLE);
  const movesOf = (b: number) => flow.moves.filter((m) => m.bucket === b);
  const linksOf = (b: number) => links.filter((l) => flow.nodes[l.target]!.column === b + 1);
  return (
    <>
      <p className="chart-card__note">{t('preview.charts.flow.estimate')}</p>
      <DataTable
        caption={t(
          weeks ? 'preview.charts.flow.linksCaption' : 'preview.charts.flow.linksCaptionMonths',
        )}
        rowHeader={t('preview.charts.flow.from')}
        columns={[
          t('preview.charts.flow.to'),
          t('preview.charts.flow.people'),
          t('preview.charts.flow.drawn'),
        ]}
        groups={flow.buckets.map((_, b) => ({
          key: String(b),
          header: label(b),
          rows: linksOf(b).map((l) => ({
            key: `${l.source}:${l.target}`,
            header: from(flow.nodes[l.source]!),
            cells: [
              to(flow.nodes[l.target]!, l.kind === 'stay'),
              Math.round(l.people),
              t(l.drawn ? 'preview.charts.flow.yes' : 'preview.charts.flow.tooThin'),
            ],
          })),
        }))}
      />
      <DataTable
        caption={t(weeks ? 'preview.charts.flow.caption' : 'preview.charts.flow.captionMonths')}
        rowHeader={t('preview.charts.flow.from')}
        columns={[t('preview.charts.flow.to'), t('preview.charts.flow.people')]}
        groups={flow.buckets
          .map((_, b) => b)
          .filter((b) => movesOf(b).length > 0)
          .map((b) => ({
            key: String(b),
            header: label(b),
            rows: movesOf(b).map((m) => ({
              key: `${m.from}:${m.to}`,
              header: stream(m.from, t('preview.charts.flow.joinedProgram')),
              cells: [stream(m.to, t('preview.charts.flow.leftProgram')), m.count],
            })),
          }))}
      />
    </>
  );
}
