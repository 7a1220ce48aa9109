// Several cards at once (a multi-selection) and "Activate all" (R8): each one edit, one undo step,
// and an edit that changes nothing gives back the same document (no step).
import { describe, expect, it } from 'vitest';
import { activateAll, moveItems, setItemsActive } from '../../src/document/actions/content';
import { placementsAfterMove, planMove } from '../../src/document/ops';
import type { Scenario } from '../../src/model';
import { createEditorStore } from '../../src/store/editorStore';
import { nurtureA } from '../fixtures/builders';

/** Nurture-A with every item inactive, as the editor creates them (R8). */
function allInactive(): Scenario {
  const doc = nurtureA();
  for (const s of doc.program.streams) s.content = s.content!.map((c) => ({ ...c, active: false }));
  return doc;
}

const activeOf = (doc: Scenario, stream: string) =>
  doc.program.streams
    .find((s) => s.id === stream)!
    .content!.map((c) => `${c.id}:${c.active === false ? 'off' : 'on'}`);
const idsOf = (doc: Scenario, stream: string) =>
  doc.program.streams.find((s) => s.id === stream)!.content!.map((c) => c.id);

function opened(doc: Scenario) {
  const store = createEditorStore();
  store.getState().open('p', doc, 1);
  return store;
}

describe('content of several cards', () => {
  it('R8: Activate all turns on every item of one stream only, as one undo step', () => {
    const store = opened(allInactive());
    store.getState().apply(activateAll, { stream: 'S2' });
    const doc = store.getState().doc!;
    expect(activeOf(doc, 'S2')).toEqual(['E2:on', 'E4:on', 'E5:on']);
    expect(activeOf(doc, 'S1')).toEqual(['E1:off', 'E2:off', 'E3:off']); // E2 in S1 stays off
    expect(store.getState().past.map((s) => s.action)).toEqual(['activateAll']);
    store.getState().apply(activateAll, { stream: 'S2' }); // already all on: no second step
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(activeOf(store.getState().doc!, 'S2')).toEqual(['E2:off', 'E4:off', 'E5:off']);
    expect(activateAll.perform(nurtureA(), { stream: 'S9' })).toEqual({
      ok: false,
      refusal: 'notFound',
    });
  });

  it('switches the selected cards on and off, per stream', () => {
    const store = opened(allInactive());
    const items = [
      { stream: 'S1', id: 'E1' },
      { stream: 'S2', id: 'E2' },
    ];
    store.getState().apply(setItemsActive, { items, active: true });
    const on = store.getState().doc!;
    expect(activeOf(on, 'S1')).toEqual(['E1:on', 'E2:off', 'E3:off']);
    expect(activeOf(on, 'S2')).toEqual(['E2:on', 'E4:off', 'E5:off']);
    store.getState().apply(setItemsActive, { items, active: false });
    expect(activeOf(store.getState().doc!, 'S1')).toEqual(['E1:off', 'E2:off', 'E3:off']);
    expect(store.getState().past.map((s) => s.action)).toEqual([
      'setItemsActive',
      'setItemsActive',
    ]);
  });

  it('moves the selected cards to the bottom of another stream in the order shown, as one step', () => {
    const store = opened(nurtureA());
    const items = [
      { stream: 'S1', id: 'E3' },
      { stream: 'S1', id: 'E1' },
    ];
    store.getState().apply(moveItems, { items, to: 'S2' });
    const doc = store.getState().doc!;
    expect(idsOf(doc, 'S1')).toEqual(['E2']);
    expect(idsOf(doc, 'S2')).toEqual(['E2', 'E4', 'E5', 'E1', 'E3']);
    expect(store.getState().past).toHaveLength(1);
    expect(placementsAfterMove(nurtureA(), items, 'S2')).toEqual([
      { stream: 'S2', id: 'E3' },
      { stream: 'S2', id: 'E1' },
    ]);
  });

  it('a card whose content the destination already holds stays where it is, and is named', () => {
    const doc = nurtureA();
    const items = [
      { stream: 'S1', id: 'E1' },
      { stream: 'S1', id: 'E2' }, // S2 holds E2 already
      { stream: 'S2', id: 'E4' }, // already in S2
    ];
    expect(planMove(doc, items, 'S2')).toEqual({
      moving: [{ stream: 'S1', id: 'E1' }],
      blocked: [{ stream: 'S1', id: 'E2' }],
    });
    const result = moveItems.perform(doc, { items, to: 'S2' });
    if (!result.ok) throw new Error(result.refusal);
    expect(idsOf(result.doc, 'S1')).toEqual(['E2', 'E3']);
    expect(idsOf(result.doc, 'S2')).toEqual(['E2', 'E4', 'E5', 'E1']);
    expect(moveItems.perform(doc, { items: [{ stream: 'S1', id: 'E2' }], to: 'S2' })).toEqual({
      ok: false,
      refusal: 'alreadyInStream',
    });
    // The same content selected in two streams moves once; the other card stays.
    const both = [
      { stream: 'S1', id: 'E2' },
      { stream: 'S2', id: 'E2' },
    ];
    const doc3 = structuredClone(doc);
    doc3.program.streams.push({ id: 'S3', name: 'Won', content: [] });
    expect(planMove(doc3, both, 'S3')).toEqual({
      moving: [{ stream: 'S1', id: 'E2' }],
      blocked: [{ stream: 'S2', id: 'E2' }],
    });
  });
});
