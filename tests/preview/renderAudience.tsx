// Renders the Audience tab alone on the app's editor store, in English (a language kept in memory,
// so nothing leaks between tests), with the program given open in the editor.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../src/i18n/createI18n';
import type { Person, Scenario } from '../../src/model';
import { AudienceView } from '../../src/preview/audience/AudienceView';
import { editorStore } from '../../src/store/useEditor';
import { memoryStorage } from '../fixtures/memoryStorage';

/**
 * jsdom lays nothing out, so every element is 0 px tall and the virtualised lists would render no
 * row; give elements a client height (as a 600 px window would) while these tests run.
 */
export function giveElementsHeight(): () => void {
  const original = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
  Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  return () => Object.defineProperty(Element.prototype, 'clientHeight', original);
}

export function renderAudience(doc: Scenario) {
  editorStore.getState().open('p', doc, 1);
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={createI18n(memoryStorage())}>
      <AudienceView />
    </I18nextProvider>,
  );
  return { user, ...view };
}

export const currentDoc = (): Scenario => editorStore.getState().doc!;
export const personOf = (id: string): Person | undefined =>
  currentDoc().people?.find((p) => p.id === id);
export const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;

/** The texts of the alerts on screen (the section's message, a form's error), empty ones left out. */
export const alerts = () =>
  screen
    .queryAllByRole('alert')
    .map((a) => a.textContent)
    .filter(Boolean);
