// The strings only the editor page shows, in fr: its own sections (canvas, problems, history,
// handout, build sheet...) and the preview's under `preview`. Loaded with the editor, so the
// library page's first load carries none of them (src/i18n/loadI18n.ts).
import editorPage from '../locales/editorPage.fr.json';
import preview from '../preview/fr';

export default { ...editorPage, preview };
