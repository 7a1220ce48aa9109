// @vitest-environment jsdom
// Choosing from a list with the keyboard commits on Enter, not on the first arrow key, and the
// focus stays on the list. jsdom does not step a select on arrow keys, so these tests replay what
// Chromium does (keydown, then the value changes with input/change, then keyup); the end-to-end
// test tests/e2e/rules.spec.ts drives the real keyboard.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { historyLength, openProgram, renderInspector, streamOf } from './renderInspector';

afterEach(cleanup);

/** What Chromium does for one arrow key on a closed select: the next option, and `change`. */
function arrowTo(select: HTMLSelectElement, value: string) {
  fireEvent.keyDown(select, { key: 'ArrowDown' });
  fireEvent.change(select, { target: { value } });
  fireEvent.keyUp(select, { key: 'ArrowDown' });
}

const trigger = () => streamOf('S2').transitions![0]!.triggers[0];
const typeSelect = () =>
  within(screen.getByRole('group', { name: 'Trigger 1' })).getByRole('combobox', {
    name: 'When the person',
  }) as HTMLSelectElement;

describe('choosing from a list with the keyboard', () => {
  it('arrow keys only show the option; Enter commits it, once, and the list keeps the focus', () => {
    openProgram([{ kind: 'rule', stream: 'S2', id: 't-demo' }]);
    renderInspector();
    const select = typeSelect();
    select.focus();
    arrowTo(select, 'opensEmail');
    arrowTo(select, 'clicksEmail');
    expect(trigger()).toEqual({ type: 'fillsOutForm', form: 'F-demo' }); // nothing committed
    expect(select.value).toBe('clicksEmail');
    const hint = document.getElementById(select.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).toBe('Press Enter to choose, Escape to keep the current choice.');
    expect(historyLength()).toBe(0);

    fireEvent.keyDown(select, { key: 'Enter' });
    expect(trigger()).toEqual({ type: 'clicksEmail' });
    expect(historyLength()).toBe(1);
    expect(typeSelect()).toBe(select);
    expect(document.activeElement).toBe(select);
    expect(select.getAttribute('aria-describedby')).toBeNull();
  });

  it('Escape and leaving the field go back to the current choice', () => {
    openProgram([{ kind: 'rule', stream: 'S2', id: 't-demo' }]);
    renderInspector();
    const select = typeSelect();
    arrowTo(select, 'opensEmail');
    fireEvent.keyDown(select, { key: 'Escape' });
    expect(select.value).toBe('fillsOutForm');
    arrowTo(select, 'addedToProgram');
    fireEvent.blur(select);
    expect(select.value).toBe('fillsOutForm');
    expect(trigger()).toEqual({ type: 'fillsOutForm', form: 'F-demo' });
    expect(historyLength()).toBe(0);
  });

  it('a choice made in the opened list (a click, or Enter there) commits at once', () => {
    openProgram([{ kind: 'rule', stream: 'S2', id: 't-demo' }]);
    renderInspector();
    fireEvent.change(typeSelect(), { target: { value: 'addedToProgram' } });
    expect(trigger()).toEqual({ type: 'addedToProgram' });
  });

  it('the stream pickers that add things wait for Enter too: no rule is added while browsing', () => {
    openProgram([{ kind: 'stream', id: 'S1' }]);
    renderInspector();
    const from = screen.getByRole('combobox', {
      name: 'Add a rule that pulls people here from',
    }) as HTMLSelectElement;
    arrowTo(from, '*');
    fireEvent.blur(from);
    expect(streamOf('S1').transitions).toBeUndefined();
    arrowTo(from, 'S2');
    fireEvent.keyDown(from, { key: 'Enter' });
    expect(streamOf('S1').transitions).toEqual([
      { id: 't1', triggers: [], filters: [{ type: 'inStream', stream: 'S2' }] },
    ]);
    screen.getByRole('region', { name: 'This rule has no trigger yet' });
  });
});
