// @vitest-environment jsdom
// The update banner: nothing until the service worker offers a new version, then a translated
// "A new version is ready: Reload" that applies it only when pressed.
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appUpdate } from '../../src/app/appUpdate';
import { UpdateBanner } from '../../src/app/UpdateBanner';
import { createI18n } from '../../src/i18n/createI18n';
import { LANGUAGE_STORAGE_KEY } from '../../src/i18n/languages';
import { memoryStorage } from '../fixtures/memoryStorage';

function renderBanner(language = 'en') {
  const storage = memoryStorage();
  storage.setItem(LANGUAGE_STORAGE_KEY, language);
  return render(
    <I18nextProvider i18n={createI18n(storage)}>
      <UpdateBanner />
    </I18nextProvider>,
  );
}

afterEach(() => {
  cleanup();
  appUpdate.reset();
});

describe('UpdateBanner', () => {
  it('shows nothing until a new version is offered, then applies it only on Reload', async () => {
    const user = userEvent.setup();
    const apply = vi.fn();
    renderBanner();
    const region = document.querySelector('[aria-live="polite"]')!;
    expect(region.textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();

    act(() => appUpdate.offer(apply));
    expect(region.textContent).toContain('A new version is ready');
    expect(apply).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['de', 'Eine neue Version ist bereit', 'Neu laden'],
    ['fr', 'Une nouvelle version est prête', 'Recharger'],
  ])('speaks %s', (language, text, button) => {
    renderBanner(language);
    act(() => appUpdate.offer(() => {}));
    expect(document.querySelector('[aria-live="polite"]')!.textContent).toContain(text);
    screen.getByRole('button', { name: button });
  });
});
