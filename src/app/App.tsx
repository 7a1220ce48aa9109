import { lazy, Suspense, use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from './Header.tsx';
import { LibraryPage } from '../library/LibraryPage.tsx';
import { withPreviewStrings } from '../i18n/loadI18n.ts';
import type { ImportFailure } from '../library/importFiles.ts';
import { SharedLinkOpener } from '../share/SharedLinkOpener.tsx';
import { SharedLinkProblems } from '../share/SharedLinkProblems.tsx';
import { useRoute } from './route.ts';

// The editor (React Flow, the canvas, the preview) loads only when a program is opened.
const EditorPage = lazy(() =>
  import('../editor/EditorPage.tsx').then((m) => ({ default: m.EditorPage })),
);

export function App() {
  const route = useRoute();
  // Why a share link was not opened, shown over the library the link returns to.
  const [linkFailure, setLinkFailure] = useState<ImportFailure | null>(null);
  return (
    <div className="app">
      <Header />
      {route.page === 'program' ? (
        <Suspense fallback={null}>
          <ProgramPage key={route.id} programId={route.id} />
        </Suspense>
      ) : route.page === 'open' ? (
        <SharedLinkOpener data={route.data} onFailed={setLinkFailure} />
      ) : (
        <main className="app-main">
          <LibraryPage />
        </main>
      )}
      {linkFailure && (
        <SharedLinkProblems failure={linkFailure} onClose={() => setLinkFailure(null)} />
      )}
    </div>
  );
}

/** The editor, once its code and the preview's strings (loaded with it) are there. */
function ProgramPage({ programId }: { programId: string }) {
  const { i18n } = useTranslation();
  use(withPreviewStrings(i18n));
  return <EditorPage programId={programId} />;
}
