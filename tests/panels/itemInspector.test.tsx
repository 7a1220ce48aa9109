// @vitest-environment jsdom
// The item inspector: active (R8), availability window (R9), type in every stream, R14 info,
// behaviour override, the program item's smart list (R29), and removal from one stream.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setItemType } from '../../src/document/actions/content';
import type { ContentItem } from '../../src/model';
import { editorStore } from '../../src/store/useEditor';
import { currentDoc, inspector, openProgram, renderInspector, streamOf } from './renderInspector';

afterEach(cleanup);

const itemOf = (stream: string, id: string): ContentItem =>
  streamOf(stream).content!.find((c) => c.id === id)!;

describe('item inspector', () => {
  it('R8: the active checkbox switches the item in this stream', async () => {
    openProgram([{ kind: 'item', stream: 'S1', id: 'E2' }]);
    const { user } = renderInspector();
    within(inspector()).getByRole('heading', { name: 'Email' });
    const active = screen.getByRole('checkbox', { name: 'Active' });
    expect(active).toHaveProperty('checked', true); // absent in the file means active
    await user.click(active);
    expect(itemOf('S1', 'E2').active).toBe(false);
    expect(itemOf('S2', 'E2').active).toBeUndefined();
    expect(screen.getByRole('checkbox', { name: 'Active' })).toHaveProperty('checked', false);
  });

  it('R9: sets and clears the window, and notes a backwards or past window', () => {
    openProgram([{ kind: 'item', stream: 'S1', id: 'E2' }]);
    renderInspector('2025-03-10');
    const from = screen.getByLabelText('Active from');
    const through = screen.getByLabelText('Active through');

    // Dates are typed as the language writes them and saved when the field is left.
    const type = (field: HTMLElement, value: string) => {
      fireEvent.change(field, { target: { value } });
      fireEvent.blur(field);
    };
    type(from, '03/15/2025');
    expect(itemOf('S1', 'E2').activeFrom).toBe('2025-03-15');
    expect(from).toHaveProperty('value', '03/15/2025');
    type(through, '2025-03-12'); // as files write them
    expect(itemOf('S1', 'E2').activeThrough).toBe('2025-03-12');
    screen.getByText('Active from is after Active through, so this content is never cast.');

    type(from, '');
    expect(itemOf('S1', 'E2')).not.toHaveProperty('activeFrom');
    type(through, '03/05/2025');
    screen.getByText('The window ended on Mar 5, 2025: this content is no longer cast.');
  });

  it('R14: names the other streams, and a new name reaches every one of them', async () => {
    openProgram([{ kind: 'item', stream: 'S1', id: 'E2' }]);
    const { user } = renderInspector();
    screen.getByText(/^Also in Late: a person receives it at most once/);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Case study');
    expect(itemOf('S1', 'E2').name).toBe('Case study');
    expect(itemOf('S2', 'E2').name).toBe('Case study');
    expect(editorStore.getState().past).toHaveLength(1);
  });

  it('turns an email into a program in every stream and shows its smart list', async () => {
    openProgram([{ kind: 'item', stream: 'S1', id: 'E2' }]);
    const { user } = renderInspector();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Program');
    expect(itemOf('S1', 'E2').type).toBe('program');
    expect(itemOf('S2', 'E2').type).toBe('program');
    within(inspector()).getByRole('heading', { name: 'Program item' });

    // R29: the program's smart list, with the shared filter builder.
    screen.getByText('No filters: everyone qualifies.');
    await user.click(screen.getByRole('button', { name: 'Add filter' }));
    const value = screen.getByRole('textbox', { name: 'Value' });
    await user.type(value, 'CA');
    expect(itemOf('S1', 'E2').qualify).toEqual([
      { type: 'attribute', attribute: 'country', op: 'eq', value: 'CA' },
    ]);
    await user.click(screen.getByRole('button', { name: 'Remove filter 1' }));
    expect(itemOf('S1', 'E2')).not.toHaveProperty('qualify');
  });

  it('overrides behaviour per rate in percent, and rejects what is not a percentage', async () => {
    openProgram([{ kind: 'item', stream: 'S1', id: 'E1' }]);
    const { user } = renderInspector();
    const opens = screen.getByRole('textbox', { name: 'Opens (%)' });
    await user.type(opens, '12.5');
    expect(itemOf('S1', 'E1').behavior).toEqual({ open: 0.125 });
    expect(opens).toHaveProperty('value', '12.5');

    // Each keystroke that leaves a valid rate applies it; "120" is refused and 12 % stays.
    const clicks = screen.getByRole('textbox', { name: 'Clicks (%)' });
    await user.type(clicks, '120');
    expect(screen.getByRole('alert').textContent).toMatch(/percentage from 0 to 100/);
    expect(itemOf('S1', 'E1').behavior).toEqual({ open: 0.125, click: 0.12 });
    expect(clicks).toHaveProperty('value', '120');
    expect(clicks.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);

    await user.clear(clicks);
    await user.clear(opens);
    expect(itemOf('S1', 'E1')).not.toHaveProperty('behavior');
  });

  it('removes the item from this stream only, and clears the selection', async () => {
    openProgram([{ kind: 'item', stream: 'S2', id: 'E2' }]);
    const { user } = renderInspector();
    await user.click(screen.getByRole('button', { name: 'Remove from Late' }));
    expect(streamOf('S2').content!.map((c) => c.id)).toEqual(['E4', 'E5']);
    expect(streamOf('S1').content!.map((c) => c.id)).toEqual(['E1', 'E2', 'E3']);
    expect(editorStore.getState().selection).toEqual([]);
    within(inspector()).getByRole('heading', { name: 'Program' });
  });

  it('follows undo: the fields show the document again', async () => {
    openProgram([{ kind: 'item', stream: 'S1', id: 'E1' }]);
    editorStore.getState().apply(setItemType, { item: 'E1', type: 'program' });
    const { user } = renderInspector();
    within(inspector()).getByRole('heading', { name: 'Program item' });
    await user.click(screen.getByRole('checkbox', { name: 'Active' }));
    editorStore.getState().undo();
    editorStore.getState().undo();
    expect(currentDoc().program.streams[0]!.content![0]).toEqual({ id: 'E1', type: 'email' });
    await screen.findByRole('heading', { name: 'Email' });
    expect(screen.getByRole('checkbox', { name: 'Active' })).toHaveProperty('checked', true);
  });
});
