/**
 * The flow of people between streams as a graph that is acyclic by construction, so a Sankey can lay
 * it out although programs cycle (S1 -> S2 -> S1): a column per point in time (the start of the
 * written period, then the end of each week or month), a node per (stream, column) sized by its
 * members then, and links from column k - 1 to column k for the people who stayed and for the moves
 * dated in bucket k - 1. Joins come from a "Joined" node and removals go to a "Left" node, placed in
 * the columns on either side of their bucket.
 *
 * A Sankey layout puts a node in the column of its longest path from a root; a "Joined" node or a
 * stream that starts empty would be a root and fall back to the first column. So every column has
 * an invisible "period" node, chained to the next one, with a zero-valued layout link to every node
 * of the next column: each node lands in its own column, and the period node carries its heading.
 *
 * Counts are per move, not per person: someone who moves twice in one bucket is counted twice, and
 * "stayed" (members at the start of the bucket minus the moves out) is clamped at zero.
 */
import { PLACES, type PreviewFrame } from '../../engine';
import type { PreviewResult } from '../../simulation/previewStore';
import { bucketOfDay, buckets, type Bucket } from './chartPeriods';

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
  count: number;
  /** False for layout links and for links too thin to read (under MIN_LINK_SHARE). */
  drawn: boolean;
}

/** Move counts of one bucket: from -1 is a join, to -1 a removal. */
export interface FlowMove {
  bucket: number;
  from: number;
  to: number;
  count: number;
  drawn: boolean;
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
      drawn: false,
    }));
}

export function flowOfPeople(result: PreviewResult, resolution: 'week' | 'month'): FlowData {
  const { frame, aggregates } = result;
  const streams = frame.streamIds.length;
  const list = buckets(frame, resolution);
  const columns = list.length + 1;
  const members = [frame.fromDay - 1, ...list.map((b) => b.last)].map((day) =>
    membersAt(frame, aggregates.occupancy, day),
  );
  const moves = movesPerBucket(result, list);
  const byBucket = list.map(() => [] as FlowMove[]);
  for (const m of moves) byBucket[m.bucket]!.push(m); // never into the same stream (R47)
  const flows = byBucket.map((ms) => {
    const out = new Array<number>(streams).fill(0);
    const into = new Array<number>(streams).fill(0);
    let joined = 0;
    let left = 0;
    for (const m of ms) {
      if (m.from < 0) joined += m.count;
      else out[m.from]! += m.count;
      if (m.to < 0) left += m.count;
      else into[m.to]! += m.count;
    }
    return { out, into, joined, left };
  });

  // Nodes column by column, top to bottom: period, joined (feeding the next column), streams in
  // lane order, left (fed by the previous column). The Sankey keeps this order (sort off).
  const nodes: FlowNode[] = [];
  const period: number[] = [];
  const joinedNode: number[] = [];
  const leftNode: number[] = [];
  const streamNode = members.map(() => new Array<number>(streams).fill(-1));
  const add = (node: FlowNode) => nodes.push(node) - 1;
  for (let k = 0; k < columns; k++) {
    period[k] = add({ kind: 'period', column: k, stream: -1, people: 0 });
    const next = flows[k];
    joinedNode[k] =
      next && next.joined > 0
        ? add({ kind: 'joined', column: k, stream: -1, people: next.joined })
        : -1;
    const before = flows[k - 1];
    for (let s = 0; s < streams; s++)
      if (members[k]![s]! > 0 || (before?.into[s] ?? 0) > 0 || (next?.out[s] ?? 0) > 0)
        streamNode[k]![s] = add({ kind: 'stream', column: k, stream: s, people: members[k]![s]! });
    leftNode[k] =
      before && before.left > 0
        ? add({ kind: 'left', column: k, stream: -1, people: before.left })
        : -1;
  }

  const links: FlowLink[] = [];
  for (let k = 1; k < columns; k++) {
    nodes.forEach((node, i) => {
      if (node.column === k)
        links.push({ source: period[k - 1]!, target: i, kind: 'layout', count: 0, drawn: false });
    });
    const { out } = flows[k - 1]!;
    const transition: { link: FlowLink; move: FlowMove | null }[] = [];
    const link = (source: number, target: number, kind: FlowLinkKind, count: number) => ({
      source,
      target,
      kind,
      count,
      drawn: true,
    });
    for (let s = 0; s < streams; s++) {
      const stayed = Math.max(0, members[k - 1]![s]! - out[s]!);
      if (stayed > 0)
        transition.push({
          link: link(streamNode[k - 1]![s]!, streamNode[k]![s]!, 'stay', stayed),
          move: null,
        });
    }
    for (const m of byBucket[k - 1]!) {
      const made =
        m.from < 0
          ? link(joinedNode[k - 1]!, streamNode[k]![m.to]!, 'join', m.count)
          : m.to < 0
            ? link(streamNode[k - 1]![m.from]!, leftNode[k]!, 'leave', m.count)
            : link(streamNode[k - 1]![m.from]!, streamNode[k]![m.to]!, 'move', m.count);
      transition.push({ link: made, move: m });
    }
    const total = transition.reduce((sum, t) => sum + t.link.count, 0);
    for (const t of transition) {
      t.link.drawn = t.link.count >= MIN_LINK_SHARE * total;
      if (t.move) t.move.drawn = t.link.drawn;
      links.push(t.link);
    }
  }
  return { resolution, buckets: list, nodes, links, moves };
}

/** Whether anyone joined, moved or left in the written period. */
export const hasMoves = (flow: FlowData) => flow.moves.length > 0;
