// What every i18next instance of the app shares, bundled or loaded by language: the options, and
// the language mirrored on <html lang> and saved when the user changes it.
import type { i18n as I18n, InitOptions } from 'i18next';
import { isolateBidi } from './bidi.ts';
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  LANGUAGES,
  saveLanguage,
  type Language,
} from './languages.ts';

export function sharedOptions(lng: Language): InitOptions {
  return {
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    // React escapes HTML already; what i18next escapes is the direction of interpolated values
    // (names), so a right-to-left override in one cannot reorder the rest of the sentence.
    interpolation: { escapeValue: true, escape: isolateBidi },
  };
}

/** Call after init, so only a real change is saved, not the detected default. */
export function followLanguage(instance: I18n, lng: Language, storage: Storage | undefined): void {
  applyToDocument(lng);
  instance.on('languageChanged', (language) => {
    if (!isLanguage(language)) return;
    saveLanguage(storage, language);
    applyToDocument(language);
  });
}

function applyToDocument(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
