/**
 * The flow of people between streams as a graph that is acyclic by construction, so a Sankey can lay
 * it out although programs cycle (S1 -> S2 -> S1): a column per point in time (the start of the
 * written period, then the end of each week or month), a node per (stream, column) sized by its
 * members then, and links from column k - 1 to column k: who stayed, who moved where, who joined
 * (from a "Joined" node) and who left (to a "Left" node), as flowTransfers.ts follows them.
 *
 * A Sankey layout puts a node in the column of its longest path from a root; a "Joined" node or a
 * stream that starts empty would be a root and fall back to the first column. So every column has
 * an invisible "period" node, chained to the next one, with a zero-valued layout link to every node
 * of the next column: each node lands in its own column, and the period node carries its heading.
 */
import { PLACES, type PreviewFrame } from '../../engine';
import type { PreviewResult } from '../../simulation/previewStore';
import { bucketOfDay, buckets, type Bucket } from './chartPeriods';
import { transfersPerBucket } from './flowTransfers';

export type FlowNodeKind = 'period' | 'stream' | 'joined' | 'left';
export type FlowLinkKind = 'layout' | 'stay' | 'move' | 'join' | 'leave';

export interface FlowNode {
  kind: FlowNodeKind;
  column: number;
  /** The stream of a stream node, else -1. */
  stream: number;
  /** Members at the column's time (stream), people who joined or left (joined, left), 0 (period). */
  people: number;
}

export interface FlowLink {
  source: number;
  target: number;
  kind: FlowLinkKind;
  /** People (an estimate, so fractional, where people moved several times in the bucket). */
  people: number;
  /** False for layout links and for links too thin to read (under MIN_LINK_SHARE). */
  drawn: boolean;
}

/** Move counts of one bucket, exact: from -1 is a join, to -1 a removal. */
export interface FlowMove {
  bucket: number;
  from: number;
  to: number;
  count: number;
}

export interface FlowData {
  resolution: 'week' | 'month';
  /** Column 0 is the start of the written period; column b + 1 the end of bucket b. */
  buckets: Bucket[];
  nodes: FlowNode[];
  links: FlowLink[];
  moves: FlowMove[];
}

/** Links thinner than this share of the people flowing between two columns are not drawn. */
export const MIN_LINK_SHARE = 0.005;
/** Nor are links of under half a person (estimates: they would read "0 people"). */
export const MIN_PEOPLE = 0.5;
/** Shares under this are rounding dust of the estimate, not links. */
const DUST = 1e-6;

/** Members of each stream at the end of `day` (zeros before the simulation starts). */
function membersAt(frame: PreviewFrame, occupancy: Int32Array, day: number): number[] {
  const streams = frame.streamIds.length;
  const d = day - frame.startDay;
  return Array.from({ length: streams }, (_, s) => {
    if (d < 0) return 0;
    const base = (d * streams + s) * PLACES;
    return occupancy[base]! + occupancy[base + 1]! + occupancy[base + 2]!;
  });
}

/** The written period's move triples, summed per bucket, ordered by bucket, from, to. */
function movesPerBucket(result: PreviewResult, list: Bucket[]): FlowMove[] {
  const { frame, aggregates } = result;
  const bucketOf = bucketOfDay(frame, list);
  const width = frame.streamIds.length + 1;
  const sums = new Map<number, number>();
  for (let i = 0; i < aggregates.moveDay.length; i++) {
    const day = frame.startDay + aggregates.moveDay[i]!;
    if (day < frame.fromDay || day > frame.untilDay) continue;
    const key =
      (bucketOf[day - frame.fromDay]! * width + aggregates.moveFrom[i]! + 1) * width +
      aggregates.moveTo[i]! +
      1;
    sums.set(key, (sums.get(key) ?? 0) + aggregates.moveCount[i]!);
  }
  return [...sums]
    .sort((a, b) => a[0] - b[0])
    .map(([key, count]) => ({
      bucket: Math.floor(key / (width * width)),
      from: (Math.floor(key / width) % width) - 1,
      to: (key % width) - 1,
      count,
    }));
}

export function flowOfPeople(result: PreviewResult, resolution: 'week' | 'month'): FlowData {
  const { frame, aggregates } = result;
  const streams = frame.streamIds.length;
  const side = streams + 1;
  const list = buckets(frame, resolution);
  const columns = list.length + 1;
  const members = [frame.fromDay - 1, ...list.map((b) => b.last)].map((day) =>
    membersAt(frame, aggregates.occupancy, day),
  );
  const transfers = transfersPerBucket(frame, aggregates, list, members);
  const at = (b: number, from: number, to: number) => {
    const n = transfers[b]![from * side + to]!;
    return n >= DUST ? n : 0;
  };

  // Nodes column by column, top to bottom: period, joined (feeding the next column), streams in
  // lane order, left (fed by the previous column). The Sankey keeps this order (sort off).
  const nodes: FlowNode[] = [];
  const period: number[] = [];
  const joinedNode: number[] = [];
  const leftNode: number[] = [];
  const streamNode = members.map(() => new Array<number>(streams).fill(-1));
  const add = (node: FlowNode) => nodes.push(node) - 1;
  const sum = (values: number[]) => values.reduce((a, v) => a + v, 0);
  const range = Array.from({ length: streams }, (_, s) => s);
  for (let k = 0; k < columns; k++) {
    period[k] = add({ kind: 'period', column: k, stream: -1, people: 0 });
    const joined = k < list.length ? sum(range.map((t) => at(k, streams, t))) : 0;
    joinedNode[k] =
      joined > 0 ? add({ kind: 'joined', column: k, stream: -1, people: joined }) : -1;
    for (let s = 0; s < streams; s++) {
      const into = k > 0 && range.some((o) => at(k - 1, o, s) > 0);
      const out = k < list.length && at(k, s, streams) + sum(range.map((t) => at(k, s, t))) > 0;
      if (members[k]![s]! > 0 || into || out)
        streamNode[k]![s] = add({ kind: 'stream', column: k, stream: s, people: members[k]![s]! });
    }
    const left = k > 0 ? sum([...range, streams].map((o) => at(k - 1, o, streams))) : 0;
    leftNode[k] = left > 0 ? add({ kind: 'left', column: k, stream: -1, people: left }) : -1;
  }

  const links: FlowLink[] = [];
  for (let k = 1; k < columns; k++) {
    nodes.forEach((node, i) => {
      if (node.column === k)
        links.push({ source: period[k - 1]!, target: i, kind: 'layout', people: 0, drawn: false });
    });
    const transition: FlowLink[] = [];
    for (let o = 0; o <= streams; o++)
      for (let t = 0; t <= streams; t++) {
        const people = at(k - 1, o, t);
        if (people === 0) continue;
        const source = o === streams ? joinedNode[k - 1]! : streamNode[k - 1]![o]!;
        const target = t === streams ? leftNode[k]! : streamNode[k]![t]!;
        const kind = o === streams ? 'join' : t === streams ? 'leave' : o === t ? 'stay' : 'move';
        transition.push({ source, target, kind, people, drawn: true });
      }
    const total = sum(transition.map((l) => l.people));
    for (const l of transition) l.drawn = l.people >= Math.max(MIN_PEOPLE, MIN_LINK_SHARE * total);
    links.push(...transition);
  }
  return { resolution, buckets: list, nodes, links, moves: movesPerBucket(result, list) };
}

/** Whether anyone joined, moved or left in the written period. */
export const hasMoves = (flow: FlowData) => flow.moves.length > 0;
