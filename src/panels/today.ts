/**
 * "Today" for the inspectors (next cast dates, windows already over). A context rather than a
 * clock call inside each panel, so tests and stories can pin the date.
 */
import { createContext, useContext } from 'react';
import { todayIso } from '../canvas/today';

export const TodayContext = createContext<() => string>(() => todayIso());

/** Today's date, YYYY-MM-DD, from the nearest TodayContext (the device's date by default). */
export function useToday(): string {
  return useContext(TodayContext)();
}
