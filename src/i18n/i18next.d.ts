// Typed translation keys: t('library.titel') is a compile error.
import type en from './locales/en.json';
import type { editorPageEnglish } from './editorPageLocales';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en & typeof editorPageEnglish };
  }
}
