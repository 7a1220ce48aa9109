// App-wide providers: translations and the TanStack Query cache (program lists will load through it).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ServicesProvider } from './ServicesProvider';
import type { Services } from './servicesContext';

type ProvidersProps = { i18n: I18n; services?: Services; children: ReactNode };

export function Providers({ i18n, services, children }: ProvidersProps) {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ServicesProvider {...(services ? { services } : {})}>{children}</ServicesProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
