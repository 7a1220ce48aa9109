/**
 * The app's handle on the simulator: a Web Worker where the browser has one, so a million-person
 * run never blocks the page; the same service in-thread otherwise (tests, old environments).
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { Progress, RunRequest, SimulationApi } from './protocol';

export interface SimulationClient {
  summarize: SimulationApi['summarize'];
  records: SimulationApi['records'];
  explain: SimulationApi['explain'];
  cancel(): void;
  dispose(): void;
}

export function createSimulationClient(): SimulationClient {
  if (typeof Worker === 'undefined') return inThreadClient();
  const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
  const remote: Remote<SimulationApi> = wrap<SimulationApi>(worker);
  return {
    summarize: (request: RunRequest, onProgress?: (progress: Progress) => void) =>
      remote.summarize(request, onProgress ? proxy(onProgress) : undefined),
    records: (request, limit) => remote.records(request, limit),
    explain: (request, person) => remote.explain(request, person),
    cancel: () => void remote.cancel(),
    dispose: () => worker.terminate(),
  };
}

/** The same service on this thread, loaded on first use so the engine stays out of the page bundle. */
function inThreadClient(): SimulationClient {
  const service = import('./simulationService').then((m) => m.createSimulationService());
  return {
    summarize: async (request, onProgress) => (await service).summarize(request, onProgress),
    records: async (request, limit) => (await service).records(request, limit),
    explain: async (request, person) => (await service).explain(request, person),
    cancel: () => void service.then((s) => s.cancel()),
    dispose() {},
  };
}
