// Renders a part of the preview alone on the app's editor store, in a chosen language.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../src/i18n/createI18n';
import type { Scenario } from '../../src/model';
import { editorStore } from '../../src/store/useEditor';
import { previewStore } from '../../src/store/usePreview';
import { TodayContext } from '../../src/ui/today';

export function openDocument(doc: Scenario) {
  editorStore.getState().open('p', doc, 1);
  previewStore.getState().reset();
}

export function renderPart(part: ReactNode, language: 'en' | 'de' = 'en', today = '2026-12-01') {
  const storage = new Map<string, string>([['lanecast.language', language]]);
  const i18n = createI18n({
    get length() {
      return storage.size;
    },
    clear: () => storage.clear(),
    getItem: (key) => storage.get(key) ?? null,
    key: (index) => [...storage.keys()][index] ?? null,
    removeItem: (key) => void storage.delete(key),
    setItem: (key, value) => void storage.set(key, String(value)),
  });
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <TodayContext value={() => today}>{part}</TodayContext>
    </I18nextProvider>,
  );
  return { user, ...view };
}

export const currentDoc = (): Scenario => editorStore.getState().doc!;
export const undoSteps = () => editorStore.getState().past.length;
