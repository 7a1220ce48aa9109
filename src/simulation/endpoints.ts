/**
 * Where a simulation service runs: a Web Worker where the browser has them, so a million-person run
 * never blocks the page; the same service on this thread otherwise (unit tests, old environments),
 * loaded on first use so the engine stays out of the page's bundle.
 */
import { wrap, proxy, transfer, type Remote } from 'comlink';
import type { SimulationService } from '../worker/protocol';

export interface Endpoint {
  readonly service: SimulationService;
  dispose(): void;
}

export function workerEndpoint(): Endpoint {
  const worker = new Worker(new URL('../worker/simulation.worker.ts', import.meta.url), {
    type: 'module',
  });
  const remote: Remote<SimulationService> = wrap<SimulationService>(worker);
  const service: SimulationService = {
    // Copies, moved to the worker: the page keeps its pieces for the other workers and for undo.
    receive: (source, pieces) => {
      const copies = pieces.map(({ id, bytes }) => ({ id, bytes: bytes.slice() }));
      return remote.receive(
        source,
        transfer(
          copies,
          copies.map((c) => c.bytes.buffer),
        ),
      );
    },
    load: (source, update) => remote.load(source, update),
    run: (key, runId, slice, onProgress) =>
      remote.run(key, runId, slice, onProgress ? proxy(onProgress) : undefined),
    cancel: (runId) => void remote.cancel(runId),
    query: (key, filter) => remote.query(key, filter),
    rows: (key, persons) => remote.rows(key, persons),
    castPeople: (key, casts) => remote.castPeople(key, casts),
    explain: (key, person) => remote.explain(key, person),
    whyNot: (key, person, rule, stream) => remote.whyNot(key, person, rule, stream),
    exportShare: (key, slice) => remote.exportShare(key, slice),
    exportMerge: (key, format, runs, onChunk) =>
      remote.exportMerge(
        key,
        format,
        transfer(
          runs,
          runs.map((r) => r.buffer),
        ),
        proxy(onChunk),
      ),
  };
  return { service, dispose: () => worker.terminate() };
}

export function inThreadEndpoint(): Endpoint {
  const loaded = import('../worker/simulationService').then((m) => m.createSimulationService());
  const service: SimulationService = {
    receive: async (source, pieces) => (await loaded).receive(source, pieces),
    load: async (source, update) => (await loaded).load(source, update),
    run: async (key, runId, slice, onProgress) => (await loaded).run(key, runId, slice, onProgress),
    cancel: (runId) => void loaded.then((s) => s.cancel(runId)),
    query: async (key, filter) => (await loaded).query(key, filter),
    rows: async (key, persons) => (await loaded).rows(key, persons),
    castPeople: async (key, casts) => (await loaded).castPeople(key, casts),
    explain: async (key, person) => (await loaded).explain(key, person),
    whyNot: async (key, person, rule, stream) => (await loaded).whyNot(key, person, rule, stream),
    exportShare: async (key, slice) => (await loaded).exportShare(key, slice),
    exportMerge: async (key, format, runs, onChunk) =>
      (await loaded).exportMerge(key, format, runs, onChunk),
  };
  return { service, dispose() {} };
}

export function defaultEndpoint(): Endpoint {
  return typeof Worker === 'undefined' ? inThreadEndpoint() : workerEndpoint();
}

/** One worker per spare core (the page keeps one), at least one, at most four. */
export function defaultPoolSize(): number {
  const cores = typeof navigator === 'undefined' ? 2 : (navigator.hardwareConcurrency ?? 2);
  return Math.max(1, Math.min(4, cores - 1));
}
