// The preview fixture loaded in-thread, for the People view's tests: its frame, and people rows as
// the workers compute them.
import { createSimulationService } from '../../src/worker/simulationService';
import { dayOfIso } from '../../src/simulation/derive/dates';
import { previewProgram } from '../fixtures/previewProgram';
import { sendDocument } from '../fixtures/sendDocument';

export async function loadedFixture(crowd = 300) {
  const service = createSimulationService();
  const load = await sendDocument(service, 'people', previewProgram(crowd));
  if (!load.ok) throw new Error('the preview fixture does not load');
  return { service, key: load.key, frame: load.frame, people: load.people };
}

export const day = dayOfIso;
