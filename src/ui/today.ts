/**
 * "Today" on this device, for next casts and windows already over. Components read it through a
 * context rather than calling the clock, so tests can pin the date; the default is the device's.
 */
import { createContext, useContext } from 'react';

/** The device's local date, YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const TodayContext = createContext<() => string>(() => todayIso());

/** Today's date, YYYY-MM-DD, from the nearest TodayContext (the device's date by default). */
export function useToday(): string {
  return useContext(TodayContext)();
}
