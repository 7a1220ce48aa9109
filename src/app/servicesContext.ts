/**
 * The app's services, handed to components through context so tests can pass their own: the
 * program repository (IndexedDB; Dexie loads with the first call that needs it) and the cross-tab
 * change channel.
 */
import { createContext, useContext } from 'react';
import { createChangeChannel, type ChangeChannel } from '../db/changes';
import { DeferredProgramRepo, type ProgramRepository } from '../db/deferredRepo';
import { readProgramList } from '../db/quickList';
import { DEFAULT_DATABASE_NAME } from '../db/schema';
import { defaultEndpoint, defaultPoolSize } from '../simulation/endpoints';
import { SimulationPool } from '../simulation/pool';

export interface Services {
  repo: ProgramRepository;
  channel: ChangeChannel;
  /** The simulation workers, started when a preview first needs them. */
  simulation(): SimulationPool;
}

export const ServicesContext = createContext<Services | null>(null);

export function createServices(): Services {
  const channel = createChangeChannel();
  let pool: SimulationPool | null = null;
  return {
    repo: new DeferredProgramRepo(
      () => import('../db/appRepo').then((m) => m.openAppRepo(channel)),
      () => readProgramList(DEFAULT_DATABASE_NAME),
    ),
    channel,
    simulation: () => (pool ??= new SimulationPool(defaultEndpoint, defaultPoolSize())),
  };
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (services === null) throw new Error('useServices outside ServicesProvider');
  return services;
}
