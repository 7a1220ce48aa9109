/**
 * Where a card goes when moved with the keyboard (the keys' answer to dragging it): Alt+ArrowUp and
 * Alt+ArrowDown shift it one place in its stream's priority (R11), Alt+ArrowLeft and Alt+ArrowRight
 * send it to the end of the lane on its left or right. Pure: the canvas applies it as `moveItem`.
 */
import { readUi } from '../document/ops';
import type { Scenario } from '../model';

export interface CardMove {
  from: string;
  item: string;
  to: string;
  index: number;
}

/** The move `key` asks for, or null when there is nowhere to go (first, last, outermost lane). */
export function cardKeyMove(
  doc: Scenario,
  stream: string,
  item: string,
  key: string,
): CardMove | null {
  const streams = doc.program.streams;
  const content = streams.find((s) => s.id === stream)?.content ?? [];
  const index = content.findIndex((c) => c.id === item);
  if (index < 0) return null;
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const to = index + (key === 'ArrowUp' ? -1 : 1);
    return to < 0 || to >= content.length ? null : { from: stream, item, to: stream, index: to };
  }
  if (key !== 'ArrowLeft' && key !== 'ArrowRight') return null;
  // Lanes in the order they stand on the canvas, left to right.
  const lanes = readUi(
    (doc as { ui?: unknown }).ui,
    streams.map((s) => s.id),
  ).lanes;
  const order = streams
    .map((s) => s.id)
    .sort((a, b) => lanes[a]!.x - lanes[b]!.x || lanes[a]!.y - lanes[b]!.y);
  const neighbour = order[order.indexOf(stream) + (key === 'ArrowLeft' ? -1 : 1)];
  if (neighbour === undefined) return null;
  const length = streams.find((s) => s.id === neighbour)?.content?.length ?? 0;
  return { from: stream, item, to: neighbour, index: length };
}
