// @vitest-environment jsdom
// The program inspector: shown when nothing is selected; time zone validated against the zone
// database, status (R6), communication limits (R34) and default behaviour rates.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { editorStore } from '../../src/store/useEditor';
import { currentDoc, inspector, openProgram, renderInspector } from './renderInspector';

afterEach(cleanup);

describe('program inspector', () => {
  it('shows the program when nothing is selected, or when the selection is gone', () => {
    openProgram([{ kind: 'stream', id: 'S9' }]);
    renderInspector();
    within(inspector()).getByRole('heading', { level: 2, name: 'Program' });
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveProperty('value', 'Nurture-A');
  });

  it('does not apply an unknown time zone, and says so; a known one is applied', async () => {
    openProgram();
    const { user } = renderInspector();
    const zone = screen.getByRole('combobox', { name: 'Time zone' });
    expect(zone).toHaveProperty('value', 'America/New_York');
    const options = document.getElementById(zone.getAttribute('list')!)!.querySelectorAll('option');
    expect(options.length).toBeGreaterThan(300);

    await user.clear(zone);
    await user.type(zone, 'Mars/Olympus');
    expect(screen.queryByRole('alert')).toBeNull(); // not while typing
    await user.tab();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(
      '“Mars/Olympus” is not a known time zone, so the program keeps America/New_York. Pick a zone from the list, for example Europe/Berlin.',
    );
    expect(zone.getAttribute('aria-invalid')).toBe('true');
    expect(zone.getAttribute('aria-describedby')).toContain(alert.id);
    expect(currentDoc().program.timeZone).toBe('America/New_York');

    await user.clear(zone);
    await user.type(zone, 'europe/berlin');
    await user.tab();
    expect(currentDoc().program.timeZone).toBe('Europe/Berlin');
    expect(screen.queryByRole('alert')).toBeNull();
    editorStore.getState().undo();
    expect(currentDoc().program.timeZone).toBe('America/New_York');
  });

  it('R6: switches the program off and on', async () => {
    openProgram();
    const { user } = renderInspector();
    await user.click(screen.getByRole('checkbox', { name: 'Program is on' }));
    expect(currentDoc().program.status).toBe('off');
    await user.click(screen.getByRole('checkbox', { name: 'Program is on' }));
    expect(currentDoc().program.status).toBe('on');
  });

  it('R34: limits are whole numbers of 0 or more, or empty for none', async () => {
    openProgram();
    const { user } = renderInspector();
    const perDay = screen.getByRole('textbox', { name: 'Per day' });
    await user.type(perDay, '1');
    expect(currentDoc().program.communicationLimits).toEqual({ perDay: 1 });
    await user.type(screen.getByRole('textbox', { name: 'Per 7 days' }), '-3');
    expect(screen.getByRole('alert').textContent).toBe('Enter a whole number of 0 or more.');
    expect(currentDoc().program.communicationLimits).toEqual({ perDay: 1 });
    await user.clear(perDay);
    expect(currentDoc().program).not.toHaveProperty('communicationLimits');
  });

  it('stores rates given in percent as probabilities', async () => {
    openProgram();
    const { user } = renderInspector();
    await user.type(screen.getByRole('textbox', { name: 'Opens (%)' }), '25');
    await user.type(screen.getByRole('textbox', { name: 'Clicks (%)' }), '7');
    await user.type(screen.getByRole('textbox', { name: 'Unsubscribes (%)' }), '0.2');
    expect(currentDoc().program.behavior).toEqual({ open: 0.25, click: 0.07, unsubscribe: 0.002 });
    expect(screen.getByRole('textbox', { name: 'Unsubscribes (%)' })).toHaveProperty(
      'value',
      '0.2',
    );
  });
});
