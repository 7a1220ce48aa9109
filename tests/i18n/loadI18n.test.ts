// The app's translations loaded by language (src/i18n/loadI18n.ts): the same strings as the
// bundled instance the tests use, but only the reader's language at first (no English fallback:
// every key is in every language, tests/app/locales.test.ts), and the
// editor's strings (the preview's among them) only once the editor asks for them, for every language then and later.
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/createI18n';
import { LANGUAGE_STORAGE_KEY } from '../../src/i18n/languages';
import { loadI18n, withPreviewStrings } from '../../src/i18n/loadI18n';
import { memoryStorage } from '../fixtures/memoryStorage';

function storageWith(language?: string): Storage {
  const storage = memoryStorage();
  if (language !== undefined) storage.setItem(LANGUAGE_STORAGE_KEY, language);
  return storage;
}

const loaded = (i18n: Awaited<ReturnType<typeof loadI18n>>) => Object.keys(i18n.store.data).sort();

describe('loadI18n', () => {
  it('is ready with the reader’s language only, without the preview', async () => {
    const i18n = await loadI18n(storageWith('de'));
    expect(i18n.language).toBe('de');
    expect(loaded(i18n)).toEqual(['de']);
    expect(i18n.t('library.title')).toBe(resources.de.translation.library.title);
    expect(i18n.exists('preview.tabs.charts')).toBe(false);
    // Nor the other sections only the editor shows (src/i18n/editorPage/).
    expect(i18n.exists('palette.title')).toBe(false);
    expect(i18n.exists('problems.title')).toBe(false);
  });

  it('adds the preview’s strings when asked, the same as the bundled ones', async () => {
    const i18n = await loadI18n(storageWith('fr'));
    await withPreviewStrings(i18n);
    expect(i18n.getResourceBundle('fr', 'translation')).toEqual(resources.fr.translation);
    expect(loaded(i18n)).toEqual(['fr']);
    // One promise per instance, so React's `use` does not load them again.
    expect(withPreviewStrings(i18n)).toBe(withPreviewStrings(i18n));
  });

  it('loads a language chosen later before showing it, with the preview once it is wanted', async () => {
    const i18n = await loadI18n(storageWith('en'));
    await i18n.changeLanguage('fr');
    expect(i18n.t('library.title')).toBe(resources.fr.translation.library.title);
    expect(i18n.exists('preview.tabs.charts')).toBe(false);

    await withPreviewStrings(i18n);
    await i18n.changeLanguage('de');
    expect(i18n.getResourceBundle('de', 'translation')).toEqual(resources.de.translation);
    // French was loaded before the preview was wanted: it has the preview's strings too.
    expect(i18n.getResourceBundle('fr', 'translation')).toEqual(resources.fr.translation);
  });

  it('resolves at once for an instance with everything bundled', async () => {
    const { createI18n } = await import('../../src/i18n/createI18n');
    const bundled = createI18n(storageWith('de'));
    await expect(withPreviewStrings(bundled)).resolves.toBeUndefined();
    expect(bundled.t('preview.tabs.charts')).toBe(resources.de.translation.preview.tabs.charts);
  });
});
