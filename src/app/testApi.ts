/**
 * `window.__lanecast`: a handle for end-to-end tests and for people poking at the app from the
 * console (tldraw's `window.tldrawApi` pattern). The simulation worker starts on first use only.
 */
import { getDatabase } from '../db/db';
import { ProgramRepo } from '../db/programRepo';
import type { Scenario } from '../model';
import { defaultEndpoint, defaultPoolSize } from '../simulation/endpoints';
import { SimulationPool } from '../simulation/pool';
import { previewStore } from '../store/usePreview';

export interface LanecastWindowApi {
  /** The simulation workers (started on first use). */
  readonly simulation: SimulationPool;
  /** A separate pool of `size` workers, each taking at least `perWorker` people: to test the split. */
  pool(size: number, perWorker: number): SimulationPool;
  /** The preview's run count, status and whether the result on screen is outdated. */
  readonly preview: {
    runs: number;
    simulations: number;
    status: string;
    stale: boolean;
    people: number | null;
  };
  /** Stores a program (as the import would) and returns its id; for test fixtures. */
  createProgram(document: Scenario): Promise<string>;
  /** The stored copy of a program, to check what was saved. */
  storedProgram(id: string): Promise<Scenario | null>;
  /** Saves over the stored copy as another tab would (revision + 1); false if it is gone. */
  saveAsAnotherTab(id: string, document: Scenario): Promise<boolean>;
}

declare global {
  interface Window {
    __lanecast?: LanecastWindowApi;
  }
}

export function installWindowApi() {
  let pool: SimulationPool | null = null;
  window.__lanecast = {
    get simulation() {
      pool ??= new SimulationPool(defaultEndpoint, defaultPoolSize());
      return pool;
    },
    pool: (size, perWorker) => new SimulationPool(defaultEndpoint, size, perWorker),
    get preview() {
      const { runs, simulations, status, stale, result } = previewStore.getState();
      return { runs, simulations, status, stale, people: result?.aggregates.people ?? null };
    },
    async createProgram(document) {
      return (await new ProgramRepo(getDatabase()).createProgram(document)).id;
    },
    async storedProgram(id) {
      return (await new ProgramRepo(getDatabase()).getProgram(id))?.document ?? null;
    },
    async saveAsAnotherTab(id, document) {
      const repo = new ProgramRepo(getDatabase());
      const current = await repo.getProgram(id);
      return current !== undefined && (await repo.saveProgram(id, document, current.revision)).ok;
    },
  };
}
