/**
 * Parts of the inspector that other parts of the editor page supply: the stream inspector's test
 * stream dry run reads the preview's wording, which src/panels may not import, so the editor page
 * (which composes both) hands it in here.
 */
import { createContext, type ComponentType } from 'react';
import type { Scenario, Stream } from '../model';

export interface InspectorSlots {
  /** The "Test stream" dry run (R59) of one stream. */
  testStream?: ComponentType<{ stream: Stream; doc: Scenario }>;
}

export const InspectorSlotsContext = createContext<InspectorSlots>({});
