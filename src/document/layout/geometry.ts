/** Sizes of lanes and cards, shared by the projection and the drop logic. */
import { LANE_WIDTH } from '../ops';

export { LANE_WIDTH };
export const LANE_HEADER = 86;
/** Room for the type and two lines of state chips, and the name. */
export const CARD_HEIGHT = 64;
export const CARD_GAP = 10;
export const CARD_INSET = 12;
export const CARD_WIDTH = LANE_WIDTH - 2 * CARD_INSET;
/** Room under the last card to drop one more. */
export const LANE_FOOT = 56;

export const laneHeight = (cards: number) =>
  LANE_HEADER + cards * (CARD_HEIGHT + CARD_GAP) + LANE_FOOT;
export const cardTop = (index: number) => LANE_HEADER + index * (CARD_HEIGHT + CARD_GAP);

/** The priority index a card dropped at `y` (relative to its lane's top) takes among `count` cards. */
export function dropIndex(y: number, count: number): number {
  const index = Math.round((y - LANE_HEADER) / (CARD_HEIGHT + CARD_GAP));
  return Math.max(0, Math.min(count, index));
}

/** The program entry node: two tags side by side, "program entry" and "any stream". It is as
 * wide as its words; this is room enough for them in every language. */
export const ENTRY_WIDTH = 340;
export const ENTRY_HEIGHT = 36;
