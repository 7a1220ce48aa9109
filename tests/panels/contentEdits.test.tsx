// @vitest-environment jsdom
// "Activate all" in the stream inspector (R8), and the panel for several selected elements:
// activate, deactivate, move and delete them, each one undo step.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model';
import { editorStore } from '../../src/store/useEditor';
import { nurtureA } from '../fixtures/builders';
import {
  currentDoc,
  historyLength,
  inspector,
  openProgram,
  renderInspector,
  streamOf,
} from './renderInspector';

afterEach(cleanup);

/** Nurture-A with every item inactive, as the editor creates them (R8). */
function inactive(): Scenario {
  const doc = nurtureA();
  for (const s of doc.program.streams) s.content = s.content!.map((c) => ({ ...c, active: false }));
  return doc;
}
const states = (stream: string) =>
  streamOf(stream).content!.map((c) => `${c.id}:${c.active === false ? 'off' : 'on'}`);

describe('Activate all', () => {
  it('turns on every item of the stream in one undo step, and then says all are on', async () => {
    openProgram([{ kind: 'stream', id: 'S1' }], inactive());
    const { user } = renderInspector();
    const section = screen.getByRole('region', { name: 'Content' });
    within(section).getByText('Active: 0 of 3.');
    const button = within(section).getByRole('button', { name: 'Activate all' });
    await user.click(button);
    expect(states('S1')).toEqual(['E1:on', 'E2:on', 'E3:on']);
    expect(states('S2')).toEqual(['E2:off', 'E4:off', 'E5:off']);
    expect(historyLength()).toBe(1);
    within(section).getByText('Active: 3 of 3.');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(button.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Everything in this stream is active.',
    );
    await user.click(button); // nothing left to do: no second step
    expect(historyLength()).toBe(1);
    editorStore.getState().undo();
    expect(states('S1')).toEqual(['E1:off', 'E2:off', 'E3:off']);
  });
});

describe('several selected elements', () => {
  const threeCards = [
    { kind: 'item' as const, stream: 'S1', id: 'E1' },
    { kind: 'item' as const, stream: 'S1', id: 'E2' },
    { kind: 'item' as const, stream: 'S2', id: 'E4' },
  ];

  it('names what is selected, and switches the cards on and off, one step each', async () => {
    openProgram([...threeCards, { kind: 'rule', stream: 'S2', id: 't-demo' }], inactive());
    const { user } = renderInspector();
    within(inspector()).getByRole('heading', { name: 'Selection' });
    expect(screen.getByTestId('selection-summary').textContent).toBe(
      'Selected: 3 cards and 1 rule.',
    );
    await user.click(screen.getByRole('button', { name: 'Activate' }));
    expect(states('S1')).toEqual(['E1:on', 'E2:on', 'E3:off']);
    expect(states('S2')).toEqual(['E2:off', 'E4:on', 'E5:off']);
    screen.getByText('Active: 3 of 3 selected cards.');
    await user.click(screen.getByRole('button', { name: 'Deactivate' }));
    expect(states('S1')).toEqual(['E1:off', 'E2:off', 'E3:off']);
    expect(historyLength()).toBe(2);
  });

  it('moves the cards to another stream in one step; a card whose content is there already stays, named', () => {
    openProgram(threeCards);
    renderInspector();
    const move = screen.getByRole('combobox', { name: 'Move cards to stream' });
    fireEvent.change(move, { target: { value: 'S2' } });
    expect(streamOf('S1').content!.map((c) => c.id)).toEqual(['E2', 'E3']);
    expect(streamOf('S2').content!.map((c) => c.id)).toEqual(['E2', 'E4', 'E5', 'E1']);
    expect(historyLength()).toBe(1);
    screen.getByText('E2 stayed where it was: Late already holds that content.');
    // The selection follows the moved card.
    expect(editorStore.getState().selection).toEqual([
      { kind: 'item', stream: 'S2', id: 'E1' },
      { kind: 'item', stream: 'S1', id: 'E2' },
      { kind: 'item', stream: 'S2', id: 'E4' },
    ]);
  });

  it('deletes everything selected in one step', async () => {
    openProgram([...threeCards, { kind: 'stream', id: 'S2' }]);
    const { user } = renderInspector();
    screen.getByText('Deleting a stream deletes its cards and the rules drawn to or from it.');
    await user.click(screen.getByRole('button', { name: 'Delete selection' }));
    expect(currentDoc().program.streams.map((s) => s.id)).toEqual(['S1']);
    expect(streamOf('S1').content!.map((c) => c.id)).toEqual(['E3']);
    expect(historyLength()).toBe(1);
    expect(editorStore.getState().selection).toEqual([]);
    within(inspector()).getByRole('heading', { name: 'Program' });
  });
});
