/**
 * The Web Worker: the simulation service behind comlink. Results made of typed arrays are
 * transferred (moved, not copied) to the page; the frame of a load is copied, as the worker keeps it.
 * The pieces of documents and the records' runs arrive transferred (src/simulation/endpoints.ts).
 */
import { expose, transfer } from 'comlink';
import { createSimulationService } from './simulationService';
import type { SimulationService } from './protocol';
import { transferablesOf } from './transferables';

const service = createSimulationService();

const exposed: SimulationService = {
  receive: (source, pieces) => service.receive(source, pieces),
  load: (source, update) => service.load(source, update),
  run: async (key, runId, slice, onProgress) => {
    const outcome = await service.run(key, runId, slice, onProgress);
    return transfer(outcome, transferablesOf(outcome));
  },
  cancel: (runId) => service.cancel(runId),
  query: async (key, filter) => {
    const answer = await service.query(key, filter);
    return transfer(answer, transferablesOf(answer));
  },
  rows: async (key, persons) => {
    const answer = await service.rows(key, persons);
    return transfer(answer, transferablesOf(answer));
  },
  castPeople: async (key, casts) => {
    const answer = await service.castPeople(key, casts);
    return transfer(answer, transferablesOf(answer));
  },
  explain: (key, person) => service.explain(key, person),
  whyNot: (key, person, rule, stream) => service.whyNot(key, person, rule, stream),
  exportShare: async (key, slice) => {
    const answer = await service.exportShare(key, slice);
    return transfer(answer, transferablesOf(answer));
  },
  // Each chunk is moved to the page, so the merging worker never holds the file.
  exportMerge: (key, format, runs, onChunk) =>
    service.exportMerge(key, format, runs, (chunk) =>
      onChunk(transfer(chunk, transferablesOf(chunk))),
    ),
};

expose(exposed);
