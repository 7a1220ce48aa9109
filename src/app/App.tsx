import { Header } from './Header.tsx';
import { ProgramLibrary } from './ProgramLibrary.tsx';

export function App() {
  return (
    <div className="app">
      <Header />
      <main className="app-main">
        <ProgramLibrary />
      </main>
    </div>
  );
}
