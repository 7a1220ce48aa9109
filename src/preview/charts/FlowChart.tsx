/**
 * Chart 4's Sankey (recharts) over the stream-and-period graph of flowData.ts: custom nodes that
 * name their stream and count, period nodes that draw the column headings, links coloured by the
 * stream people come from (joins by the stream they join), and nothing for layout links or links
 * too thin to read.
 */
import { useMemo, type ReactElement, type SVGProps } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Sankey,
  type SankeyLinkProps as LinkProps,
  type SankeyNodeProps as NodeProps,
} from 'recharts';
import { shortDate } from '../../simulation/derive/dates';
import type { PreviewFrame } from '../../engine';
import { emphasis, OUTSIDE_COLOR, streamColor } from './chartStyle';
import type { FlowData, FlowNode } from './flowData';
import { formatCount } from './timeLabels';
import { headings, LINE_HEIGHT, measureText, nodeLabel } from './flowLabels';

const MARGIN = { top: 30, bottom: 8, left: 8 };
const NODE_WIDTH = 10;
const MS_PER_DAY = 86_400_000;

/** The most nodes a column holds (streams, joined, left). */
function flowRows(flow: FlowData): number {
  const perColumn = new Map<number, number>();
  for (const n of flow.nodes)
    if (n.kind !== 'period') perColumn.set(n.column, (perColumn.get(n.column) ?? 0) + 1);
  return Math.max(1, ...perColumn.values());
}

function flowHeight(flow: FlowData): number {
  return Math.min(720, Math.max(260, MARGIN.top + flowRows(flow) * 40));
}

/**
 * The graph as recharts reads it, built once per flow: a new object would make the Sankey lay
 * itself out again on every render (a highlight changes colours only). Undrawn links weigh 0.
 */
function sankeyData(flow: FlowData) {
  return {
    nodes: flow.nodes.map((n) => ({ name: n.kind })),
    links: flow.links.map((l) => ({
      source: l.source,
      target: l.target,
      value: l.drawn ? l.people : 0,
    })),
  };
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
  const data = useMemo(() => sankeyData(flow), [flow]);
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
  // Where a stream is named when columns are narrow: at its biggest node (room for lines).
  const biggest = new Map<number, FlowNode>();
  for (const n of flow.nodes)
    if (n.kind === 'stream' && n.people > (biggest.get(n.stream)?.people ?? 0))
      biggest.set(n.stream, n);
  // Labels sit right of their node; the last column's need room outside the plot.
  const lastLabels = flow.nodes
    .filter((n) => n.kind !== 'period' && n.column === columns - 1)
    .map((n) => measureText(`${names.node(n)} ${formatCount(language, n.people)}`));
  // Headings are centred on their columns: the first one needs room on the left.
  const startWidth = measureText(names.column(0), true);
  const margin = {
    ...MARGIN,
    left: Math.max(MARGIN.left, Math.ceil(startWidth / 2 - NODE_WIDTH / 2) + 2),
    right: Math.ceil(Math.max(0, ...lastLabels)) + 8,
  };
  const gap = (width - margin.left - margin.right - NODE_WIDTH) / Math.max(1, columns - 1);
  const numeric = new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'numeric',
    timeZone: 'UTC',
  });
  const columnHeadings = headings(
    [
      Array.from({ length: columns }, (_, k) => names.column(k)),
      Array.from({ length: columns }, (_, k) =>
        k === 0 ? names.column(0) : numeric.format(flow.buckets[k - 1]!.last * MS_PER_DAY),
      ),
    ],
    gap,
    measureText,
  );
  const labelContext = { gap, lastColumn: columns - 1, biggest, measure: measureText };
  const colorOf = (n: FlowNode) => (n.kind === 'stream' ? streamColor(n.stream) : OUTSIDE_COLOR);
  const opacityOf = (n: FlowNode) => (n.kind === 'stream' ? emphasis(highlight, n.stream) : 1);

  const renderNode = (props: NodeProps) => {
    const n = flow.nodes[props.index]!;
    if (n.kind === 'period') {
      return (
        <text
          x={props.x + NODE_WIDTH / 2}
          y={MARGIN.top - 12}
          textAnchor="middle"
          className="chart-flow__heading"
        >
          {columnHeadings[n.column]}
        </text>
      );
    }
    if (props.height <= 0) return <g />;
    const lines = nodeLabel(
      n,
      names.node(n),
      formatCount(language, n.people),
      props.height,
      labelContext,
    );
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
            y={props.y + props.height / 2 - ((lines.length - 1) * LINE_HEIGHT) / 2}
            className="chart-flow__label"
          >
            {lines.map((line, i) => (
              <tspan key={i} x={props.x + props.width + 4} dy={i === 0 ? '0.32em' : LINE_HEIGHT}>
                {line}
              </tspan>
            ))}
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
            count: Math.round(link.people),
          })}
        </title>
      </path>
    );
  };

  return (
    <Sankey
      width={width}
      height={flowHeight(flow)}
      data={data}
      margin={margin}
      nodeWidth={NODE_WIDTH}
      // Many streams: less space between nodes, so the nodes keep most of the height.
      nodePadding={flowRows(flow) > 10 ? 6 : 14}
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
