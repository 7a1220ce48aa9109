// @vitest-environment jsdom
// The effect of an edit on people already in flight: the run before the edit and the run after,
// diffed for the people who joined before the cursor; the notice names them and undoes the edit.
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { moveItem, updateItem } from '../../src/document/actions/content';
import { dayOf } from '../../src/engine';
import { programContent } from '../../src/document/programContent';
import { InFlightNotice } from '../../src/editor/InFlightNotice';
import { createPreviewController } from '../../src/simulation/controller';
import { inThreadEndpoint } from '../../src/simulation/endpoints';
import { createInFlightStore, watchInFlight } from '../../src/simulation/inFlight';
import { SimulationPool } from '../../src/simulation/pool';
import { previewServicesOf } from '../../src/simulation/services';
import { editorStore } from '../../src/store/useEditor';
import { previewStore } from '../../src/store/usePreview';
import { variantProgram } from '../fixtures/variantProgram';
import { openDocument, renderPart } from '../preview/renderPreviewPart';

let stop = () => {};
afterEach(() => {
  cleanup();
  stop();
});

/** The program open with its preview running, watched; the cursor on `cursor`. */
async function open(cursor: string) {
  openDocument(variantProgram(['E1', 'E2', 'E3']));
  const pool = new SimulationPool(inThreadEndpoint, 1);
  const controller = createPreviewController(previewStore, pool, 'program:p');
  const store = createInFlightStore();
  const unwatch = watchInFlight(previewStore, previewServicesOf(controller, pool), store);
  const unsubscribe = editorStore.subscribe((state, previous) => {
    if (state.doc !== previous.doc && state.doc)
      controller.documentChanged(programContent(state.doc));
  });
  stop = () => {
    unwatch();
    unsubscribe();
    controller.dispose();
  };
  controller.documentChanged(programContent(editorStore.getState().doc!));
  await waitFor(() => expect(previewStore.getState().status).toBe('ready'));
  previewStore.getState().setCursor(dayOf(cursor));
  return store;
}

/** E2 to the top of Main: E2, E1, E3. */
const moveE2Up = () =>
  editorStore.getState().apply(moveItem, { from: 's', item: 'E2', to: 's', index: 0 });

describe('watchInFlight', () => {
  it('counts the people in flight whose casts change, with their first differing cast', async () => {
    // On the 6th, ann (joined the 1st) and bob (the 5th) are in flight: both get E2 first now.
    const store = await open('2025-03-06');
    act(moveE2Up);
    await waitFor(() => expect(store.getState().effect).not.toBeNull());
    const effect = store.getState().effect!;
    expect(effect).toMatchObject({ affected: 2, inFlight: 2, cursorDay: dayOf('2025-03-06') });
    expect(effect.firsts.map(({ id, day, a, b }) => [id, day, a, b])).toEqual([
      ['ann', dayOf('2025-03-04'), ['E1'], ['E2']],
      ['bob', dayOf('2025-03-11'), ['E1'], ['E2']],
    ]);
  });

  it('leaves out people who joined after the cursor', async () => {
    // On the 4th only ann had joined; bob's casts change too, but he was not in flight yet.
    const store = await open('2025-03-04');
    act(moveE2Up);
    await waitFor(() => expect(store.getState().effect).not.toBeNull());
    expect(store.getState().effect).toMatchObject({ affected: 1, inFlight: 1 });
    expect(store.getState().effect!.firsts.map((f) => f.id)).toEqual(['ann']);
  });

  it('says nothing after an edit that changes no one’s casts, nor after an undo', async () => {
    const store = await open('2025-03-06');
    // A new name for E3 is a new simulation, but everyone gets the same casts.
    const runs = previewStore.getState().simulations;
    act(() =>
      editorStore
        .getState()
        .apply(updateItem, { stream: 's', item: 'E3', patch: { name: 'Tips' } }),
    );
    await waitFor(() => expect(previewStore.getState().simulations).toBe(runs + 1));
    await waitFor(() => expect(previewStore.getState().status).toBe('ready'));
    expect(store.getState().effect).toBeNull();
    act(moveE2Up);
    await waitFor(() => expect(store.getState().effect).not.toBeNull());
    // The undo finds its result cached: the notice of the edit goes, no new one comes.
    act(() => editorStore.getState().undo());
    await waitFor(() => expect(previewStore.getState().status).toBe('ready'));
    expect(store.getState().effect).toBeNull();
  });
});

describe('InFlightNotice', () => {
  it('names who changes and how, and "Undo this change" takes the edit back', async () => {
    const store = await open('2025-03-06');
    const { user } = renderPart(<InFlightNotice store={store} />);
    act(moveE2Up);
    expect(
      await screen.findByText(
        'This change affects 2 of 2 people already in the program (joined before Mar 6, 2025).',
      ),
    ).toBeTruthy();
    expect(screen.getByText('ann: on Mar 4, 2025, E2 instead of E1')).toBeTruthy();
    expect(screen.getByText('bob: on Mar 11, 2025, E2 instead of E1')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo this change' }));
    expect(editorStore.getState().doc!.program.streams[0]!.content!.map((c) => c.id)).toEqual([
      'E1',
      'E2',
      'E3',
    ]);
    expect(screen.queryByTestId('in-flight-notice')).toBeNull();
  });

  it('is dismissed without undoing', async () => {
    const store = await open('2025-03-06');
    const { user } = renderPart(<InFlightNotice store={store} />, 'de');
    act(moveE2Up);
    expect(
      await screen.findByText(
        'Diese Änderung betrifft 2 von 2 Personen, die schon im Programm sind (vor dem 6. März 2025 aufgenommen).',
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Schließen' }));
    expect(screen.queryByTestId('in-flight-notice')).toBeNull();
    expect(editorStore.getState().doc!.program.streams[0]!.content![0]!.id).toBe('E2');
  });
});
