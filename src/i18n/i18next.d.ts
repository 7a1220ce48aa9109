// Typed translation keys: t('library.titel') is a compile error.
import type en from './locales/en.json';
import type { previewEnglish } from './previewLocales';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en & { preview: typeof previewEnglish } };
  }
}
