import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './app/app.css';
import { Providers } from './app/providers.tsx';
import { createI18n } from './i18n/createI18n.ts';
import { installWindowApi } from './app/testApi.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

installWindowApi();
createRoot(root).render(
  <StrictMode>
    <Providers i18n={createI18n()}>
      <App />
    </Providers>
  </StrictMode>,
);
