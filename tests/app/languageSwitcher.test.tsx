// @vitest-environment jsdom
// The language menu as the app starts it: only the reader's language is loaded (loadI18n.ts), and
// still every language is named, in itself, so a reader can find theirs.
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageSwitcher } from '../../src/app/LanguageSwitcher.tsx';
import { LANGUAGE_STORAGE_KEY } from '../../src/i18n/languages.ts';
import { loadI18n } from '../../src/i18n/loadI18n.ts';
import { memoryStorage } from '../fixtures/memoryStorage';

afterEach(cleanup);

describe('language menu', () => {
  it.each([
    ['en', 'Language'],
    ['de', 'Sprache'],
    ['fr', 'Langue'],
  ])('names every language in itself when the page speaks %s', async (language, label) => {
    const storage = memoryStorage();
    storage.setItem(LANGUAGE_STORAGE_KEY, language);
    const i18n = await loadI18n(storage);
    render(
      <I18nextProvider i18n={i18n}>
        <LanguageSwitcher />
      </I18nextProvider>,
    );
    const menu = screen.getByRole('combobox', { name: label });
    const names = within(menu)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(names).toEqual(['English', 'Deutsch', 'Français']);
  });
});
