/** Provides the services, and refreshes cached queries when another tab changes the library. */
import { useEffect, useState, type ReactNode } from 'react';
import type { ChangeChannel } from '../db/changes';
import { useInvalidateOnChanges } from '../db/queries';
import { createServices, ServicesContext, type Services } from './servicesContext';

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
