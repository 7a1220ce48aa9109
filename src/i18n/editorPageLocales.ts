// The strings the editor page brings (src/i18n/editorPage/<lang>.ts): the sections only the editor
// shows, and the preview's, one file per view and language (src/i18n/locales/preview/<view>.<lang>.json),
// merged under the `preview` key of the translation.
export { default as editorPageEnglish } from './editorPage/en';
export { default as editorPageGerman } from './editorPage/de';
export { default as editorPageFrench } from './editorPage/fr';
