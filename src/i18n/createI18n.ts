// Builds the i18next instance. One instance per app (and per test), so nothing leaks between
// renders. The language is mirrored on <html lang>; a change made by the user is saved.
import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './locales/de.json';
import en from './locales/en.json';
import fr from './locales/fr.json';
import { previewEnglish, previewFrench, previewGerman } from './previewLocales.ts';
import {
  DEFAULT_LANGUAGE,
  detectLanguage,
  isLanguage,
  LANGUAGES,
  saveLanguage,
  type Language,
} from './languages.ts';

export const resources = {
  en: { translation: { ...en, preview: previewEnglish } },
  de: { translation: { ...de, preview: previewGerman } },
  fr: { translation: { ...fr, preview: previewFrench } },
} as const;

export function createI18n(storage: Storage | undefined = globalThis.localStorage): I18n {
  const instance = createInstance();
  const lng = detectLanguage(storage, globalThis.navigator?.languages ?? []);
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    initAsync: false, // resources are bundled: be ready before the first render
    interpolation: { escapeValue: false }, // React escapes already
  });
  applyToDocument(lng);
  // Registered after init, so only a real change is saved, not the detected default.
  instance.on('languageChanged', (language) => {
    if (!isLanguage(language)) return;
    saveLanguage(storage, language);
    applyToDocument(language);
  });
  return instance;
}

function applyToDocument(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
