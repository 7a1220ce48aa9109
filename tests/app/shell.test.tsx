// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { Providers } from '../../src/app/providers.tsx';
import { createI18n } from '../../src/i18n/createI18n.ts';
import { LANGUAGE_STORAGE_KEY } from '../../src/i18n/languages.ts';

function renderShell() {
  return render(
    <Providers i18n={createI18n(localStorage)}>
      <App />
    </Providers>,
  );
}

describe('app shell', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    cleanup(); // vitest runs without globals, so Testing Library cannot register this itself
    document.documentElement.removeAttribute('lang');
  });

  // getByRole throws when the element is missing, so a bare call is an assertion.
  it('renders the header and the empty program library in English', async () => {
    renderShell();
    expect(screen.getByRole('banner').textContent).toContain('Lanecast');
    screen.getByRole('heading', { level: 1, name: 'Your programs' });
    // The list is read from IndexedDB: the empty state follows once it has loaded.
    await screen.findByRole('heading', { level: 2, name: 'No programs yet' });
    screen.getByText(/kept in this browser/);
    expect(document.documentElement.lang).toBe('en');
  });

  it('switches to German: texts, <html lang> and the saved choice change', async () => {
    const user = userEvent.setup();
    renderShell();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Deutsch');

    await screen.findByRole('heading', { level: 1, name: 'Ihre Programme' });
    await screen.findByRole('heading', { level: 2, name: 'Noch keine Programme' });
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Sprache' }).value).toBe('de');
    expect(screen.queryByText('Your programs')).toBeNull();
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');
  });

  it('starts in the saved language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    renderShell();
    screen.getByRole('heading', { level: 1, name: 'Vos programmes' });
    expect(document.documentElement.lang).toBe('fr');
  });
});
