/**
 * Public holidays: which countries' holidays the preview marks (layout: only `"ui"` changes, nothing
 * is simulated again), and pausing the program over chosen holidays (R6), one undo step.
 */
import * as ops from '../ops';
import { defineAction } from './action';

export const setHolidayRegions = defineAction<{ regions: ops.HolidayRegion[] }>({
  name: 'setHolidayRegions',
  scope: 'layout',
  perform: (doc, { regions }) => ops.setHolidayRegions(doc, regions),
});

/** `dates`: the holidays' dates (`YYYY-MM-DD`, program zone). */
export const pauseOverHolidays = defineAction<{ dates: string[] }>({
  name: 'pauseOverHolidays',
  scope: 'program',
  perform: (doc, { dates }) => ops.pauseOverDates(doc, dates),
});
