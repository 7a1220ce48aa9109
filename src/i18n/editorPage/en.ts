// The strings only the editor page shows, in en: its own sections (canvas, problems, history,
// handout, build sheet...) and the preview's under `preview`. Loaded with the editor, so the
// library page's first load carries none of them (src/i18n/loadI18n.ts).
import editorPage from '../locales/editorPage.en.json';
import preview from '../preview/en';

export default { ...editorPage, preview };
