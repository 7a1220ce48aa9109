import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './app/app.css';
import { Providers } from './app/providers.tsx';
import { loadI18n } from './i18n/loadI18n.ts';
import { startServiceWorker } from './app/serviceWorker.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The reader's language arrives before the first render, so no other language flashes by.
void loadI18n().then((i18n) => {
  createRoot(root).render(
    <StrictMode>
      <Providers i18n={i18n}>
        <App />
      </Providers>
    </StrictMode>,
  );
  startServiceWorker();
});
