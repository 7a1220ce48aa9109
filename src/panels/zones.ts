/** IANA time-zone names as the runtime knows them, and reading one the user typed. */
import { isTimeZone } from '../model';

let zones: readonly string[] | null = null;
/** The runtime's zone names, read once. */
export function knownZones(): readonly string[] {
  zones ??= Intl.supportedValuesOf('timeZone');
  return zones;
}

/** The canonical name for `text` ("europe/berlin" is Europe/Berlin, "utc" is UTC), or null. */
export function resolveZone(text: string): string | null {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  const listed = knownZones().find((zone) => zone.toLowerCase() === lower);
  if (listed) return listed;
  if (!isTimeZone(trimmed)) return null;
  return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
}
