/** The whole scenario document, version 1 (../shared/spec/scenario-format.md). */
import { z } from 'zod';
import { GeneratorSchema } from './generator';
import { EventSchema, PersonSchema } from './people';
import { ProgramSchema } from './program';
import { IsoDate } from './primitives';
import { expecting } from './zodIssues';

export const FORMAT = 'lanecast';
export const CURRENT_VERSION = 1;

export const SimulationSchema = z.looseObject({
  from: IsoDate.optional(),
  until: IsoDate.optional(),
  seed: z.number().int(expecting('aWholeNumber')).optional(),
});
export type SimulationSettings = z.infer<typeof SimulationSchema>;

export const ScenarioSchema = z.looseObject({
  format: z.literal(FORMAT),
  version: z.literal(CURRENT_VERSION),
  program: ProgramSchema,
  people: z.array(PersonSchema).optional(),
  events: z.array(EventSchema).optional(),
  simulation: SimulationSchema.optional(),
  generator: GeneratorSchema.optional(),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
