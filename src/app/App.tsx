import { lazy, Suspense } from 'react';
import { Header } from './Header.tsx';
import { LibraryPage } from '../library/LibraryPage.tsx';
import { useRoute } from './route.ts';

// The editor (React Flow, the canvas) loads only when a program is opened.
const EditorPage = lazy(() =>
  import('../editor/EditorPage.tsx').then((m) => ({ default: m.EditorPage })),
);

export function App() {
  const route = useRoute();
  return (
    <div className="app">
      <Header />
      {route.page === 'program' ? (
        <Suspense fallback={null}>
          <EditorPage key={route.id} programId={route.id} />
        </Suspense>
      ) : (
        <main className="app-main">
          <LibraryPage />
        </main>
      )}
    </div>
  );
}
