/**
 * The app's services, handed to components through context so tests can pass their own: the
 * program repository (IndexedDB) and the cross-tab change channel.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { createChangeChannel, type ChangeChannel } from '../db/changes';
import { getDatabase } from '../db/db';
import { ProgramRepo } from '../db/programRepo';
import { useInvalidateOnChanges } from '../db/queries';

export interface Services {
  repo: ProgramRepo;
  channel: ChangeChannel;
}

const ServicesContext = createContext<Services | null>(null);

export function createServices(): Services {
  const channel = createChangeChannel();
  return { repo: new ProgramRepo(getDatabase(), channel), channel };
}

export function ServicesProvider({
  services,
  children,
}: {
  services?: Services;
  children: ReactNode;
}) {
  const [value] = useState(() => services ?? createServices());
  useEffect(() => () => value.channel.close(), [value]);
  return (
    <ServicesContext.Provider value={value}>
      <InvalidateOnChanges channel={value.channel} />
      {children}
    </ServicesContext.Provider>
  );
}

function InvalidateOnChanges({ channel }: { channel: ChangeChannel }) {
  useInvalidateOnChanges(channel);
  return null;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (services === null) throw new Error('useServices outside ServicesProvider');
  return services;
}
