/**
 * The app's i18next instance, loading strings by language, so the first page fetches only the
 * reader's language, and the strings only the editor shows (the preview's, the canvas's, the
 * problems panel's, the print views'...: src/i18n/editorPage/) come with the editor
 * (`withPreviewStrings`). A language chosen later loads before it is
 * shown (i18next waits for its backend).
 */
import { createInstance, type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { detectLanguage, isLanguage, type Language } from './languages.ts';
import { followLanguage, sharedOptions } from './setup.ts';

type Strings = Record<string, unknown>;
const take = (module: { default: Strings }) => module.default;

const MAIN: Record<Language, () => Promise<Strings>> = {
  en: () => import('./locales/en.json').then(take),
  de: () => import('./locales/de.json').then(take),
  fr: () => import('./locales/fr.json').then(take),
};

const EDITOR_PAGE: Record<Language, () => Promise<Strings>> = {
  en: () => import('./editorPage/en.ts').then(take),
  de: () => import('./editorPage/de.ts').then(take),
  fr: () => import('./editorPage/fr.ts').then(take),
};

const BUNDLED = Promise.resolve();

/**
 * Instances made here, and whether their languages load the preview's strings too. Keyed by the
 * instance's store: useTranslation hands out a wrapper of the instance, which shares its store.
 */
const withPreview = new WeakMap<object, { wanted: boolean; loaded?: Promise<void> }>();

export async function loadI18n(
  storage: Storage | undefined = globalThis.localStorage,
): Promise<I18n> {
  const instance = createInstance();
  const state: { wanted: boolean; loaded?: Promise<void> } = { wanted: false };
  const backend: BackendModule = {
    type: 'backend',
    callbackApi: true,
    init: () => {},
    read(language, _namespace, callback) {
      if (!isLanguage(language)) return callback(null, {});
      const fail = (error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error)), null);
      // Whether the preview's strings come too is decided in the same task that hands the main
      // ones over, so a language never slips between this and withPreviewStrings.
      MAIN[language]().then((main) => {
        if (!state.wanted) return callback(null, main);
        EDITOR_PAGE[language]().then((editor) => callback(null, { ...main, ...editor }), fail);
      }, fail);
    },
  };
  const lng = detectLanguage(storage, globalThis.navigator?.languages ?? []);
  // No English fallback to fetch with German or French: tests/app/locales.test.ts proves every key
  // and plural form is in every language, so a fallback would only cost the first page ~10 kB.
  await instance
    .use(initReactI18next)
    .use(backend)
    .init({ ...sharedOptions(lng), fallbackLng: false });
  withPreview.set(instance.store, state);
  followLanguage(instance, lng, storage);
  return instance;
}

/**
 * Resolves once the preview's strings are there for every language loaded so far (and makes
 * languages loaded later bring theirs). The same promise per instance, for React's `use`; at once
 * for an instance with everything bundled (createI18n).
 */
export function withPreviewStrings(i18n: I18n): Promise<void> {
  const state = withPreview.get(i18n.store);
  if (state === undefined) return BUNDLED;
  state.wanted = true;
  state.loaded ??= Promise.all(
    Object.keys(i18n.store.data)
      .filter(isLanguage)
      .map(async (language) => {
        const strings = await EDITOR_PAGE[language]();
        i18n.addResourceBundle(language, 'translation', strings, true, true);
      }),
  ).then(
    () => undefined,
    (error: unknown) => {
      state.loaded = undefined; // try again next time (the network may be back)
      throw error;
    },
  );
  return state.loaded;
}
