/** The public holidays (of the countries chosen in the program's settings) that fall on cast dates. */
import { useMemo } from 'react';
import type { PreviewFrame } from '../../engine';
import { readHolidayRegions } from '../../document/ops/holidays';
import type { Scenario } from '../../model';
import { holidayCasts, yearsOf } from '../../simulation/derive/holidayCasts';
import { useEditor } from '../../store/useEditor';
import { useHolidays } from '../../wording/useHolidays';

const selectDoc = (s: { doc: Scenario | null }) => s.doc;
const NONE: ReadonlyMap<number, string> = new Map();

export function useHolidayMarks(frame: PreviewFrame): ReadonlyMap<number, string> {
  const doc = useEditor(selectDoc);
  // The regions as a key: an edit elsewhere in the document must not ask for the holidays again.
  const key = JSON.stringify(doc === null ? [] : readHolidayRegions(doc));
  const regions = useMemo(() => JSON.parse(key) as ReturnType<typeof readHolidayRegions>, [key]);
  const years = useMemo(() => yearsOf(frame), [frame]);
  const holidays = useHolidays(regions, years);
  return useMemo(() => {
    if (holidays.data === undefined || regions.length === 0) return NONE;
    const marks = new Map<number, string>();
    for (const row of holidayCasts(frame, holidays.data))
      marks.set(row.day, [...new Set(row.holidays.map((h) => h.name))].join(', '));
    return marks;
  }, [frame, holidays.data, regions.length]);
}
