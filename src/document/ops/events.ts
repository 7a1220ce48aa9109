/** Scripted events (spec: events): a new event goes where it keeps the file in time order. */
import { parseDateTime } from '../../engine/time/zones';
import type { Scenario, ScenarioEvent } from '../../model';
import { done, type EditResult } from './result';

/** The event's instant (a local `at` is on the program's wall clock), or NaN when unreadable. */
function instantOf(at: string, zone: string): number {
  try {
    return parseDateTime(at, zone);
  } catch {
    return Number.NaN;
  }
}

/**
 * Inserts `event` after the last event at or before its instant. Events at the same instant apply
 * in file order (spec: events), so a new one applies after those already there.
 */
export function insertEvent(doc: Scenario, event: ScenarioEvent): EditResult {
  const zone = doc.program.timeZone;
  const events = doc.events ?? [];
  const at = instantOf(event.at, zone);
  let index = events.length;
  while (index > 0 && !(instantOf(events[index - 1]!.at, zone) <= at)) index--;
  return done({ ...doc, events: [...events.slice(0, index), event, ...events.slice(index)] });
}
