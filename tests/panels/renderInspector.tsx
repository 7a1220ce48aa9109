// Renders the inspector alone on the app's editor store, in English, with "today" pinned so
// next-cast lists and "window over" notes do not depend on the day the tests run.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../src/i18n/createI18n';
import type { Scenario, Stream } from '../../src/model';
import { Inspector } from '../../src/panels/Inspector';
import { TodayContext } from '../../src/ui/today';
import type { Selected } from '../../src/document/selected';
import { editorStore } from '../../src/store/useEditor';
import { nurtureA } from '../fixtures/builders';
import { memoryStorage } from '../fixtures/memoryStorage';

/** Opens `doc` (Nurture-A by default) in the editor store with `selection`. */
export function openProgram(selection: Selected[] = [], doc: Scenario = nurtureA()) {
  editorStore.getState().open('p', doc, 1);
  editorStore.getState().select(selection);
}

export function renderInspector(today = '2025-03-01') {
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={createI18n(memoryStorage())}>
      <TodayContext value={() => today}>
        <Inspector />
      </TodayContext>
    </I18nextProvider>,
  );
  return { user, ...view };
}

export const currentDoc = (): Scenario => editorStore.getState().doc!;
export const streamOf = (id: string): Stream =>
  currentDoc().program.streams.find((s) => s.id === id)!;
export const historyLength = () => editorStore.getState().past.length;

/** The inspector landmark (an aside named "Inspector"). */
export const inspector = () => screen.getByRole('complementary', { name: 'Inspector' });
