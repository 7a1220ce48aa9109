/** The preview services of the open program (src/simulation/services.ts), provided by the editor page. */
import { createContext, useContext } from 'react';
import type { PreviewServices } from '../simulation/services';

export type { PreviewServices };

export const PreviewServicesContext = createContext<PreviewServices | null>(null);

export function usePreviewServices(): PreviewServices {
  const services = useContext(PreviewServicesContext);
  if (services === null) throw new Error('usePreviewServices outside the editor');
  return services;
}
