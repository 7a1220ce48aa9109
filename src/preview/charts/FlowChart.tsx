/**
 * Chart 4's Sankey (recharts) over the stream-and-period graph of flowData.ts: custom nodes that
 * name their stream and count, period nodes that draw the column headings, links coloured by the
 * stream people come from (joins by the stream they join), and nothing for layout links or links
 * too thin to read.
 */
import type { ReactElement, SVGProps } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Sankey,
  type SankeyLinkProps as LinkProps,
  type SankeyNodeProps as NodeProps,
} from 'recharts';
import { countText, shortDate } from '../../simulation/derive/dates';
import type { PreviewFrame } from '../../engine';
import { emphasis, OUTSIDE_COLOR, streamColor } from './chartStyle';
import type { FlowData, FlowNode } from './flowData';

const MARGIN = { top: 30, right: 8, bottom: 8, left: 8 };
const NODE_WIDTH = 10;
/** Column gap under which only a stream's first and last nodes carry its name. */
const ROOMY = 120;

function flowHeight(flow: FlowData): number {
  const perColumn = new Map<number, number>();
  for (const n of flow.nodes)
    if (n.kind !== 'period') perColumn.set(n.column, (perColumn.get(n.column) ?? 0) + 1);
  const rows = Math.max(1, ...perColumn.values());
  return Math.min(520, Math.max(220, MARGIN.top + rows * 42));
}

interface Names {
  node: (n: FlowNode) => string;
  column: (column: number) => string;
}

export function FlowChart({
  flow,
  frame,
  highlight,
  width,
  title,
}: {
  flow: FlowData;
  frame: PreviewFrame;
  highlight: number;
  width: number;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const columns = flow.buckets.length + 1;
  const gap = (width - MARGIN.left - MARGIN.right - NODE_WIDTH) / Math.max(1, columns - 1);
  const names: Names = {
    node: (n) =>
      n.kind === 'stream'
        ? frame.streamNames[n.stream]!
        : n.kind === 'joined'
          ? t('preview.charts.flow.joined')
          : n.kind === 'left'
            ? t('preview.charts.flow.left')
            : '',
    column: (k) =>
      k === 0 ? t('preview.charts.flow.start') : shortDate(language, flow.buckets[k - 1]!.last),
  };
  // A stream's first and last columns, where its name is always written.
  const firstColumn = new Map<number, number>();
  const lastColumn = new Map<number, number>();
  for (const n of flow.nodes)
    if (n.kind === 'stream') {
      if (!firstColumn.has(n.stream)) firstColumn.set(n.stream, n.column);
      lastColumn.set(n.stream, n.column);
    }
  const colorOf = (n: FlowNode) => (n.kind === 'stream' ? streamColor(n.stream) : OUTSIDE_COLOR);
  const opacityOf = (n: FlowNode) => (n.kind === 'stream' ? emphasis(highlight, n.stream) : 1);

  const renderNode = (props: NodeProps) => {
    const n = flow.nodes[props.index]!;
    if (n.kind === 'period') {
      const anchor = n.column === 0 ? 'start' : n.column === columns - 1 ? 'end' : 'middle';
      const x =
        anchor === 'start'
          ? props.x
          : anchor === 'end'
            ? props.x + NODE_WIDTH
            : props.x + NODE_WIDTH / 2;
      return (
        <text x={x} y={MARGIN.top - 12} textAnchor={anchor} className="chart-flow__heading">
          {names.column(n.column)}
        </text>
      );
    }
    if (props.height <= 0) return <g />;
    const last = n.column === columns - 1;
    const named =
      gap >= ROOMY ||
      n.kind !== 'stream' ||
      firstColumn.get(n.stream) === n.column ||
      lastColumn.get(n.stream) === n.column;
    const label = named
      ? `${names.node(n)} ${countText(language, n.people)}`
      : countText(language, n.people);
    return (
      <g opacity={opacityOf(n)}>
        <rect x={props.x} y={props.y} width={props.width} height={props.height} fill={colorOf(n)}>
          <title>
            {t('preview.charts.flow.nodeTitle', {
              name: names.node(n),
              period: names.column(n.column),
              count: n.people,
            })}
          </title>
        </rect>
        {props.height >= 9 && (
          <text
            x={last ? props.x - 4 : props.x + props.width + 4}
            y={props.y + props.height / 2}
            dy="0.32em"
            textAnchor={last ? 'end' : 'start'}
            className="chart-flow__label"
          >
            {label}
          </text>
        )}
      </g>
    );
  };

  const renderLink = (props: LinkProps): ReactElement<SVGProps<SVGPathElement>> => {
    const link = flow.links[props.index]!;
    if (!link.drawn || props.linkWidth <= 0) return <path />;
    const source = flow.nodes[link.source]!;
    const target = flow.nodes[link.target]!;
    const by = link.kind === 'join' ? target : source;
    const touches = highlight < 0 || source.stream === highlight || target.stream === highlight;
    const d = `M${props.sourceX},${props.sourceY}C${props.sourceControlX},${props.sourceY} ${props.targetControlX},${props.targetY} ${props.targetX},${props.targetY}`;
    return (
      <path
        d={d}
        fill="none"
        stroke={colorOf(by)}
        strokeWidth={Math.max(1, props.linkWidth)}
        strokeOpacity={touches ? 0.4 : 0.08}
      >
        <title>
          {t('preview.charts.flow.linkTitle', {
            from: names.node(source),
            to: names.node(target),
            period: names.column(target.column),
            count: link.count,
          })}
        </title>
      </path>
    );
  };

  return (
    <Sankey
      width={width}
      height={flowHeight(flow)}
      data={{
        nodes: flow.nodes.map((n) => ({ name: names.node(n) })),
        links: flow.links.map((l) => ({
          source: l.source,
          target: l.target,
          value: l.drawn ? l.count : 0,
        })),
      }}
      margin={MARGIN}
      nodeWidth={NODE_WIDTH}
      nodePadding={14}
      sort={false}
      align="left"
      iterations={16}
      node={renderNode}
      link={renderLink}
      title={title}
      desc={t('preview.charts.flow.explain')}
    />
  );
}
