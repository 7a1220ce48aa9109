/** Stream (lane) edits: add (R2), rename, cadence, remove, and lane position. */
import { MAX_STREAMS, type Cadence, type Scenario } from '../../model';
import { nextId, streamIds } from './ids';
import { done, editStream, refuse, withStreams, withUi, type EditResult } from './result';
import { freeLanePosition, nextLanePosition, readUi, type LaneLayout } from './ui';

export function addStream(
  doc: Scenario,
  name: string,
  at?: LaneLayout,
): EditResult & { id?: string } {
  if (doc.program.streams.length >= MAX_STREAMS) return refuse('tooManyStreams');
  const id = nextId('S', streamIds(doc));
  const ui = readUi((doc as { ui?: unknown }).ui, streamIds(doc));
  const lanes = { ...ui.lanes, [id]: at ? freeLanePosition(ui, at) : nextLanePosition(ui) };
  const next = withUi(withStreams(doc, [...doc.program.streams, { id, name }]), {
    ...rawUi(doc),
    lanes,
  });
  return { ...done(next), id };
}

export function renameStream(doc: Scenario, id: string, name: string): EditResult {
  return editStream(doc, id, (s) => ({ ...s, name }));
}

export function setCadence(doc: Scenario, id: string, cadence: Cadence): EditResult {
  return editStream(doc, id, (s) => ({ ...s, cadence }));
}

/**
 * Removes a lane with everything drawn on it: its own rules, rules of other lanes that pull from it
 * (an `inStream` filter naming it), and batch moves from or to it. Other mentions (a `streamChanged`
 * trigger) stay, and the problems panel names them.
 */
export function removeStream(doc: Scenario, id: string): EditResult {
  if (!doc.program.streams.some((s) => s.id === id)) return refuse('notFound');
  const streams = doc.program.streams
    .filter((s) => s.id !== id)
    .map((s) => {
      if (!s.transitions) return s;
      const transitions = s.transitions.filter(
        (r) => !(r.filters ?? []).some((f) => f.type === 'inStream' && f.stream === id),
      );
      return transitions.length === s.transitions.length ? s : { ...s, transitions };
    });
  const batchMoves = doc.program.batchMoves?.filter((b) => b.from !== id && b.to !== id);
  const next = withStreams(doc, streams);
  const program = batchMoves === undefined ? next.program : { ...next.program, batchMoves };
  const ui = rawUi(doc);
  const lanes = { ...(isRecord(ui.lanes) ? ui.lanes : {}) };
  delete lanes[id];
  return done(withUi({ ...next, program }, { ...ui, lanes }));
}

export function moveLane(doc: Scenario, id: string, to: LaneLayout): EditResult {
  if (!doc.program.streams.some((s) => s.id === id)) return refuse('notFound');
  const ui = readUi((doc as { ui?: unknown }).ui, streamIds(doc));
  // Another lane in the way: the moved lane goes right past it (lanes never sit on each other).
  const others = {
    ...ui,
    lanes: Object.fromEntries(Object.entries(ui.lanes).filter(([lane]) => lane !== id)),
  };
  const at = freeLanePosition(others, { x: Math.round(to.x), y: Math.round(to.y) });
  return done(withUi(doc, { ...rawUi(doc), lanes: { ...ui.lanes, [id]: at } }));
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The `ui` object as stored (keeping keys other versions may have added). */
export function rawUi(doc: Scenario): Record<string, unknown> {
  const ui = (doc as { ui?: unknown }).ui;
  return isRecord(ui) ? ui : {};
}
