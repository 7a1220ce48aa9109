/**
 * Public holidays in a program (issue 9, What-if): the countries (and regions) whose holidays the
 * preview marks, kept in the document's free-form `"ui"` key as `"holidays": { "regions": [...] }`
 * (the format keeps unknown keys, and nothing simulated reads them); and "pause the program over
 * these dates" as scripted program off/on events (R6, spec: `programStatus`). Marketo cadences
 * cannot skip a date, so the program is switched off for the day: its casts are lost, not made up.
 */
import { castDays } from '../../engine/calendar';
import { dayOf, isoOfDay } from '../../engine/time/days';
import type { Scenario, ScenarioEvent } from '../../model';
import { instantOfEvent, insertEvent } from './events';
import { done, withUi, type EditResult } from './result';
import { rawUi } from './streams';

export interface HolidayRegion {
  /** ISO 3166-1 alpha-2 ("DE"), as the holiday library names countries. */
  country: string;
  /** The library's code of a state or region ("BY"), or absent: the whole country. */
  state?: string;
}

const CODE = /^[A-Za-z0-9-]{1,10}$/;

/** The chosen regions, read defensively (a file may come from anywhere); unknown shapes are dropped. */
export function readHolidayRegions(doc: Scenario): HolidayRegion[] {
  const holidays = rawUi(doc).holidays as { regions?: unknown } | undefined;
  const regions = holidays?.regions;
  if (!Array.isArray(regions)) return [];
  return regions.flatMap((r: unknown): HolidayRegion[] => {
    if (r === null || typeof r !== 'object') return [];
    const { country, state } = r as Record<string, unknown>;
    if (typeof country !== 'string' || !CODE.test(country)) return [];
    return typeof state === 'string' && CODE.test(state) ? [{ country, state }] : [{ country }];
  });
}

export function setHolidayRegions(doc: Scenario, regions: HolidayRegion[]): EditResult {
  const ui = rawUi(doc);
  const holidays = { ...(ui.holidays as object | undefined), regions };
  return done(withUi(doc, { ...ui, holidays }));
}

/** Runs of consecutive dates ("2025-12-25", "2025-12-26" are one run), ascending, without repeats. */
function runsOf(dates: string[]): [number, number][] {
  const days = [...new Set(dates.map(dayOf))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const day of days) {
    const last = runs.at(-1);
    if (last && day === last[1] + 1) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

/** Whether the program is on at `instant`: its status, then its on/off events at or before it (R6, R33). */
function onAt(doc: Scenario, instant: number): boolean {
  let on = doc.program.status !== 'off';
  for (const event of doc.events ?? [])
    if (event.type === 'programStatus' && instantOfEvent(event, doc.program.timeZone) <= instant)
      on = event.status === 'on';
  return on;
}

/**
 * When the program must be off for `day`'s casts to be lost: the start of the day in the program
 * zone; but a stream delivering in each recipient's zone fixes its recipients at 00:00 UTC+14 on
 * the cast date (R23, semantics 7), before the program's day begins, so then from that instant.
 */
function offAt(doc: Scenario, day: number): string {
  const iso = isoOfDay(day);
  const early = doc.program.streams.some(
    (s) =>
      s.cadence !== undefined &&
      s.cadence.type !== 'none' &&
      s.cadence.recipientTimeZone === true &&
      castDays(s.cadence, day).includes(day),
  );
  return early ? `${iso}T00:00+14:00` : `${iso}T00:00`;
}

/**
 * Switches the program off over each run of `dates` and on again the next day at 00:00 (program
 * zone). A run the program is already off for is left alone, and it is not switched on after a run
 * it would have been off after anyway: the pause never turns on a program that was off.
 */
export function pauseOverDates(doc: Scenario, dates: string[]): EditResult {
  const zone = doc.program.timeZone;
  let next = doc;
  for (const [first, last] of runsOf(dates)) {
    const off: ScenarioEvent = { at: offAt(doc, first), type: 'programStatus', status: 'off' };
    const on: ScenarioEvent = {
      at: `${isoOfDay(last + 1)}T00:00`,
      type: 'programStatus',
      status: 'on',
    };
    if (!onAt(doc, instantOfEvent(off, zone))) continue;
    const backOn = onAt(doc, instantOfEvent(on, zone));
    next = insertEvent(next, off).doc;
    if (backOn) next = insertEvent(next, on).doc;
  }
  return done(next);
}
