/**
 * `window.__lanecast`: a handle for end-to-end tests and for people poking at the app from the
 * console (tldraw's `window.tldrawApi` pattern). The simulation worker starts on first use only.
 */
import { createSimulationClient, type SimulationClient } from '../worker/simClient';

export interface LanecastWindowApi {
  readonly simulation: SimulationClient;
}

declare global {
  interface Window {
    __lanecast?: LanecastWindowApi;
  }
}

export function installWindowApi() {
  let client: SimulationClient | null = null;
  window.__lanecast = {
    get simulation() {
      client ??= createSimulationClient();
      return client;
    },
  };
}
