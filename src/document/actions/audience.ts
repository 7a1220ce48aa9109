/** What the preview simulates besides the program: the period and seed, the default audience. */
import type { SimulationSettings } from '../../model';
import { done } from '../ops';
import { setSimulationSettings, withDefaultAudience } from '../ops/audience';
import { defineAction } from './action';

/** Typing a date or seed: one undo step per burst of changes. */
export const updateSimulation = defineAction<{ settings: SimulationSettings }>({
  name: 'updateSimulation',
  scope: 'program',
  perform: (doc, { settings }) => done(setSimulationSettings(doc, settings)),
  coalesceKey: () => 'simulation',
});

export const addDefaultAudience = defineAction<{ today: string }>({
  name: 'addDefaultAudience',
  scope: 'program',
  perform: (doc, { today }) => done(withDefaultAudience(doc, today)),
});
