// @vitest-environment jsdom
// The stream inspector's "Test stream" (R59) as a dry run: a new test person with attributes, or
// someone of the audience, one cast, "Run cast": the item they get, the rule that fires, marked as a
// dry run, and the document left as it was.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/createI18n';
import type { Scenario } from '../../src/model';
import { Inspector } from '../../src/panels/Inspector';
import { InspectorSlotsContext } from '../../src/panels/inspectorSlots';
import { TestStream } from '../../src/preview/testStream/TestStream';
import { editorStore } from '../../src/store/useEditor';
import { previewStore } from '../../src/store/usePreview';
import { TodayContext } from '../../src/ui/today';
import { nurtureA } from '../fixtures/builders';
import { memoryStorage } from '../fixtures/memoryStorage';

afterEach(() => {
  cleanup();
  previewStore.getState().reset();
});

/** Nurture-A with a rule into S2 taking German newcomers, and Ann (Norway) in the audience. */
function program(): Scenario {
  const doc = nurtureA();
  const [s1, s2] = doc.program.streams;
  const rule = {
    id: 't-de',
    triggers: [{ type: 'addedToProgram' as const }],
    filters: [{ type: 'attribute' as const, attribute: 'country', op: 'eq' as const, value: 'DE' }],
  };
  return {
    ...doc,
    people: [{ id: 'ann', attributes: { country: 'NO' } }],
    program: { ...doc.program, streams: [s1!, { ...s2!, transitions: [rule] }] },
  };
}

function renderStream(doc: Scenario) {
  editorStore.getState().open('p', doc, 1);
  editorStore.getState().select([{ kind: 'stream', id: 'S1' }]);
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n(memoryStorage())}>
      <TodayContext value={() => '2025-03-01'}>
        <InspectorSlotsContext value={{ testStream: TestStream }}>
          <Inspector />
        </InspectorSlotsContext>
      </TodayContext>
    </I18nextProvider>,
  );
  return { user, section: screen.getByRole('region', { name: 'Test stream' }) };
}

describe('Test stream (R59), a dry run', () => {
  it('R59: someone of the audience gets E1 at the chosen cast, the rule that turned them away is named, nothing changes', async () => {
    const doc = program();
    const { user, section } = renderStream(doc);
    const ui = within(section);
    await user.selectOptions(ui.getByRole('combobox', { name: 'Test person' }), 'ann');
    await user.selectOptions(ui.getByRole('combobox', { name: 'Cast' }), ['Tue, Mar 11, 2025']);
    await user.click(ui.getByRole('button', { name: 'Run cast' }));
    const result = await ui.findByRole('status', { name: 'Dry run result' });
    expect(result.textContent).toContain(
      'Dry run: a fresh copy of the person, added to this stream for this cast; nothing is sent, nothing is saved.',
    );
    expect(result.textContent).toContain('ann: got E1');
    expect(within(result).getByText(/E1: sent/)).toBeTruthy();
    expect(result.textContent).toMatch(/Rule t-de into Late:.*country/);
    expect(editorStore.getState().doc).toBe(doc);
    expect(editorStore.getState().past).toHaveLength(0);
  });

  it('R59, R47: a new test person from Germany is moved by the rule before the cast', async () => {
    const { user, section } = renderStream(program());
    const ui = within(section);
    await user.type(
      ui.getByRole('textbox', { name: 'Attributes of the new person' }),
      'country=DE',
    );
    await user.click(ui.getByRole('button', { name: 'Run cast' }));
    const result = await ui.findByRole('status', { name: 'Dry run result' });
    expect(result.textContent).toContain('A rule moved test-person out of Early before this cast.');
    expect(result.textContent).toMatch(/Rule t-de into Late:.*moved/);
  });

  it('names a typed attribute that is not name=value, and runs nothing', async () => {
    const { user, section } = renderStream(program());
    const ui = within(section);
    await user.type(ui.getByRole('textbox', { name: 'Attributes of the new person' }), 'score10');
    await user.click(ui.getByRole('button', { name: 'Run cast' }));
    expect(ui.getByRole('alert').textContent).toContain('“score10” is not an attribute');
    expect(ui.queryByRole('status', { name: 'Dry run result' })).toBeNull();
  });
});
