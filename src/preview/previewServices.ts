/**
 * What the preview's views ask of the simulation beyond the store's state: people rows and filters,
 * explanations and exports, answered by the workers from the plan of the result on screen; and
 * run control. Provided by the editor page (its session owns the workers' pool and the controller).
 */
import { createContext, useContext } from 'react';
import type {
  CastPeople,
  PeopleFilter,
  PeopleRows,
  PersonExplanation,
  WhyNotAnswer,
} from '../engine';
import type { Answer, ExportFormat } from '../worker/protocol';

export interface PreviewServices {
  cancel(): void;
  rerun(): void;
  query(key: string, filter: PeopleFilter): Promise<Answer<Int32Array>>;
  rows(key: string, persons: Int32Array): Promise<Answer<PeopleRows>>;
  castPeople(key: string, casts: number[]): Promise<Answer<CastPeople>>;
  explain(key: string, person: string): Promise<Answer<PersonExplanation>>;
  whyNot(key: string, person: string, rule: string, stream?: string): Promise<Answer<WhyNotAnswer>>;
  exportRecords(key: string, format: ExportFormat): Promise<Answer<ArrayBuffer>>;
}

export const PreviewServicesContext = createContext<PreviewServices | null>(null);

export function usePreviewServices(): PreviewServices {
  const services = useContext(PreviewServicesContext);
  if (services === null) throw new Error('usePreviewServices outside the editor');
  return services;
}
