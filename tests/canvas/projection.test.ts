import { describe, expect, it } from 'vitest';
import { fromFlow, layoutOf } from '../../src/canvas/fromFlow';
import {
  ANY_HANDLE,
  cardNodeId,
  EDGE_Z,
  ENTRY_ID,
  JOIN_HANDLE,
  laneNodeId,
  toFlow,
  type FlowNode,
} from '../../src/canvas/toFlow';
import { addBatchMove, addRule, moveLane } from '../../src/document/ops';
import type { Scenario } from '../../src/model';
import { nurtureA } from '../fixtures/builders';

const ok = (r: { ok: boolean; doc?: Scenario }) => r.doc!;

describe('document to canvas and back', () => {
  const doc = ok(addBatchMove(ok(addRule(nurtureA(), 'S1', 'S2')), 'S1', 'S2'));

  it('R11, R47, R41: lanes hold their cards in priority order; rules and batch moves are edges into their destination', () => {
    const { nodes, edges } = toFlow(doc);
    expect(nodes.map((n) => n.id)).toEqual([
      ENTRY_ID,
      laneNodeId('S1'),
      cardNodeId('S1', 'E1'),
      cardNodeId('S1', 'E2'),
      cardNodeId('S1', 'E3'),
      laneNodeId('S2'),
      cardNodeId('S2', 'E2'),
      cardNodeId('S2', 'E4'),
      cardNodeId('S2', 'E5'),
    ]);
    const cards = nodes.filter((n) => n.type === 'card');
    expect(
      cards.every((c) => c.parentId === laneNodeId((c.data as { stream: string }).stream)),
    ).toBe(true);
    const ys = cards.slice(0, 3).map((c) => c.position.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(edges.map((e) => [e.type, e.source, e.sourceHandle, e.target])).toEqual([
      ['join', ENTRY_ID, JOIN_HANDLE, laneNodeId('S1')], // people added to the program join S1
      ['rule', laneNodeId('S2'), undefined, laneNodeId('S1')], // opens an email, from S2 into S1
      ['rule', ENTRY_ID, ANY_HANDLE, laneNodeId('S2')], // fills out F-demo: from any stream
      ['batch', laneNodeId('S1'), undefined, laneNodeId('S2')],
    ]);
    // Drawn above lanes and cards, so a crossing edge can be seen and clicked.
    expect(edges.every((e) => e.zIndex === EDGE_Z)).toBe(true);
    // The join arrow is a fact of the program, not an element to select or delete.
    expect(edges[0]).toMatchObject({ selectable: false, deletable: false, focusable: false });
  });

  it('a rule only on joining the program starts at the entry\'s "program entry" handle; no stream, no join arrow', () => {
    const joining = ok(addRule(nurtureA(), 'S2', null, [{ type: 'addedToProgram' }]));
    const handles = toFlow(joining)
      .edges.filter((e) => e.type === 'rule')
      .map((e) => [e.data?.kind === 'rule' && e.data.rule.triggers[0]!.type, e.sourceHandle]);
    expect(handles).toEqual([
      ['fillsOutForm', ANY_HANDLE],
      ['addedToProgram', JOIN_HANDLE],
    ]);
    const empty = { ...nurtureA(), program: { ...nurtureA().program, streams: [] } };
    expect(toFlow(empty).edges).toEqual([]);
  });

  it('with node roles, screen readers hear what each node is', () => {
    const roles = { lane: 'Stream', card: 'Inhalt', entry: 'Programmeinstieg', note: 'Notiz' };
    const { nodes } = toFlow(doc, roles);
    const lane = nodes.find((n) => n.id === laneNodeId('S1'))!;
    const card = nodes.find((n) => n.id === cardNodeId('S1', 'E1'))!;
    expect(lane.domAttributes).toEqual({ 'aria-roledescription': 'Stream' });
    expect(card.domAttributes).toEqual({ 'aria-roledescription': 'Inhalt' });
  });

  it('round-trips: reading the canvas back gives the same document', () => {
    const placed = ok(moveLane(doc, 'S2', { x: 500, y: 40 }));
    const back = fromFlow(placed, toFlow(placed).nodes);
    expect(back.program).toEqual(placed.program);
    expect(toFlow(back)).toEqual(toFlow(placed));
  });

  it('a card dragged above another reorders the lane; a dragged lane keeps its new place', () => {
    const nodes = toFlow(doc).nodes.map((n): FlowNode => {
      if (n.id === cardNodeId('S1', 'E3')) return { ...n, position: { ...n.position, y: 0 } };
      if (n.id === laneNodeId('S2')) return { ...n, position: { x: 900, y: 120 } };
      return n;
    });
    const next = fromFlow(doc, nodes);
    expect(next.program.streams[0]!.content!.map((c) => c.id)).toEqual(['E3', 'E1', 'E2']);
    expect((next as { ui?: { lanes?: Record<string, unknown> } }).ui?.lanes?.S2).toEqual({
      x: 900,
      y: 120,
    });
    expect(next.program.streams[1]).toBe(doc.program.streams[1]); // untouched lanes keep identity
  });

  it('a dragged lane alone is a layout change: the program stays the same object', () => {
    const nodes = toFlow(doc).nodes.map((n): FlowNode =>
      n.id === laneNodeId('S2') ? { ...n, position: { x: 1500, y: 0 } } : n,
    );
    expect(fromFlow(doc, nodes).program).toBe(doc.program);
    const layout = layoutOf(nodes);
    expect([...layout.lanes.keys()]).toEqual(['S1', 'S2']);
    expect(layout.lanes.get('S2')).toEqual({ x: 1500, y: 0 });
    expect(layout.entry).toEqual(nodes.find((n) => n.id === ENTRY_ID)!.position);
  });
});
