/**
 * The canvas layout kept in a scenario's `"ui"` key (unknown to other tools, kept by all): lane
 * positions by stream id, the program-entry node, and sticky notes. Read defensively, since a file
 * may come from anywhere; written whole.
 */
export interface LaneLayout {
  x: number;
  y: number;
}

export interface Note {
  id: string;
  x: number;
  y: number;
  text: string;
}

export interface EditorUi {
  lanes: Record<string, LaneLayout>;
  entry: LaneLayout;
  notes: Note[];
}

export const LANE_WIDTH = 260;
export const LANE_GAP = 60;
/** Lanes stand in columns: two lanes closer than this (left edge to left edge) would overlap. */
export const LANE_SPACING = LANE_WIDTH + LANE_GAP / 2;
/** Above the lanes: rules from anywhere come down into a lane's top without crossing others. */
export const ENTRY_POSITION: LaneLayout = { x: 0, y: -190 };

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function position(value: unknown): LaneLayout | null {
  return isObject(value) && isNumber(value.x) && isNumber(value.y)
    ? { x: value.x, y: value.y }
    : null;
}

/** The layout of a document; streams without a stored position go to the right of the others. */
export function readUi(raw: unknown, streamIds: readonly string[]): EditorUi {
  const ui = isObject(raw) ? raw : {};
  const stored = isObject(ui.lanes) ? ui.lanes : {};
  const lanes: Record<string, LaneLayout> = {};
  let nextX = 0;
  for (const id of streamIds) {
    const p = position(stored[id]);
    if (p) nextX = Math.max(nextX, p.x + LANE_WIDTH + LANE_GAP);
  }
  for (const id of streamIds) {
    const p = position(stored[id]);
    if (p) lanes[id] = p;
    else {
      lanes[id] = { x: nextX, y: 0 };
      nextX += LANE_WIDTH + LANE_GAP;
    }
  }
  const notes = Array.isArray(ui.notes)
    ? ui.notes.flatMap((n): Note[] => {
        const p = position(n);
        return p && isObject(n) && typeof n.id === 'string'
          ? [{ id: n.id, ...p, text: typeof n.text === 'string' ? n.text : '' }]
          : [];
      })
    : [];
  return { lanes, entry: position(ui.entry) ?? ENTRY_POSITION, notes };
}

/** Where a new lane goes: right of the rightmost lane. */
export function nextLanePosition(ui: EditorUi): LaneLayout {
  const xs = Object.values(ui.lanes).map((l) => l.x);
  return { x: xs.length === 0 ? 0 : Math.max(...xs) + LANE_WIDTH + LANE_GAP, y: 0 };
}

/** `at`, moved right past any lane it would overlap, so lanes never sit on each other. */
export function freeLanePosition(ui: EditorUi, at: LaneLayout): LaneLayout {
  let x = at.x;
  for (let moved = true; moved;) {
    moved = false;
    for (const lane of Object.values(ui.lanes)) {
      if (Math.abs(lane.x - x) < LANE_SPACING) {
        x = lane.x + LANE_WIDTH + LANE_GAP;
        moved = true;
      }
    }
  }
  return { x, y: at.y };
}
