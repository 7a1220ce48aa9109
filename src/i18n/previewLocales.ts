// The preview's strings, one file per view and language (src/i18n/locales/preview/<view>.<lang>.json),
// so each view's wording sits apart; they are merged under the `preview` key of the translation,
// one module per language (src/i18n/preview/<lang>.ts).
export { default as previewEnglish } from './preview/en';
export { default as previewGerman } from './preview/de';
export { default as previewFrench } from './preview/fr';
