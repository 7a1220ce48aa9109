/** Scripted event actions: they change what is simulated, so their scope is the program. */
import type { ScenarioEvent } from '../../model';
import * as ops from '../ops/events';
import { defineAction } from './action';

export const addEvent = defineAction<{ event: ScenarioEvent }>({
  name: 'addEvent',
  scope: 'program',
  perform: (doc, { event }) => ops.insertEvent(doc, event),
});
