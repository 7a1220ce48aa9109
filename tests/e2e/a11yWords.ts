// The interface's own words in a language, read from the locale files, so one spec can find the
// same buttons in English and in German.
import { readFileSync } from 'node:fs';
import type en from '../../src/i18n/locales/en.json';
import type editorPageEn from '../../src/i18n/locales/editorPage.en.json';
import type previewEn from '../../src/i18n/locales/preview/preview.en.json';
import type scriptEn from '../../src/i18n/locales/preview/script.en.json';

export type Words = typeof en & typeof editorPageEn & { preview: typeof previewEn };

const read = (path: string) => JSON.parse(readFileSync(`src/i18n/locales/${path}`, 'utf8'));

export function words(language: 'en' | 'de' | 'fr'): Words {
  return {
    ...read(`${language}.json`),
    ...read(`editorPage.${language}.json`),
    preview: read(`preview/preview.${language}.json`),
  };
}

/** A preview view's words (src/i18n/locales/preview/<view>.<language>.json). */
export function previewWords(language: 'en' | 'de' | 'fr'): { script: typeof scriptEn } {
  return { script: read(`preview/script.${language}.json`) };
}
