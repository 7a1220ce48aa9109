import { describe, expect, it } from 'vitest';
import { addItem, addStream, renameStream, updateItem } from '../../src/document/ops';
import { createEditorStore, COALESCE_MS } from '../../src/store/editorStore';
import { nurtureA } from '../fixtures/builders';

function opened() {
  let clock = 0;
  const store = createEditorStore(() => clock);
  store.getState().open('prog-1', nurtureA(), 4);
  return { store, tick: (ms: number) => (clock += ms) };
}

describe('editor store', () => {
  it('applies edits, undoes and redoes every one of them', () => {
    const { store } = opened();
    const { edit } = store.getState();
    expect(edit((d) => addStream(d, 'Late stage'))).toBe(true);
    expect(edit((d) => addItem(d, 'S3', 0, 'email', 'Demo invite'))).toBe(true);
    expect(store.getState().doc!.program.streams).toHaveLength(3);
    store.getState().undo();
    expect(store.getState().doc!.program.streams[2]!.content).toBeUndefined();
    store.getState().undo();
    expect(store.getState().doc!.program.streams).toHaveLength(2);
    store.getState().undo(); // nothing more to undo
    expect(store.getState().doc).toEqual(nurtureA());
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().doc!.program.streams[2]!.content![0]!.name).toBe('Demo invite');
    expect(store.getState().saveState).toBe('pending');
  });

  it('a new edit after undo drops the redo branch', () => {
    const { store } = opened();
    store.getState().edit((d) => addStream(d, 'A'));
    store.getState().undo();
    store.getState().edit((d) => addStream(d, 'B'));
    store.getState().redo();
    expect(store.getState().doc!.program.streams.map((s) => s.name)).toEqual([
      'Early',
      'Late',
      'B',
    ]);
  });

  it('typing a name is one undo step; a pause starts another', () => {
    const { store, tick } = opened();
    for (const name of ['W', 'We', 'Wel', 'Welcome']) {
      store.getState().edit((d) => renameStream(d, 'S1', name), { coalesce: 'name:S1' });
      tick(200);
    }
    tick(COALESCE_MS);
    store.getState().edit((d) => renameStream(d, 'S1', 'Welcome!'), { coalesce: 'name:S1' });
    store.getState().undo();
    expect(store.getState().doc!.program.streams[0]!.name).toBe('Welcome');
    store.getState().undo();
    expect(store.getState().doc!.program.streams[0]!.name).toBe('Early');
  });

  it('R2: a refused edit changes nothing and says why', () => {
    const { store } = opened();
    for (let i = 0; i < 23; i++) store.getState().edit((d) => addStream(d, `L${i}`));
    const before = store.getState().doc;
    expect(store.getState().edit((d) => addStream(d, 'twenty-sixth'))).toBe(false);
    expect(store.getState().refusal).toBe('tooManyStreams');
    expect(store.getState().doc).toBe(before);
    store.getState().edit((d) => updateItem(d, 'S1', 'E1', { active: false }));
    expect(store.getState().refusal).toBeNull();
  });
});
