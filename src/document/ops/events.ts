/**
 * Edits of the scenario's scripted events (spec: events): add, change, delete and duplicate one.
 * Events at the same instant apply in file order (semantics 3), so the file order is part of the
 * meaning: a new event goes after every event at or before its instant (it applies last among
 * equals, and the file stays in time order), and an edit that keeps an event's time keeps its place.
 * The caller checks an event before it comes here (src/preview/script/eventDraft.ts): these edits
 * keep whatever they are given.
 */
import type { Scenario, ScenarioEvent } from '../../model';
import { MS_PER_DAY } from '../../engine/time/days';
import { parseDateTime, zonedInstant } from '../../engine/time/zones';

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
/** Program-zone offset per day (ms to subtract from the wall clock), null on a day the offset changes. */
const dayOffsets = new Map<string, number | null>();
const CACHE_LIMIT = 100_000;

/**
 * The instant of an event's `at` (a valid date-time) in the program zone, as the simulator reads it
 * (parseDateTime), but fast enough for 100,000 events: a day whose offset does not change (its
 * midnight and the next are 24 hours apart) converts by arithmetic; only days with a daylight-saving
 * change go through Temporal for every time.
 */
export function eventInstant(at: string, zone: string): number {
  const m = LOCAL_RE.exec(at);
  if (m === null) return parseDateTime(at, zone); // absolute: no zone rules involved
  const [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(m[i])) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const s = m[6] === undefined ? 0 : Number(m[6]);
  const day = Date.UTC(y, mo - 1, d) / MS_PER_DAY;
  const key = `${zone}|${day}`;
  let offset = dayOffsets.get(key);
  if (offset === undefined) {
    const start = zonedInstant(zone, day, 0);
    offset =
      zonedInstant(zone, day + 1, 0) - start === MS_PER_DAY ? day * MS_PER_DAY - start : null;
    if (dayOffsets.size > CACHE_LIMIT) dayOffsets.clear();
    dayOffsets.set(key, offset);
  }
  if (offset === null) return zonedInstant(zone, day, h * 60 + mi, s);
  return Date.UTC(y, mo - 1, d, h, mi, s) - offset;
}

let cachedZone = '';
let instants = new WeakMap<ScenarioEvent, number>();

/**
 * An event's instant, remembered per event object (documents are never changed in place, so an
 * edit replaces only the events it changes): the Script tab re-sorts and inserts into files of
 * 100,000 events at every edit. An `at` that is not a date-time sorts last.
 */
export function instantOfEvent(event: ScenarioEvent, zone: string): number {
  if (zone !== cachedZone) {
    cachedZone = zone;
    instants = new WeakMap();
  }
  let at = instants.get(event);
  if (at === undefined) {
    try {
      at = eventInstant(event.at, zone);
    } catch {
      at = Number.POSITIVE_INFINITY;
    }
    instants.set(event, at);
  }
  return at;
}

/** Where an event at `instant` goes: after the last event at or before it (file order among equals). */
export function insertionIndex(events: readonly ScenarioEvent[], instant: number, zone: string) {
  for (let i = events.length - 1; i >= 0; i--)
    if (instantOfEvent(events[i]!, zone) <= instant) return i + 1;
  return 0;
}

/** An edit's new document and where the event it touched now stands in `events`. */
export interface EventEdit {
  doc: Scenario;
  index: number;
}

const withEvents = (doc: Scenario, events: ScenarioEvent[]): Scenario => ({ ...doc, events });

export function insertEvent(doc: Scenario, event: ScenarioEvent): EventEdit {
  const events = doc.events ?? [];
  const zone = doc.program.timeZone;
  const index = insertionIndex(events, eventInstant(event.at, zone), zone);
  return { doc: withEvents(doc, events.toSpliced(index, 0, event)), index };
}

/**
 * Replaces the event at `index`. Same time: same place. A new time that still falls between its
 * neighbours (after the one before, before the one after) keeps the place too; otherwise the event
 * moves to where `insertEvent` would put it. Null when there is no event at `index`.
 */
export function replaceEvent(doc: Scenario, index: number, event: ScenarioEvent): EventEdit | null {
  const events = doc.events ?? [];
  const old = events[index];
  if (old === undefined) return null;
  const zone = doc.program.timeZone;
  const at = eventInstant(event.at, zone);
  const before = events[index - 1];
  const after = events[index + 1];
  const fits =
    old.at === event.at ||
    ((before === undefined || instantOfEvent(before, zone) <= at) &&
      (after === undefined || at < instantOfEvent(after, zone)));
  if (fits) return { doc: withEvents(doc, events.toSpliced(index, 1, event)), index };
  const rest = events.toSpliced(index, 1);
  const to = insertionIndex(rest, at, zone);
  return { doc: withEvents(doc, rest.toSpliced(to, 0, event)), index: to };
}

export function deleteEvent(doc: Scenario, index: number): Scenario | null {
  const events = doc.events ?? [];
  if (index < 0 || index >= events.length) return null;
  return withEvents(doc, events.toSpliced(index, 1));
}

/**
 * A copy right after the original: same instant, so it applies just after it. A shallow copy is
 * enough: documents are never changed in place.
 */
export function duplicateEvent(doc: Scenario, index: number): EventEdit | null {
  const events = doc.events ?? [];
  const event = events[index];
  if (event === undefined) return null;
  return {
    doc: withEvents(doc, events.toSpliced(index + 1, 0, { ...event })),
    index: index + 1,
  };
}
