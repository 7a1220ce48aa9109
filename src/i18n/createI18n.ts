// Builds an i18next instance with every language bundled, ready at once: for tests and anything
// that renders without waiting. The app itself loads only the reader's language (loadI18n.ts).
// One instance per app (and per test), so nothing leaks between renders.
import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './locales/de.json';
import en from './locales/en.json';
import fr from './locales/fr.json';
import { editorPageEnglish, editorPageFrench, editorPageGerman } from './editorPageLocales.ts';
import { detectLanguage } from './languages.ts';
import { followLanguage, sharedOptions } from './setup.ts';

export const resources = {
  en: { translation: { ...en, ...editorPageEnglish } },
  de: { translation: { ...de, ...editorPageGerman } },
  fr: { translation: { ...fr, ...editorPageFrench } },
} as const;

export function createI18n(storage: Storage | undefined = globalThis.localStorage): I18n {
  const instance = createInstance();
  const lng = detectLanguage(storage, globalThis.navigator?.languages ?? []);
  void instance.use(initReactI18next).init({
    ...sharedOptions(lng),
    resources,
    initAsync: false, // resources are bundled: be ready before the first render
  });
  followLanguage(instance, lng, storage);
  return instance;
}
